/**
 * The sources registry: every source the story, charts and notes may cite,
 * read from content/data/sources.csv. Citing an id that is not here is a
 * build error naming the id.
 */
import { z } from 'zod';
import { readCsv } from '../lib/csv';
import { ContentError } from '../lib/validation-error';

export const SOURCES_FILE = 'content/data/sources.csv';

export const sourceSchema = z.object({
  id: z.string().regex(/^(S\d{2}|[a-z][a-z0-9-]*)$/, 'must be like S07 or a lower-case name like voa'),
  title: z.string().min(3),
  publisher: z.string().min(2),
  date: z.string().min(2),
  url: z.string(),
  kind: z.string().min(3),
});

export type SourceRow = z.infer<typeof sourceSchema>;

export interface Source extends SourceRow {
  /** The first web address in the row (some rows list a repost and the original). */
  href: string | undefined;
}

let cache: Map<string, Source> | undefined;

export function getSources(): Map<string, Source> {
  cache ??= new Map(
    readCsv(SOURCES_FILE, sourceSchema).map((row) => [row.id, { ...row, href: /https?:\/\/\S+/.exec(row.url)?.[0] }]),
  );
  return cache;
}

export function getSource(id: string, usedIn = 'the story'): Source {
  const source = getSources().get(id);
  if (!source) throw new ContentError(`${usedIn}: unknown source id "${id}". Add it to ${SOURCES_FILE} or fix the id.`);
  return source;
}
