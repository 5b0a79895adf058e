/**
 * The content collections (src/content.config.ts) that hold each language's
 * chapters and pages. 繁體 reads the 简体 ones.
 */
import { wordsOf, type Lang, type WordsLang } from './languages';

const COLLECTIONS = {
  en: { chapters: 'chapters', pages: 'pages' },
  'zh-hans': { chapters: 'zhHansChapters', pages: 'zhHansPages' },
} as const satisfies Record<WordsLang, { chapters: string; pages: string }>;

export type ChapterCollection = (typeof COLLECTIONS)[WordsLang]['chapters'];
export type PageCollection = (typeof COLLECTIONS)[WordsLang]['pages'];

export function chapterCollection(lang: Lang): ChapterCollection {
  return COLLECTIONS[wordsOf(lang)].chapters;
}

export function pageCollection(lang: Lang): PageCollection {
  return COLLECTIONS[wordsOf(lang)].pages;
}
