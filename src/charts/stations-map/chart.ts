/** The stations map: the world, then Europe, Britain and the Americas. */
import { defineChart } from '../define-chart.ts';
import type { StationsMapView } from './layout';

export default defineChart<StationsMapView>()({
  id: 'stations-map',
  states: ['world', 'europe', 'britain', 'americas'],
  staticState: 'world',
  datasets: ['stations-2022-09'],
});
