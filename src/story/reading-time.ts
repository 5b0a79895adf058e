/**
 * Minutes a reader needs for a text, at an unhurried 200 words a minute
 * (a common figure for reading on a phone). Never less than one minute.
 */
export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}

/** The prose of an MDX body: front matter, tags, attribute-only components and markup removed. */
export function proseOfMdx(body: string): string {
  return body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/\bwords="([^"]*)"/g, ' $1 ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`]/g, ' ');
}
