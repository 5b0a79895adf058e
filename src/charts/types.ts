/**
 * What every chart's build step produces: the view its Svelte component draws
 * (plain JSON, drawn on the server), and everything the figure
 * wrapper shows around it (words with placeholders filled, tables, sources).
 */
import type { ChartId } from './registry';

export interface ChartTable {
  /** Stable key, from the chart's words file. */
  id: string;
  caption: string;
  columns: string[];
  rows: string[][];
}

/** What every chart's view holds, whatever else it draws. */
export interface ChartBase<Id extends string, State extends string> {
  chart: Id;
  /** The SVG's coordinate space; the drawing scales to the width it is given. */
  width: number;
  height: number;
  /** Text alternative for each state, read by screen readers from the SVG. */
  alt: Record<State, string>;
}

export interface BuiltChart<Id extends ChartId, View> {
  chart: Id;
  title: string;
  takeaway: string;
  notes: string[];
  /** Source ids, resolved to links by the figure wrapper. */
  sources: string[];
  tables: ChartTable[];
  view: View;
}

/** What every chart's component takes (ChartView.svelte picks the component by the view's chart id). */
export interface ChartDrawingProps<View> {
  /** Precomputed layout, words and text alternatives, made at build time. */
  view: View;
  /** Text alternative of the state the drawing is labelled with (see drawing/ChartSvg.svelte). */
  alt?: string | undefined;
  /** Position of the state drawn without script (see drawing/StateLayer.svelte). */
  index: number;
  /** Unique id prefix for this drawing on its page. */
  id: string;
}
