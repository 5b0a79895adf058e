/**
 * Formats the partial ISO dates used across the content (YYYY, YYYY-MM,
 * YYYY-MM-DD) for readers, without inventing precision: a month stays a month.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(iso: string): DatePrecision {
  if (/^\d{4}$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  throw new Error(`"${iso}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
}

export function formatDate(iso: string, locale = 'en-GB'): string {
  const precision = precisionOf(iso);
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
