/**
 * The chapters in reading order, with what every page needs to show them:
 * section headings for the table of contents and a reading time. All content
 * checks that span files (unique orders and ids) happen here, once per build.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniqueIds, extractHeadings, type SectionHeading } from './section-headings';
import { proseOfMdx, readingMinutes } from './reading-time';
import { chapterReadingGrade } from './readability';
import { ContentError } from '../shared/validation-error';
import { checkEvidence } from '../trust/checks/evidence';
import { figureWordsIn } from '../trust/ledger';
import { assertTermUses, GLOSSARY_FILE, getGlossary, termIdsOfMdx } from '../classroom/glossary';
import { SOURCE_LANG, isChinese, wordsOf, type Lang } from '../i18n/languages';
import { chapterCollection } from '../i18n/collections';
import { translatedFile } from '../i18n/content-files';
import { assertMdxMirrors } from '../i18n/mdx-mirror';
import { averageSentenceLength, chineseProseOfMdx, chineseReadingMinutes } from '../i18n/chinese-text';

export interface Chapter {
  entry: CollectionEntry<'chapters' | 'zhHansChapters'>;
  slug: string;
  title: string;
  summary: string;
  order: number;
  /** Project-relative path of the MDX file, for error messages. */
  file: string;
  headings: SectionHeading[];
  minutes: number;
  /** Flesch–Kincaid grade of the chapter's prose (see readability.ts); for Chinese, the average sentence length in characters. */
  grade: number;
  /** Glossary term ids the chapter marks with <Term>, in reading order. */
  terms: string[];
}

const cached = new Map<string, Promise<Chapter[]>>();

/** The chapters in a language, checked once per build (繁體 reads the 简体 ones). */
export function getChapters(lang: Lang = SOURCE_LANG): Promise<Chapter[]> {
  const words = wordsOf(lang);
  let chapters = cached.get(words);
  if (!chapters) {
    chapters = words === SOURCE_LANG ? loadChapters(SOURCE_LANG) : loadTranslation(words);
    cached.set(words, chapters);
  }
  return chapters;
}

function toChapter(entry: CollectionEntry<'chapters' | 'zhHansChapters'>, lang: Lang): Chapter {
  const file = entry.filePath ?? `content/chapters/${entry.id}.mdx`;
  const body = entry.body ?? '';
  const chinese = isChinese(lang);
  return {
    entry,
    slug: entry.data.slug,
    title: entry.data.title,
    summary: entry.data.summary,
    order: entry.data.order,
    file,
    headings: extractHeadings(body, file),
    minutes: chinese ? chineseReadingMinutes(chineseProseOfMdx(body)) : readingMinutes(proseOfMdx(body)),
    grade: chinese ? averageSentenceLength(chineseProseOfMdx(body)) : chapterReadingGrade(body),
    terms: termIdsOfMdx(body),
  };
}

/**
 * A translation's chapters: one for each English chapter, in a file of the
 * same name, with the same slug and order, mirroring it element by element.
 */
async function loadTranslation(lang: Lang): Promise<Chapter[]> {
  const english = await getChapters(SOURCE_LANG);
  const chapters = await loadChapters(lang);
  for (const original of english) {
    const expectedFile = translatedFile(original.file, lang);
    const translation = chapters.find((chapter) => chapter.slug === original.slug);
    if (!translation) throw new ContentError(`${expectedFile}: missing. It is the ${lang} version of ${original.file} (slug "${original.slug}").`);
    if (translation.file !== expectedFile) throw new ContentError(`${translation.file}: has the slug "${original.slug}" of ${original.file}; name it ${expectedFile}.`);
    if (translation.order !== original.order) throw new ContentError(`${translation.file}: field "order" is ${translation.order}; ${original.file} has ${original.order}.`);
    assertMdxMirrors({ file: original.file, source: readFileSync(original.file, 'utf8') }, { file: translation.file, source: readFileSync(translation.file, 'utf8') });
  }
  // The ledger's words are part of the translation too: checked with the chapters that use its figures.
  figureWordsIn(lang);
  const extra = chapters.find((chapter) => !english.some((original) => original.slug === chapter.slug));
  if (extra) throw new ContentError(`${extra.file}: the slug "${extra.slug}" is not a chapter of the English story (content/chapters/).`);
  return chapters;
}

async function loadChapters(lang: Lang): Promise<Chapter[]> {
  const folder = translatedFile('content/chapters/', lang);
  const entries = await getCollection(chapterCollection(lang));
  if (entries.length === 0) throw new ContentError(`${folder}: no chapters found.`);
  const chapters = entries.map((entry) => toChapter(entry, lang)).sort((a, b) => a.order - b.order);

  chapters.forEach((chapter, index) => {
    if (chapter.order !== index + 1) {
      throw new ContentError(
        `${chapter.file}: field "order" is ${chapter.order}, but chapters must be numbered 1, 2, 3… without gaps or repeats (expected ${index + 1}).`,
      );
    }
  });
  assertUniqueIds(
    chapters.flatMap((chapter) => [
      { id: chapter.slug, file: chapter.file },
      ...chapter.headings.map((heading) => ({ id: heading.id, file: chapter.file })),
    ]),
  );
  // Sources, quotes, figures and claims: fails naming the file, line and item.
  checkEvidence(chapters, { requireAllClaims: true, proseNumbers: true, lang });
  assertTermUses(
    chapters.flatMap((chapter) => chapter.terms.map((id) => ({ id, file: chapter.file }))),
    getGlossary(lang),
    translatedFile(GLOSSARY_FILE, lang),
  );
  return chapters;
}

export function neighbours(chapters: Chapter[], slug: string): { previous?: Chapter; next?: Chapter } {
  const index = chapters.findIndex((chapter) => chapter.slug === slug);
  return { previous: chapters[index - 1], next: chapters[index + 1] };
}
