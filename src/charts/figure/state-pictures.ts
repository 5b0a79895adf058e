/**
 * A chart's drawings as HTML strings, made on the server: the drawing with
 * every state in it (what the scroll island switches), and a picture of one
 * state (what readers see beside each step with JavaScript off and in
 * print, in each tab of an embed, and on the story's first screen).
 *
 * Long path data (the map's land) would be repeated in every picture of a
 * chart. shareShapes() writes each long path once, in a hidden <defs>, and
 * draws it with <use href>, so four pictures of the map cost four sets of
 * dots and labels, not four copies of the land. A shape's id comes from its
 * path data, so two places on one page that draw the same land name the same
 * shape.
 */
import { render } from 'svelte/server';
import ChartView from '../ChartView.svelte';
import { buildChart } from '../build';
import { SOURCE_LANG, type Lang } from '../../i18n/languages';
import { CHARTS, isStateOf, type ChartId } from '../registry';
import { stateIndex } from '../drawing/state-looks';
import { atState } from './one-state';

/** The chart's drawing with every state in it, labelled by the element `${id}-alt` (see ChartSvg.svelte). */
export function chartDrawing(chart: ChartId, state: string, id: string, lang: Lang = SOURCE_LANG): string {
  if (!isStateOf(chart, state)) throw new Error(`chartDrawing: "${state}" is not a state of the chart "${chart}".`);
  const { body } = render(ChartView, { props: { view: buildChart(chart, lang).view, state, id } });
  const svg = /<svg[\s\S]*<\/svg>/.exec(body)?.[0];
  if (!svg) throw new Error(`chartDrawing: the chart "${chart}" rendered no SVG.`);
  return svg.replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * One state of the chart, drawn for good and hidden from screen readers:
 * the page gives the state's words (a step's text alternative, a tab's label).
 */
export function statePicture(chart: ChartId, state: string, id: string, lang: Lang = SOURCE_LANG): string {
  const drawing = chartDrawing(chart, state, id, lang);
  return atState(drawing, stateIndex(CHARTS[chart].states, state)).replace(/\srole="img"\saria-labelledby="[^"]*"/, ' aria-hidden="true" focusable="false"');
}

/** Path data at least this long is written once and reused (the map's land; a chart's own marks are far shorter). */
export const SHARED_PATH_LENGTH = 1500;

/** FNV-1a, 32 bits, in base 36: a short, stable name for a shape's path data. */
function shapeHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function shapeId(d: string): string {
  return `shape-${shapeHash(d)}`;
}

const LONG_PATH = new RegExp(`<path\\b([^>]*?)\\sd="([^"]{${SHARED_PATH_LENGTH},})"([^>]*?)(/>|></path>)`, 'g');

export interface SharedShapes {
  /** The drawings, each long path replaced by a <use> of its shape. */
  drawings: string[];
  /** Path data by shape id, in the order first met. */
  shapes: Map<string, string>;
}

/** Replaces every long path in the drawings by a <use> that keeps the path's own attributes (class, stroke width). */
export function shareShapes(drawings: readonly string[]): SharedShapes {
  const shapes = new Map<string, string>();
  const shared = drawings.map((drawing) =>
    drawing.replace(LONG_PATH, (_path, before: string, d: string, after: string) => {
      const id = shapeId(d);
      shapes.set(id, d);
      return `<use${before} href="#${id}"${after}></use>`;
    }),
  );
  return { drawings: shared, shapes };
}

/** The shapes, in an SVG that draws nothing and takes no room; <use> elements anywhere on the page draw them. */
export function shapesSvg(shapes: ReadonlyMap<string, string>): string {
  if (shapes.size === 0) return '';
  const paths = [...shapes].map(([id, d]) => `<path id="${id}" d="${d}"></path>`).join('');
  return `<svg class="shared-shapes" width="0" height="0" aria-hidden="true"><defs>${paths}</defs></svg>`;
}
