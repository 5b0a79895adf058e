/** The stations unit chart: one square per station, grouped by continent, by country and by report. */
import { defineChart } from '../define-chart.ts';
import type { StationsByContinentView } from './layout';

export default defineChart<StationsByContinentView>()({
  id: 'stations-by-continent',
  states: ['units', 'continents', 'europe-countries', 'december'],
  // Grouped by continent is the state that says most on its own: every
  // station, every continent, and the two that could not be located.
  staticState: 'continents',
  datasets: ['stations-2022-09', 'counts-2022-12', 'ledger'],
});
