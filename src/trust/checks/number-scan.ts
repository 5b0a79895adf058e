/**
 * Finds numbers in reader-facing text that nobody can trace: every number
 * written in digits must be a figure from the ledger, part of a date, or on a
 * short allow-list. Dates are recognised with the edition's month names.
 *
 * Digits glued to letters are names, not quantities (MI5, G7), and are skipped.
 * Spelled-out numbers ("three businesses") are not scanned: the prose uses
 * them for everyday counting, and the ledger's words come from <Fig as="word">.
 */
export interface NumberScanOptions {
  /** Month names in the edition's language, January first. */
  monthNames: readonly string[];
  /** Numbers as the ledger renders them, e.g. "54", "230,000". */
  figures: ReadonlySet<string>;
  /** Numbers allowed for a documented reason (see content/number-allow-list.yaml). */
  allow: ReadonlySet<string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches written dates: "12 September 2022", "September 12, 2022", "September 2022", "30 May", and bare years. */
export function datePattern(monthNames: readonly string[]): RegExp {
  const month = `(?:${monthNames.map(escapeRegExp).join('|')})`;
  return new RegExp(
    [
      `\\b\\d{1,2}\\s+${month}(?:\\s+\\d{4})?\\b`,
      `\\b${month}\\s+\\d{1,2},\\s+\\d{4}\\b`,
      `\\b${month}\\s+\\d{4}\\b`,
      `(?<![\\p{Script=Latin}\\p{N}])(?:1[89]|20)\\d{2}(?![\\p{N}])`,
      // Chinese dates: 2022年9月12日, 9月12日, 2022年9月.
      `(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?`,
    ].join('|'),
    'gu',
  );
}

// Digits glued to Latin letters are names (MI5, G7); glued to Chinese characters they are numbers (30个).
const NUMBER = /(?<![\p{Script=Latin}\p{N}])\d+(?:[.,]\d+)*(?:万|萬|亿|億)?/gu;

export interface StrayNumber {
  token: string;
  /** Where it starts in the scanned text, to show its context. */
  index: number;
}

/** Each number in `text` that is neither a ledger figure, a date nor allowed, with its position. */
export function findStrayNumbers(text: string, options: NumberScanOptions): StrayNumber[] {
  // Dates are blanked with spaces of the same length, so positions still match `text`.
  const withoutDates = text.replace(datePattern(options.monthNames), (date) => ' '.repeat(date.length));
  return [...withoutDates.matchAll(NUMBER)]
    .map((match) => ({ token: match[0], index: match.index }))
    .filter(({ token }) => !options.figures.has(token) && !options.allow.has(token));
}

/** The numbers in `text` that are neither ledger figures, dates nor allowed. */
export function strayNumbers(text: string, options: NumberScanOptions): string[] {
  return findStrayNumbers(text, options).map((stray) => stray.token);
}

/** Month names in a locale's language, from the platform (no word list to keep in sync). */
export function monthNamesFor(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))));
}
