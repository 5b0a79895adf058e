/**
 * Dates as the content writes them, for readers, without inventing
 * precision: a year, a month or a day (YYYY, YYYY-MM, YYYY-MM-DD) stays a
 * year, a month or a day. The sources registry may also give a short range,
 * when a source was published over two days or months ("2022-10-19/20",
 * "2022-11/12"), or no date at all.
 */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date in the sources registry: a partial date, a short range, or empty (undated). */
export const SOURCE_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{2})?)?$/;

export function precisionOf(iso: string): DatePrecision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  throw new Error(`"${iso}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
}

function toUtc(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, month - 1, day));
}

/** How a date of this precision is written: the year, the month and year, or the full date. */
function formatFor(precision: DatePrecision, locale: string): Intl.DateTimeFormat {
  const month = precision === 'year' ? {} : { month: 'long' as const };
  const day = precision === 'day' ? { day: 'numeric' as const } : {};
  return new Intl.DateTimeFormat(locale, { year: 'numeric', ...month, ...day, timeZone: 'UTC' });
}

/** "2022-09" → "September 2022"; "2022-09-12" → "12 September 2022". */
export function formatDate(iso: string, locale = 'en-GB'): string {
  return formatFor(precisionOf(iso), locale).format(toUtc(iso));
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
  const format = formatFor(precisionOf(start), locale);
  return end === undefined ? format.format(toUtc(start)) : format.formatRange(toUtc(start), toUtc(end));
}
