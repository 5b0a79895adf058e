/**
 * Lays out the stations map at build time: each station's dot in each state
 * (zoomed, then pushed apart so stations in one city stay countable), the
 * city labels (placed without collisions) and the legend. Pure: takes
 * already-projected positions, so it runs without map files.
 */
import chart from './chart.ts';
import { ContentError } from '../../shared/validation-error';
import { placeLabels, type LabelRequest } from '../drawing/labels';
import { place, round, text, type Place, type TextMark } from '../drawing/marks';
import { textWidth, wrapText, type Box } from '../drawing/text-measure';
import type { ChartBase } from '../types';
import type { Frame, Zoom } from './geography';
import { separateDots } from './relax';

/** The chart's states, in reading order (chart.ts). */
export const MAP_STATES = chart.states;
export type MapState = (typeof MAP_STATES)[number];

/** Colour groups: the two forces the September report names, and "not known". */
export type OperatorKey = 'fuzhou' | 'qingtian' | 'other' | 'unknown';

export interface MapLayer {
  /** SVG path data in the world drawing's coordinates. */
  d: string;
  kind: 'land' | 'border';
  /** The state whose zoom this layer was made for; it shows only then. */
  state: MapState;
  /** Borders: line width in the world drawing's units, so that at its state's zoom the line is BORDER_WIDTH wide on screen. */
  strokeWidth?: number;
}

/** Width of a country border on screen, in the drawing's units at zoom 1. */
export const BORDER_WIDTH = 0.9;

/**
 * A border's line width in the world drawing's units for a layer shown at
 * zoom k. A border shows only in its own state, so a width fixed at build
 * time draws it BORDER_WIDTH wide there; vector-effect: non-scaling-stroke
 * would do the same, but on a zooming layer it makes Chromium lay out and
 * repaint the drawing on every frame of the zoom.
 */
export function borderWidth(k: number): number {
  return round(BORDER_WIDTH / k, 4);
}

export interface MapDot {
  operator: OperatorKey;
  /** Centre in each state; hidden outside the state's frame. */
  at: Record<MapState, Place>;
}

export interface MapLegendItem {
  /** `unlocated` is drawn as a hollow dashed dot. */
  operator: OperatorKey | 'unlocated';
  label: string;
  x: number;
  y: number;
}

export interface StationsMapView extends ChartBase<'stations-map', MapState> {
  frame: Frame;
  /** The land's transform in each state: translate(x, y) then scale(k). */
  zoom: Record<MapState, Zoom>;
  layers: MapLayer[];
  dots: MapDot[];
  /** Dot radius in each state, in screen units. */
  radius: Record<MapState, number>;
  texts: Record<MapState, TextMark[]>;
  labels: Record<MapState, TextMark[]>;
  legend: MapLegendItem[];
}

export interface MapStation {
  city: string;
  /** Per state: is this station the subject (drawn full) or context (dimmed)? */
  focus: Record<MapState, boolean>;
  operator: OperatorKey;
  /** Position in the world drawing (projected, before any zoom). */
  point: readonly [number, number];
}

export interface MapInput {
  width: number;
  frame: Frame;
  zoom: Record<MapState, Zoom>;
  stations: readonly MapStation[];
  headings: Record<MapState, string>;
  /** Per state, the cities to label (as written in the data), most important first. */
  placeLabels: Record<MapState, readonly string[]>;
  /** Short name to draw for a city. */
  cityName: (city: string) => string;
  legend: ReadonlyArray<{ operator: MapLegendItem['operator']; label: string }>;
  where: string;
}

const RADIUS: Record<MapState, number> = { world: 2.4, europe: 3.6, britain: 4.5, americas: 3.6 };
const LABEL_FONT = 11.5;
const HEADING_Y = 15;
const LEGEND_FONT = 11.5;
const LEGEND_LINE = 17;

export function layoutMap(input: MapInput): Omit<StationsMapView, 'chart' | 'alt' | 'layers'> {
  const { frame, zoom, stations, where } = input;
  const texts = {} as Record<MapState, TextMark[]>;
  const labels = {} as Record<MapState, TextMark[]>;
  const at = stations.map(() => ({}) as Record<MapState, Place>);

  for (const state of MAP_STATES) {
    const { k, x, y } = zoom[state];
    const radius = RADIUS[state];
    const anchors = stations.map(({ point }) => ({ x: x + k * point[0], y: y + k * point[1] }));
    const inside = anchors.map((anchor) => anchor.x >= frame.x + radius && anchor.x <= frame.x + frame.width - radius && anchor.y >= frame.y + radius && anchor.y <= frame.y + frame.height - radius);
    const visibleIndexes = anchors.flatMap((_, index) => (inside[index] ? [index] : []));
    const separated = separateDots(
      visibleIndexes.map((index) => anchors[index] ?? { x: 0, y: 0 }),
      radius,
    );
    anchors.forEach((anchor, index) => {
      const moved = separated[visibleIndexes.indexOf(index)];
      const target = at[index];
      if (target) target[state] = moved ? place(moved.x, moved.y, stations[index]?.focus[state] ? 1 : 2) : place(anchor.x, anchor.y, 0);
    });

    const dotBox = (index: number): Box => {
      const [cx, cy] = at[index]?.[state] ?? [0, 0];
      return { x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius };
    };
    const requests: LabelRequest[] = input.placeLabels[state].map((city) => {
      const members = visibleIndexes.filter((index) => stations[index]?.city === city);
      if (members.length === 0) throw new ContentError(`${where}: placeLabels.${state} names "${city}", which has no station in view in that state.`);
      const boxes = members.map(dotBox);
      const left = Math.min(...boxes.map((box) => box.x));
      const top = Math.min(...boxes.map((box) => box.y));
      const subject = { x: left, y: top, width: Math.max(...boxes.map((box) => box.x + box.width)) - left, height: Math.max(...boxes.map((box) => box.y + box.height)) - top };
      return { text: input.cityName(city), subject };
    });
    const placed = placeLabels(requests, visibleIndexes.map(dotBox), frame, LABEL_FONT, `${where}, placeLabels.${state}`);
    labels[state] = placed.map((label) => text(label.x, label.y, label.text, 'label', label.anchor));

    const lines = wrapText(input.headings[state], input.width - 4, 14, true);
    if (lines.length > 1) throw new ContentError(`${where}: the heading of state "${state}" is too long for one line of the map ("${input.headings[state]}").`);
    texts[state] = lines.map((line) => text(2, HEADING_Y, line, 'heading'));
  }

  // Legend under the frame, wrapping to new lines as needed.
  const legend: MapLegendItem[] = [];
  let lx = 2;
  let ly = frame.y + frame.height + 16;
  for (const item of input.legend) {
    const width = 12 + textWidth(item.label, LEGEND_FONT) + 14;
    if (lx > 2 && lx + width > input.width) {
      lx = 2;
      ly += LEGEND_LINE;
    }
    legend.push({ ...item, x: round(lx), y: round(ly) });
    lx += width;
  }

  return {
    width: input.width,
    height: Math.ceil(ly + 8),
    frame,
    zoom: Object.fromEntries(MAP_STATES.map((state) => [state, { k: round(zoom[state].k * 100) / 100, x: round(zoom[state].x), y: round(zoom[state].y) }])) as Record<MapState, Zoom>,
    dots: stations.map((station, index) => ({ operator: station.operator, at: at[index] as Record<MapState, Place> })),
    radius: RADIUS,
    texts,
    labels,
    legend,
  };
}
