/**
 * Lays out the stations map at build time: each station's dot in each state
 * (zoomed, then pushed apart so stations in one city stay countable), the
 * city labels (placed without collisions) and the legend. Pure: takes
 * already-projected positions, so it runs without map files.
 *
 * A state draws one or more panels, each a piece of the map at its own
 * zoom: the first state shows the world small with Europe, where most
 * stations are, as a larger inset beside it, so Europe can be read from the
 * start; the later states zoom the main map into one region.
 */
import chart from './chart.ts';
import { ContentError } from '../../shared/validation-error';
import { placeLabels, type LabelRequest } from '../drawing/labels';
import { place, round, text, textLines, type Place, type TextMark } from '../drawing/marks';
import { markBox, overlaps, textWidth, wrapText, type Box } from '../drawing/text-measure';
import { DRAWING_MAX_HEIGHT, TYPE, lineStep } from '../drawing/type-scale';
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
  /** Centre in each state; hidden outside the state's panels. */
  at: Record<MapState, Place>;
}

export interface MapLegendItem {
  /** `unlocated` is drawn as a hollow dashed dot. */
  operator: OperatorKey | 'unlocated';
  label: string;
  x: number;
  y: number;
}

/** A panel of one state: where it sits in the drawing, and the zoom of the world drawing shown in it. */
export interface PanelPlace {
  box: Frame;
  zoom: Zoom;
}

/** The inset: its panel in the state it shows in, the box it magnifies on the main map, and the lines joining the two. */
export interface MapInset {
  state: MapState;
  /** The state whose main map's land and borders the inset draws, at its own zoom. */
  land: MapState;
  panel: PanelPlace;
  /** The inset's area, outlined on the main map. */
  marker: Box;
  /** Two lines from the marker's corners to the inset's, as SVG path data. */
  links: string;
}

export interface StationsMapView extends ChartBase<'stations-map', MapState> {
  /** The drawing's frame: the main map fills it in a zoomed state. */
  frame: Frame;
  /** The main map's panel in each state. */
  main: Record<MapState, PanelPlace>;
  inset: MapInset;
  layers: MapLayer[];
  dots: MapDot[];
  /** Dot radius in each state, in screen units. */
  radius: Record<MapState, number>;
  texts: Record<MapState, TextMark[]>;
  labels: Record<MapState, TextMark[]>;
  /** The legend, laid out for the states it shows in: beside the world and its inset, or under the main map. */
  legends: Array<{ items: MapLegendItem[]; states: MapState[] }>;
}

export interface MapStation {
  city: string;
  /** Per state: is this station the subject (drawn full) or context (dimmed)? */
  focus: Record<MapState, boolean>;
  /** Drawn in the inset, where a state has one (the stations of the inset's region). */
  inInset: boolean;
  operator: OperatorKey;
  /** Position in the world drawing (projected, before any zoom). */
  point: readonly [number, number];
}

export interface MapInput {
  width: number;
  frame: Frame;
  /** The main map's panel in each state. */
  main: Record<MapState, PanelPlace>;
  /** The inset's panel, the state it shows in, its region's box on the main map (projected, before zoom), and its name. */
  inset: { state: MapState; land: MapState; panel: PanelPlace; region: Box; label: string };
  stations: readonly MapStation[];
  headings: Record<MapState, string>;
  /** Per state, the cities to label (as written in the data), most important first. */
  placeLabels: Record<MapState, readonly string[]>;
  /** Short name to draw for a city. */
  cityName: (city: string) => string;
  legend: ReadonlyArray<{ operator: MapLegendItem['operator']; label: string }>;
  where: string;
}

/** Dot radius in each state: larger as the map zooms in. */
const RADIUS: Record<MapState, number> = { world: 2.6, europe: 3.4, britain: 4.5, americas: 3.4 };
const HEADING_Y = 14;
/** The legend's swatch (a dot this wide), and the room between it and its words. */
export const SWATCH = 9;
export const SWATCH_GAP = 4;
const LEGEND_ITEM_GAP = 12;

/** Where a point of the world drawing lands in a panel. */
function inPanel(zoom: Zoom, point: readonly [number, number]): { x: number; y: number } {
  return { x: zoom.x + zoom.k * point[0], y: zoom.y + zoom.k * point[1] };
}

