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
import { readMirroredYaml } from '../i18n/content-files';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';

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

const cache = new Map<string, Story>();

/** The masthead in a language; a translation must mirror content/story.yaml (same dates, hero chart, state and figure). */
export function loadStory(lang: Lang = SOURCE_LANG, file = STORY_FILE): Story {
  const key = `${wordsOf(lang)}:${file}`;
  let story = cache.get(key);
  if (!story) {
    // The English masthead is checked in every language: the translation's dates, chart, state and figure come from it.
    const english = parseOrThrow(storySchema, parse(readFileSync(file, 'utf8')), { file });
    if (wordsOf(lang) === SOURCE_LANG || file !== STORY_FILE) story = english;
    else {
      const translated = readMirroredYaml(file, lang);
      story = parseOrThrow(storySchema, translated.data, { file: translated.file });
    }
    cache.set(key, story);
  }
  return story;
}
