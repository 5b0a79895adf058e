/**
 * Builds any chart by id, once per build: data read and checked, words
 * filled, layout computed. Server-side only (reads content files).
 */
import type { ChartId } from './registry';
import type { BuiltChart, ChartBase } from './types';
import type { AnyChartView } from './views';
import { buildStationsByContinent } from './stations-by-continent/build';

export type AnyBuiltChart = BuiltChart<ChartId, ChartBase<ChartId> & AnyChartView>;

const builders: Record<ChartId, () => AnyBuiltChart> = {
  'stations-by-continent': buildStationsByContinent,
  'stations-map': buildStationsByContinent,
  'persuaded-to-return': buildStationsByContinent,
  timeline: buildStationsByContinent,
};

const cache = new Map<ChartId, AnyBuiltChart>();

export function buildChart(chart: ChartId): AnyBuiltChart {
  let built = cache.get(chart);
  if (!built) {
    built = builders[chart]();
    cache.set(chart, built);
  }
  return built;
}
