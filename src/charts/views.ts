/**
 * The view of any chart: what a chart component draws, and the only data an
 * island receives. One union type so the scroll engine can hold any chart.
 */
import type { StationsByContinentView } from './stations-by-continent/layout';

export type AnyChartView = StationsByContinentView;
