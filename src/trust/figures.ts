/**
 * How a ledger figure is written for readers: digits grouped the local way
 * ("230,000"), or spelled out ("five") when the prose asks for a word. The
 * words come from the edition's content file, so a translation needs no code.
 */
export interface FigureStyle {
  /** BCP 47 locale for digit grouping, e.g. "en-GB". */
  locale: string;
  /** Chinese writes large round numbers in 万 and 亿 (230,000 → 23万): Intl's compact notation. */
  compact?: boolean | undefined;
  /** Number words by value: numberWords[5] === "five". */
  numberWords: readonly string[];
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The word for a small whole number, or undefined when the edition has no word for it. */
export function numberWord(value: number, numberWords: readonly string[]): string | undefined {
  return Number.isInteger(value) && value >= 0 ? numberWords[value] : undefined;
}

/**
 * Writes a figure. `as: 'word'` spells it out; asking for a word the edition
 * does not have is an error (the caller names the chapter and figure).
 */
/** 230000 → "23万" in zh-CN, when the compact form is exact; else digits as usual. */
export function formatCompact(value: number, locale: string): string {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 4, useGrouping: false }).format(value);
  const unit = /(万|萬|亿|億)$/.exec(compact)?.[1];
  if (!unit) return formatNumber(value, locale);
  const scale = unit === '万' || unit === '萬' ? 1e4 : 1e8;
  return Number(compact.slice(0, -1)) * scale === value ? compact : formatNumber(value, locale);
}

export function formatFigure(value: number, style: FigureStyle, as?: 'word'): string {
  if (as !== 'word') return style.compact ? formatCompact(value, style.locale) : formatNumber(value, style.locale);
  const word = numberWord(value, style.numberWords);
  if (word === undefined) {
    throw new Error(`${formatNumber(value, style.locale)} cannot be spelled out (words exist for 0 to ${style.numberWords.length - 1}); drop as="word"`);
  }
  return word;
}
