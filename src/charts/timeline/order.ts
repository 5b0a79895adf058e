/**
 * Puts dated events in time order without inventing precision. A date known
 * only to the month or year covers a span; events sort by the start of their
 * span (so "2016" comes before "May 2016"), and at the same start the more
 * precise date comes first ("1 January 2016", then "January 2016", then
 * "2016"). Ties keep the file's order.
 */
import { precisionOf } from '../../shared/dates';

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

export interface DateSpan {
  /** Start of the span as a fractional year, e.g. 2016.33 for 1 May 2016. */
  start: number;
  /** End of the span (exclusive) as a fractional year. */
  end: number;
}

function daysInYear(year: number): number {
  return Date.UTC(year + 1, 0, 1) / 86_400_000 - Date.UTC(year, 0, 1) / 86_400_000;
}

/** A calendar instant (UTC midnight of y-m-d) as a fractional year. */
export function fractionalYear(year: number, month = 1, day = 1): number {
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;
  return year + dayOfYear / daysInYear(year);
}

/** The span of time a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
export function dateSpan(iso: string): DateSpan {
  const precision = precisionOf(iso);
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const start = fractionalYear(year, month, day);
  if (precision === 'year') return { start, end: fractionalYear(year + 1) };
  if (precision === 'month') return { start, end: month === 12 ? fractionalYear(year + 1) : fractionalYear(year, month + 1) };
  return { start, end: fractionalYear(year, month, day + 1) };
}

export function compareDates(a: string, b: string): number {
  const difference = dateSpan(a).start - dateSpan(b).start;
  if (difference !== 0) return difference;
  return PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)];
}

/** A new array in time order; the sort is stable, so equal dates keep their order. */
export function inTimeOrder<T extends { date: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}
