/**
 * The view of each chart: what its component draws. One map from chart id to
 * view type, so the scrolly and the static figure can hold any chart with
 * full type checking.
 */
import type { PersuadedView } from './persuaded-totals/layout';
import type { ChartId } from './registry';
import type { StationsByContinentView } from './stations-by-continent/layout';
import type { StationsMapView } from './stations-map/layout';
import type { TimelineView } from './timeline/layout';

export interface ChartViews {
  'stations-by-continent': StationsByContinentView;
  'stations-map': StationsMapView;
  'persuaded-totals': PersuadedView;
  timeline: TimelineView;
}

export type AnyChartView = ChartViews[ChartId];
