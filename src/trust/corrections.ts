/**
 * The corrections log (content/corrections.yaml), shown on /method/. Its
 * newest entry may not be later than the story's `updated` date, so a
 * correction can never appear without the story saying it was updated.
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { readMirroredYaml } from '../i18n/content-files';
import { SOURCE_LANG, type Lang } from '../i18n/languages';

export const CORRECTIONS_FILE = 'content/corrections.yaml';

const isoDay = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

export const correctionsSchema = z.array(z.strictObject({ date: isoDay, text: z.string().min(10) })).min(1, 'must have at least the first-publication entry');

export type Correction = z.infer<typeof correctionsSchema>[number];

/** Parses the log, newest first, and checks it against the story's last-updated date. */
export function parseCorrections(data: unknown, file: string, storyUpdated: string, storyFile: string): Correction[] {
  const corrections = parseOrThrow(correctionsSchema, data, { file });
  const sorted = [...corrections].sort((a, b) => b.date.localeCompare(a.date));
  const newest = sorted[0];
  if (newest && newest.date > storyUpdated) {
    throw new ContentError(`${file}: the correction of ${newest.date} is later than "updated: ${storyUpdated}" in ${storyFile}. Set updated to ${newest.date} or later.`);
  }
  return sorted;
}

/** The log in a language; a translation keeps every entry and its date. */
export function loadCorrections(storyUpdated: string, storyFile: string, lang: Lang = SOURCE_LANG): Correction[] {
  const { file, data } = readMirroredYaml(CORRECTIONS_FILE, lang);
  return parseCorrections(data, file, storyUpdated, storyFile);
}
