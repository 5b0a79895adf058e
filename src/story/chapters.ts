/**
 * The chapters in reading order, with what every page needs to show them:
 * section headings for the table of contents and a reading time. All content
 * checks that span files (unique orders and ids) happen here, once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniqueIds, extractHeadings, type SectionHeading } from './section-headings';
import { proseOfMdx, readingMinutes } from './reading-time';
import { chapterReadingGrade } from './readability';
import { ContentError } from '../shared/validation-error';
import { checkEvidence } from '../trust/checks/evidence';
import { assertTermUses, GLOSSARY_FILE, getGlossary, termIdsOfMdx } from '../classroom/glossary';

export interface Chapter {
  entry: CollectionEntry<'chapters'>;
  slug: string;
  title: string;
  summary: string;
  order: number;
  /** Project-relative path of the MDX file, for error messages. */
  file: string;
  headings: SectionHeading[];
  minutes: number;
  /** Flesch–Kincaid grade of the chapter's prose (see readability.ts). */
  grade: number;
  /** Glossary term ids the chapter marks with <Term>, in reading order. */
  terms: string[];
}

let cached: Promise<Chapter[]> | undefined;

export function getChapters(): Promise<Chapter[]> {
  cached ??= loadChapters();
  return cached;
}

async function loadChapters(): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  if (entries.length === 0) throw new ContentError('content/chapters/: no chapters found.');
  const chapters = entries
    .map((entry): Chapter => {
      const file = entry.filePath ?? `content/chapters/${entry.id}.mdx`;
      const body = entry.body ?? '';
      return {
        entry,
        slug: entry.data.slug,
        title: entry.data.title,
        summary: entry.data.summary,
        order: entry.data.order,
        file,
        headings: extractHeadings(body, file),
        minutes: readingMinutes(proseOfMdx(body)),
        grade: chapterReadingGrade(body),
        terms: termIdsOfMdx(body),
      };
    })
    .sort((a, b) => a.order - b.order);

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
  checkEvidence(chapters, { requireAllClaims: true, proseNumbers: true });
  assertTermUses(
    chapters.flatMap((chapter) => chapter.terms.map((id) => ({ id, file: chapter.file }))),
    getGlossary(),
    GLOSSARY_FILE,
  );
  return chapters;
}

export function neighbours(chapters: Chapter[], slug: string): { previous?: Chapter; next?: Chapter } {
  const index = chapters.findIndex((chapter) => chapter.slug === slug);
  return { previous: chapters[index - 1], next: chapters[index + 1] };
}
