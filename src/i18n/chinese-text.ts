/**
 * Measures for Chinese prose, where words are not separated by spaces and the
 * US school grade means nothing: the average sentence length in characters
 * (the readability measure Chinese newsrooms and textbooks use; the story
 * keeps it at 30 or under), and a reading time from characters per minute.
 */

/** Characters a reader reads in a minute, in Chinese news prose (silent reading runs 300–500). */
export const CHARACTERS_PER_MINUTE = 400;

/** The longest average sentence, in characters, a story page may have. */
export const MAX_AVERAGE_SENTENCE = 30;

const SENTENCE_END = /[。！？；!?…]+[”」』’）)]*|\n+/u;
/** What counts as a character of a sentence: letters and digits (punctuation and spaces do not). */
const COUNTED = /[\p{L}\p{N}]/gu;

/** The MDX's reader-facing Chinese, one block a line: a translated quote reads as its translation, a figure as one character. */
export function chineseProseOfMdx(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<Quote\b[^>]*?\bwords="([^"]*)"[^>]*?\/>/g, (whole: string, words: string) => `\n${/\bzh="([^"]*)"/.exec(whole)?.[1] ?? words}\n`)
    .replace(/<Q\b[^>]*?\bwords="([^"]*)"[^>]*?\/>/g, (whole: string, words: string) => /\bzh="([^"]*)"/.exec(whole)?.[1] ?? words)
    .replace(/<Fig\b[^>]*\/>/g, '十')
    .replace(/<\/(h[1-6]|Step|p|li)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`#>]/g, '')
    .trim();
}

/** Sentences of Chinese text, split at 。！？；… and line ends; empty ones dropped. */
export function chineseSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => (sentence.match(COUNTED) ?? []).length > 0);
}

export function countCharacters(text: string): number {
  return (text.match(COUNTED) ?? []).length;
}

/** Average sentence length in characters (letters and digits); 0 for no text. */
export function averageSentenceLength(text: string): number {
  const sentences = chineseSentences(text);
  if (sentences.length === 0) return 0;
  return sentences.reduce((sum, sentence) => sum + countCharacters(sentence), 0) / sentences.length;
}

export function chineseReadingMinutes(text: string): number {
  return Math.max(1, Math.round(countCharacters(text) / CHARACTERS_PER_MINUTE));
}
