/**
 * The article the story is built on (source "voa"), byte for byte as we
 * received it. It is the one source we hold in full, so quotes from it are
 * checked word for word, and the site serves it so readers can check too.
 */
import { readFileSync } from 'node:fs';

export const ARTICLE_SOURCE_ID = 'voa';
export const ARTICLE_FILE = 'seeds/000_bee7d83bfa564166.txt';

let cache: Buffer | undefined;

export function articleBytes(): Buffer {
  cache ??= readFileSync(ARTICLE_FILE);
  return cache;
}

export function articleText(): string {
  return articleBytes().toString('utf8');
}

/** The article's paragraphs (blank-line separated), for the reading copy. */
export function articleParagraphs(): string[] {
  return articleText()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Full text of a source we hold a copy of; undefined for sources we only link to. */
export function sourceText(sourceId: string): string | undefined {
  return sourceId === ARTICLE_SOURCE_ID ? articleText() : undefined;
}
