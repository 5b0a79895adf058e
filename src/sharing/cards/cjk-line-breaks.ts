/**
 * Where a Chinese title may break. Chinese may break between any two
 * characters, and satori already keeps punctuation off the wrong end of a
 * line (a line never starts with ，。：” nor ends with “（). A headline reads
 * better still when it breaks between words, not inside 马德|里: the title is
 * set with `word-break: keep-all` and a <wbr> at each word boundary that
 * Intl.Segmenter finds (ICU's dictionary), except where punctuation forbids it.
 */
import { CARD_LOCALES, type ChineseCardLanguage } from './card-languages';

/** Characters a line must not start with: closing brackets and quotes, stops, commas, colons, the iteration mark. */
const NO_LINE_START = /^[)\]}»›”’」』）〕］｝〉》】〗〙〛、，。．：；！？!?,.:;%…‥—～·・ー々〻]/u;
/** Characters a line must not end with: opening brackets and quotes. */
const NO_LINE_END = /[([{«‹“‘「『（〔［｛〈《【〖〘〚]$/u;

/** Full-width opening quotes and brackets, whose ink sits in the right half of their square. */
const OPENING_FULL_WIDTH = /^[“‘「『（〔［｛〈《【〖〘〚]/u;

/**
 * Whether a title starts with a full-width opening quote or bracket: its
 * empty left half would look like an indent, so the first line is pulled
 * back by half a square (what CSS text-spacing-trim does at a line's start).
 */
export function startsWithOpening(text: string): boolean {
  return OPENING_FULL_WIDTH.test(text);
}

export interface BreakOpportunity {
  type: 'wbr';
  props: Record<string, never>;
}

/** `text` as runs of words with a <wbr> between each pair where a line may break. */
export function phraseRuns(text: string, lang: ChineseCardLanguage): Array<string | BreakOpportunity> {
  const segments = [...new Intl.Segmenter(CARD_LOCALES[lang], { granularity: 'word' }).segment(text)].map((part) => part.segment);
  const runs: Array<string | BreakOpportunity> = [];
  let run = '';
  for (const segment of segments) {
    if (run !== '' && !NO_LINE_END.test(run) && !NO_LINE_START.test(segment) && !/^\s|\s$/u.test(segment) && !/\s$/u.test(run)) {
      runs.push(run, { type: 'wbr', props: {} });
      run = '';
    }
    run += segment;
  }
  if (run !== '') runs.push(run);
  return runs;
}
