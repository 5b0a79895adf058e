/**
 * The figures behind the "persuaded to return" chart, assembled from the one
 * ledger of figures and the timeline (for the dates the totals were announced).
 * Nothing here is a series: there are two official announcements and one
 * campaign window, and the chart must not suggest more.
 */
import { getFigure } from '../../trust/ledger';
import { loadTimeline, TIMELINE_FILE } from '../timeline/events';
import { ContentError } from '../../shared/validation-error';

export interface Announcement {
  value: number;
  /** Day the figure was announced, YYYY-MM-DD. */
  announced: string;
  /** Period the figure covers as [start, end] (YYYY-MM), or undefined when officials did not say. */
  period: readonly [string, string] | undefined;
  sourceIds: string[];
}

export interface PersuadedData {
  /** The campaign window, YYYY-MM to YYYY-MM, inclusive. */
  window: readonly [string, string];
  announcements: Announcement[];
  /** Suspects formally repatriated in 2021: a different, much smaller category. */
  repatriated: { value: number; year: string; sourceIds: string[] };
}

function announcedOn(eventId: string): string {
  const event = loadTimeline().find((row) => row.id === eventId);
  if (!event) throw new ContentError(`${TIMELINE_FILE}: no event with id "${eventId}" (the persuaded-totals chart needs its date).`);
  if (event.precision !== 'day') throw new ContentError(`${TIMELINE_FILE}: the event "${eventId}" must be dated to the day.`);
  return event.date;
}

export function loadPersuaded(): PersuadedData {
  const usedIn = 'the persuaded-totals chart';
  const total = getFigure('persuaded-2021-2022', usedIn);
  const april = getFigure('persuaded-april-2022', usedIn);
  const repatriated = getFigure('repatriated-2021', usedIn);
  if (!total.period_start || !total.period_end) throw new ContentError(`content/data/ledger.csv: "persuaded-2021-2022" needs period_start and period_end (the campaign window).`);
  if (!repatriated.period_start) throw new ContentError(`content/data/ledger.csv: "repatriated-2021" needs period_start.`);
  return {
    window: [total.period_start, total.period_end],
    announcements: [
      // The ledger records no period start for the April figure: officials did not state one.
      { value: april.value, announced: announcedOn('persuaded-210000-announced'), period: april.period_start ? [april.period_start, april.period_end || april.period_start] : undefined, sourceIds: april.source_ids },
      { value: total.value, announced: announcedOn('persuaded-230000-announced'), period: [total.period_start, total.period_end], sourceIds: total.source_ids },
    ],
    repatriated: { value: repatriated.value, year: repatriated.period_start.slice(0, 4), sourceIds: repatriated.source_ids },
  };
}
