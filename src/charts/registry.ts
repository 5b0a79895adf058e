/**
 * The story's charts: id → states (in reading order), the state shown before
 * any script runs, and the datasets behind it. Pure metadata with no file
 * access, so pages, embeds, share cards and tests can all import it.
 *
 * The chart id is the figure's stable id on the page (`#stations-map`) and the
 * name of its words file, content/charts/<id>.yaml. A dataset id is the
 * basename of a CSV in content/data/, downloadable at /data/<dataset>.csv.
 */
export const CHARTS = {
  'stations-by-continent': {
    states: ['units', 'continents', 'europe-countries', 'december'],
    // Grouped by continent is the state that says most on its own: every
    // station, every continent, and the two that could not be located.
    staticState: 'continents',
    datasets: ['stations-2022-09', 'counts-2022-12', 'ledger'],
  },
  'stations-map': {
    states: ['world', 'europe', 'britain', 'americas'],
    staticState: 'world',
    datasets: ['stations-2022-09'],
  },
  'persuaded-totals': {
    states: ['window', 'announcements', 'scale'],
    // The two dated announcements under the campaign window, with the scope
    // caveat beside them: the honest core of the chart.
    staticState: 'announcements',
    datasets: ['ledger'],
  },
  timeline: {
    states: ['origins', 'campaign', 'report', 'responses', 'prosecutions'],
    // The report and the reactions to it, with the article's own date marked.
    staticState: 'responses',
    datasets: ['timeline'],
  },
} as const satisfies Record<string, ChartDefinition>;

export interface ChartDefinition {
  /** The chart's states in reading order; scroll steps name one of these. */
  states: readonly string[];
  /** The state drawn in the HTML: what readers without JavaScript, print and embeds see. */
  staticState: string;
  /** Basenames of the CSV files in content/data/ the chart draws from. */
  datasets: readonly string[];
}

export type ChartId = keyof typeof CHARTS;
export type ChartState<Id extends ChartId> = (typeof CHARTS)[Id]['states'][number];
export type AnyChartState = ChartState<ChartId>;

export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

export function isStateOf<Id extends ChartId>(chart: Id, state: string): state is ChartState<Id> {
  return (CHARTS[chart].states as readonly string[]).includes(state);
}
