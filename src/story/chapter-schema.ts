/**
 * The front matter every chapter must carry. Shared by the content collection
 * (build) and the unit tests, so a broken chapter fails the same way in both.
 */
import { z } from 'zod';

/** Lower-case words joined by hyphens: safe in URLs and in every language edition. */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "who-runs-them"');

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
