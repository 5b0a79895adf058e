/** The "persuaded to return" chart: the campaign window, the two announced totals, and their scale. */
import { defineChart } from '../define-chart.ts';
import type { PersuadedView } from './layout';

export default defineChart<PersuadedView>()({
  id: 'persuaded-totals',
  states: ['window', 'announcements', 'scale'],
  // The two dated announcements under the campaign window, with the scope
  // caveat beside them: the honest core of the chart.
  staticState: 'announcements',
  datasets: ['ledger'],
});
