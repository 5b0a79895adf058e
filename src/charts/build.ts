/**
 * Builds any chart by id, once per build: data read and checked, words
 * filled, layout computed. Server-side only (reads content files).
 */
import type { ChartId } from './registry';
import type { BuiltChart } from './types';
import type { ChartViews } from './views';
import { buildPersuaded } from './persuaded-totals/build';
import { buildStationsByContinent } from './stations-by-continent/build';
import { buildStationsMap } from './stations-map/build';
import { buildTimeline } from './timeline/build';

export type BuiltChartOf<Id extends ChartId> = BuiltChart<Id, ChartViews[Id]>;
export type AnyBuiltChart = { [Id in ChartId]: BuiltChartOf<Id> }[ChartId];

const builders: { [Id in ChartId]: () => BuiltChartOf<Id> } = {
  'stations-by-continent': buildStationsByContinent,
  'stations-map': buildStationsMap,
  'persuaded-totals': buildPersuaded,
  timeline: buildTimeline,
};

const cache = new Map<ChartId, AnyBuiltChart>();

export function buildChart<Id extends ChartId>(chart: Id): BuiltChartOf<Id> {
  let built = cache.get(chart);
  if (!built) {
    built = builders[chart]() as AnyBuiltChart;
    cache.set(chart, built);
  }
  return built as BuiltChartOf<Id>;
}
