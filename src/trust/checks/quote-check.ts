/**
 * Checks that quoted words really appear in a source text. Typography is
 * forgiven (curly or straight quotes, any dash, runs of white space), wording
 * is not. An ellipsis ("…" or "...") in the quote marks an omission: the parts
 * on either side must each appear, in the same order, in the source.
 */

import { toSimplified } from '../../i18n/traditional';

/** Folds the typographic variants a writer or an editor may introduce. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2009\u202F]+/g, ' ')
    .trim();
}

const FULL_WIDTH: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')', '「': '"', '」': '"', '『': "'", '』': "'", '、': ',' };

/**
 * A Chinese text folded for comparison: simplified characters (opencc, from
 * any traditional standard), full-width punctuation as ASCII, no spaces
 * between characters. Wording and characters' identity are kept.
 */
export function foldChinese(text: string): string {
  return normaliseForQuote(toSimplified(text).replace(/[，。：；！？（）「」『』、]/g, (mark) => FULL_WIDTH[mark] ?? mark)).replace(/\s*([,.:;!?()"'])\s*/g, '$1');
}

const ELLIPSIS = /\s*(?:\u2026|\.\.\.)\s*/;

/** The quote cut at its ellipses, each part normalised; empty parts dropped. */
export function quoteParts(words: string): string[] {
  return normaliseForQuote(words)
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export type QuoteCheck = { found: true } | { found: false; missing: string };

/**
 * Finds the quote in the source. Each part of the quote must occur after the
 * end of the previous one, so an omission can never reorder the speaker's words.
 */
export function findQuote(words: string, sourceText: string): QuoteCheck {
  const parts = quoteParts(words);
  if (parts.length === 0) return { found: false, missing: words };
  const haystack = normaliseForQuote(sourceText);
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at === -1) return { found: false, missing: part };
    from = at + part.length;
  }
  return { found: true };
}

/** True when `words` occur in the source as one unbroken stretch (no omissions allowed). */
export function containsVerbatim(words: string, sourceText: string): boolean {
  const needle = normaliseForQuote(words);
  return needle.length > 0 && normaliseForQuote(sourceText).includes(needle);
}