function insideBox(point: { x: number; y: number }, box: Box, margin: number): boolean {
  return point.x >= box.x + margin && point.x <= box.x + box.width - margin && point.y >= box.y + margin && point.y <= box.y + box.height - margin;
}

/**
 * The legend's items in rows no wider than `width`, each row's items side by
 * side; positions relative to the legend's own top left.
 */
function legendRows(items: MapInput['legend'], width: number): { items: MapLegendItem[]; height: number } {
  const step = lineStep('note');
  const placed: MapLegendItem[] = [];
  let x = 0;
  let y = TYPE.note.size * 0.8;
  for (const item of items) {
    const itemWidth = SWATCH + SWATCH_GAP + textWidth(item.label, TYPE.note.size);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += step;
    }
    placed.push({ ...item, x: round(x), y: round(y) });
    x += itemWidth + LEGEND_ITEM_GAP;
  }
  return { items: placed, height: y + TYPE.note.size * 0.25 };
}

export function layoutMap(input: MapInput): Omit<StationsMapView, 'chart' | 'alt' | 'layers'> {
  const { frame, stations, where } = input;
  const texts = {} as Record<MapState, TextMark[]>;
  const labels = {} as Record<MapState, TextMark[]>;
  const at = stations.map(() => ({}) as Record<MapState, Place>);

  // The inset's region, outlined on the main map of its state, and joined to the inset by two lines.
  const { state: insetState, panel: insetPanel, region } = input.inset;
  const mainOfInset = input.main[insetState].zoom;
  const corner = (x: number, y: number) => inPanel(mainOfInset, [x, y]);
  const topLeft = corner(region.x, region.y);
  const bottomRight = corner(region.x + region.width, region.y + region.height);
  const marker = { x: round(topLeft.x), y: round(topLeft.y), width: round(bottomRight.x - topLeft.x), height: round(bottomRight.y - topLeft.y) };
  const ib = insetPanel.box;
  const links = `M${marker.x + marker.width} ${marker.y}L${ib.x} ${ib.y}M${marker.x + marker.width} ${marker.y + marker.height}L${ib.x} ${ib.y + ib.height}`;

  for (const state of MAP_STATES) {
    const radius = RADIUS[state];
    const panels: Array<{ place: PanelPlace; members: (station: MapStation) => boolean }> =
      state === insetState
        ? [
            { place: input.main[state], members: (station) => !station.inInset },
            { place: insetPanel, members: (station) => station.inInset },
          ]
        : [{ place: input.main[state], members: () => true }];

    const placedBoxes: Box[] = [];
    const visibleIndexes: number[] = [];
    for (const { place: panel, members } of panels) {
      const indexes = stations.flatMap((station, index) => (members(station) && insideBox(inPanel(panel.zoom, station.point), panel.box, radius) ? [index] : []));
      const separated = separateDots(
        indexes.map((index) => inPanel(panel.zoom, stations[index]?.point ?? [0, 0])),
        radius,
      );
      indexes.forEach((index, position) => {
        const moved = separated[position] ?? { x: 0, y: 0 };
        const target = at[index];
        if (target) target[state] = place(moved.x, moved.y, stations[index]?.focus[state] ? 1 : 2);
      });
      visibleIndexes.push(...indexes);
    }
    // A station outside every panel waits, hidden, where the main map would put it.
    stations.forEach((station, index) => {
      const target = at[index];
      if (target && !target[state]) {
        const anchor = inPanel(input.main[state].zoom, station.point);
        target[state] = place(anchor.x, anchor.y, 0);
      }
    });

    const dotBox = (index: number): Box => {
      const [cx, cy] = at[index]?.[state] ?? [0, 0];
      return { x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius };
    };
    placedBoxes.push(...visibleIndexes.map(dotBox));

    // Headings wrap to two lines at most; the main map starts under them (checked against the frame below).
    const headingLines = wrapText(input.headings[state], input.width - 4, TYPE.heading.size, true);
    if (headingLines.length > 2) throw new ContentError(`${where}: the heading of state "${state}" ("${input.headings[state]}") is too long for two lines of the map.`);
    texts[state] = [textLines(2, HEADING_Y, headingLines, 'heading')];
    const headingBottom = HEADING_Y + (headingLines.length - 1) * lineStep('heading') + 4;
    if (headingBottom > frame.y) throw new ContentError(`${where}: the heading of state "${state}" ("${input.headings[state]}") needs two lines, and the map has room for one.`);

    // City labels: each inside the panel its dots are in, clear of every dot and of the labels placed before it.
    const requests = input.placeLabels[state].map((city): LabelRequest & { panel: Frame } => {
      const members = visibleIndexes.filter((index) => stations[index]?.city === city);
      if (members.length === 0) throw new ContentError(`${where}: placeLabels.${state} names "${city}", which has no station in view in that state.`);
      const boxes = members.map(dotBox);
      const left = Math.min(...boxes.map((box) => box.x));
      const top = Math.min(...boxes.map((box) => box.y));
      const subject = { x: left, y: top, width: Math.max(...boxes.map((box) => box.x + box.width)) - left, height: Math.max(...boxes.map((box) => box.y + box.height)) - top };
      const panel = panels.find(({ members: inPanelMembers }) => members.every((index) => inPanelMembers(stations[index] as MapStation)))?.place.box ?? frame;
      return { text: input.cityName(city), subject, panel };
    });
    const placed: TextMark[] = [];
    for (const request of requests) {
      const [label] = placeLabels([request], [...placedBoxes, ...placed.map(markBox)], request.panel, TYPE.label.size, `${where}, placeLabels.${state}`);
      if (label) placed.push(text(label.x, label.y, label.text, 'label', label.anchor));
    }
    // The inset is named in one of its corners, the first clear of its dots and labels.
    if (state === insetState) {
      const { x: bx, y: by, width: bw, height: bh } = insetPanel.box;
      const top = by + 4 + TYPE.strong.size * 0.8;
      const bottom = by + bh - 5;
      const corners = [text(bx + 4, top, input.inset.label, 'strong'), text(bx + bw - 4, top, input.inset.label, 'strong', 'end'), text(bx + bw - 4, bottom, input.inset.label, 'strong', 'end'), text(bx + 4, bottom, input.inset.label, 'strong')];
      const name = corners.find((corner) => ![...placedBoxes, ...placed.map(markBox)].some((box) => overlaps(markBox(corner), box, 1)));
      if (!name) throw new ContentError(`${where}: the inset's name ("${input.inset.label}") would cover a station in every corner; shorten labels.inset.`);
      placed.push(name);
    }
    labels[state] = placed;
  }

  // The legend: beside the world where the state has an inset, in rows under the main map elsewhere.
  const legendBeside = legendRows(input.legend, ib.x - 10);
  const legendUnder = legendRows(input.legend, input.width - 4);
  const main = input.main[insetState].box;
  const beside = { x: 2, y: round(main.y + main.height + 10) };
  const under = { x: 2, y: round(frame.y + frame.height + 6) };
  const height = Math.max(beside.y + legendBeside.height, ib.y + ib.height, under.y + legendUnder.height);
  if (height > DRAWING_MAX_HEIGHT) throw new ContentError(`${where}: the map and its legend need ${Math.ceil(height)} units of height, more than the ${DRAWING_MAX_HEIGHT} the chart has; shorten the legend's words.`);

  return {
    width: input.width,
    // Every drawing has the one shape the chart boxes and the type steps are made for (type-scale.ts).
    height: DRAWING_MAX_HEIGHT,
    frame,
    main: Object.fromEntries(MAP_STATES.map((state) => [state, { box: input.main[state].box, zoom: roundZoom(input.main[state].zoom) }])) as Record<MapState, PanelPlace>,
    inset: { state: insetState, land: input.inset.land, panel: { box: ib, zoom: roundZoom(insetPanel.zoom) }, marker, links },
    dots: stations.map((station, index) => ({ operator: station.operator, at: at[index] as Record<MapState, Place> })),
    radius: RADIUS,
    texts,
    labels,
    legends: [
      { items: offset(legendBeside.items, beside), states: [insetState] },
      { items: offset(legendUnder.items, under), states: MAP_STATES.filter((state) => state !== insetState) },
    ],
  };
}

function offset(items: readonly MapLegendItem[], by: { x: number; y: number }): MapLegendItem[] {
  return items.map((item) => ({ ...item, x: round(item.x + by.x), y: round(item.y + by.y) }));
}

function roundZoom(zoom: Zoom): Zoom {
  return { k: round(zoom.k, 3), x: round(zoom.x), y: round(zoom.y) };
}
