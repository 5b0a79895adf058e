/**
 * The story's charts: the one list that registers them. Everything else
 * follows from it: the chart ids and their states (types included), the view
 * each chart's build step makes, the build step itself (build.ts finds
 * src/charts/<id>/build.ts), the component that draws it (ChartView.svelte
 * finds the Svelte file in src/charts/<id>/) and the stylesheet's rules for
 * each state (state-styles.ts). Adding a chart is its folder plus one line
 * here. Pure data with no file access, so pages, embeds, share cards, the
 * build and tests can all import it. astro.config.mjs loads it (through
 * state-styles.ts), and Node runs that config for the link check, so this
 * file and each chart.ts import with explicit .ts extensions, and only
 * types from anywhere else.
 */
import type { ChartDefinition } from './define-chart.ts';
import persuadedTotals from './persuaded-totals/chart.ts';
import stationsByContinent from './stations-by-continent/chart.ts';
import stationsMap from './stations-map/chart.ts';
import timeline from './timeline/chart.ts';

const CHART_LIST = [stationsByContinent, stationsMap, persuadedTotals, timeline] as const;

type Listed = (typeof CHART_LIST)[number];
export type ChartId = Listed['id'];
type DefinitionOf<Id extends ChartId> = Extract<Listed, { id: Id }>;
export type ChartState<Id extends ChartId> = DefinitionOf<Id>['states'][number];
export type AnyChartState = ChartState<ChartId>;
/** What the chart's build step makes and its component draws. */
export type ChartViewOf<Id extends ChartId> = NonNullable<DefinitionOf<Id>['view']>;
export type AnyChartView = ChartViewOf<ChartId>;

/** Every chart by id. */
export const CHARTS = Object.fromEntries(CHART_LIST.map((chart) => [chart.id, chart])) as { [Id in ChartId]: DefinitionOf<Id> };

export const CHART_IDS: ChartId[] = CHART_LIST.map((chart) => chart.id);

/** The most states any chart has: the stylesheet has rules for this many state indexes. */
export const MOST_STATES = Math.max(...CHART_LIST.map((chart: ChartDefinition) => chart.states.length));

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

export function isStateOf<Id extends ChartId>(chart: Id, state: string): state is ChartState<Id> {
  return (CHARTS[chart].states as readonly string[]).includes(state);
}
