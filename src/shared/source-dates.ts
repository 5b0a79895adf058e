/**
 * Publication dates in the sources registry. A date is as precise as we know
 * it and no more: a year, a month or a day, or a short range when a source was
 * published over two days or months ("2022-10-19/20", "2022-11/12"). Empty
 * means the source is undated.
 */
import { precisionOf } from './dates';

export const SOURCE_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{2})?)?$/;

function toUtc(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, month - 1, day));
}

/** "2022-10-19/20" → ["2022-10-19", "2022-10-20"]; a plain date → [date]. */
export function expandRange(raw: string): [string] | [string, string] {
  const [start = '', end] = raw.split('/');
  if (end === undefined) return [start];
  return [start, start.slice(0, start.length - end.length) + end];
}

/** A registry date for readers, e.g. "19–20 October 2022"; `undated` when empty. */
export function formatSourceDate(raw: string, locale: string, undated: string): string {
  if (raw === '') return undated;
  if (!SOURCE_DATE.test(raw)) throw new Error(`"${raw}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD (a range may end in /DD or /MM)`);
  const [start, end] = expandRange(raw);
  const precision = precisionOf(start);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const format = new Intl.DateTimeFormat(locale, options);
  return end === undefined ? format.format(toUtc(start)) : format.formatRange(toUtc(start), toUtc(end));
}
