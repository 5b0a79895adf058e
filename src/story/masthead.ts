/**
 * The story's masthead: headline, standfirst, dates, byline, the credit for
 * the article it is built on, and the picture on the first screen (one state
 * of one of the story's charts, with one big number from the ledger). Read
 * from content/story.yaml and checked once.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseOrThrow } from '../shared/validation-error';

const isoDate = z.union([z.string(), z.date()]).transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

export const storySchema = z.strictObject({
  headline: z.string().min(10),
  standfirst: z.string().min(20),
  published: isoDate,
  updated: isoDate,
  byline: z.string().min(2),
  article: z.strictObject({
    /** Who reported it. */
    reporter: z.string(),
    /** The report's own title, at its publisher. */
    title: z.string(),
    publisher: z.string(),
    published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM or YYYY-MM-DD'),
    /** Who republished the text we hold (seeds/), under what headline, when. */
    republisher: z.string(),
    republishedTitle: z.string(),
    republished: isoDate,
    note: z.string(),
  }),
  hero: z.strictObject({
    /** A chart id (src/charts/registry.ts) that the story page also shows as a scrolly: the picture reuses its shapes. */
    chart: z.string(),
    /** The state of that chart to show. */
    state: z.string(),
    /** The big number: a figure id from content/data/ledger.csv. */
    figure: z.string(),
    /** The words after the big number. */
    label: z.string().min(10),
  }),
});

export type Story = z.infer<typeof storySchema>;

export const STORY_FILE = 'content/story.yaml';

export function loadStory(file = STORY_FILE): Story {
  return parseOrThrow(storySchema, parse(readFileSync(file, 'utf8')), { file });
}
