/** The timeline: from the first stations to the prosecutions, one span of time a state. */
import { defineChart } from '../define-chart.ts';
import type { TimelineView } from './layout';

export default defineChart<TimelineView>()({
  id: 'timeline',
  states: ['origins', 'campaign', 'report', 'responses', 'prosecutions'],
  // The report and the reactions to it, with the article's own date marked.
  staticState: 'responses',
  datasets: ['timeline'],
});
