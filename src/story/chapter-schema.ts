/**
 * The front matter every chapter must carry. Shared by the content collection
 * (build) and the unit tests, so a broken chapter fails the same way in both.
 */
import { z } from 'zod';
import { stableId } from '../shared/stable-id';

export const chapterSchema = z.strictObject({
  /** Stable address of the chapter: /chapters/<slug>/ and #<slug>. Never changes when the title does. */
  slug: stableId,
  /** The question the chapter answers, shown as its heading. */
  title: z.string().min(8, 'must be a full question, at least 8 characters'),
  /** One sentence: what the reader will learn. */
  summary: z.string().min(20, 'must be one full sentence').max(240, 'must be one sentence (240 characters at most)'),
  /** Position in the story, from 1. */
  order: z.number().int().positive(),
});

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
