/**
 * The sources registry: every source the story, charts and notes may cite,
 * read from content/data/sources.csv and checked row by row. Citing an id that
 * is not here is a build error naming the id. The article the story is built
 * on is the source "voa"; we hold its full text, so quotes from it are checked
 * word for word (see ./article).
 */
import { z } from 'zod';
import { readCsv } from '../../shared/csv';
import type { NoteSource } from '../source-notes';
import { SOURCE_DATE, formatSourceDate } from '../../shared/dates';
import { ContentError } from '../../shared/validation-error';
import { ui } from '../../shared/ui';

export const SOURCES_FILE = 'content/data/sources.csv';

export const SOURCE_KINDS = ['news', 'primary report', 'government', 'encyclopedia'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const webAddress = z.string().regex(/^https?:\/\/\S+$/, 'must be one full web address starting with http:// or https://');
/** Our own copy of a source, served by this site: a path from the site root. */
const siteAddress = z.string().regex(/^\/[\w./-]*$/, 'must be a path on this site starting with /');

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^(S\d{2}|[a-z][a-z0-9-]*)$/, 'must be like S07 or a lower-case name like voa'),
  title: z.string().min(3),
  publisher: z.string().min(2),
  date: z.string().regex(SOURCE_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD, a range like 2022-10-19/20, or empty when undated'),
  url: z.union([webAddress, siteAddress]),
  original_url: z.union([z.literal(''), webAddress]),
  kind: z.enum(SOURCE_KINDS),
  note: z.string(),
});

export type SourceRow = z.infer<typeof sourceSchema>;

export interface Source extends SourceRow {
  /** Where a reader can read it: the outside address, or our copy under the site's base. */
  href: string;
  /** True when the source is read on another site. */
  external: boolean;
  /** The host a reader will land on, e.g. "newsweek.com"; undefined for our own copy. */
  host: string | undefined;
  /** The original's host, when `url` is a repost. */
  originalHost: string | undefined;
}

/** "https://www.newsweek.com/x" → "newsweek.com". */
export function hostOf(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}

export function toSource(row: SourceRow, base: string): Source {
  const external = /^https?:/.test(row.url);
  return {
    ...row,
    href: external ? row.url : `${base.replace(/\/$/, '')}${row.url}`,
    external,
    host: external ? hostOf(row.url) : undefined,
    originalHost: row.original_url ? hostOf(row.original_url) : undefined,
  };
}

let cache: Map<string, Source> | undefined;

/** All sources by id, in the registry's order (the article first). */
export function getSources(): Map<string, Source> {
  if (cache) return cache;
  const rows = readCsv(SOURCES_FILE, sourceSchema, { unique: 'id' });
  cache = new Map(rows.map((row) => [row.id, toSource(row, import.meta.env.BASE_URL)]));
  return cache;
}

export function getSource(id: string, usedIn = 'the story'): Source {
  const source = getSources().get(id);
  if (!source) throw new ContentError(`${usedIn}: unknown source id "${id}". Add it to ${SOURCES_FILE} or fix the id.`);
  return source;
}

/** The address of a source's entry on the /sources/ page. */
export function sourceEntryHref(id: string): string {
  return `${import.meta.env.BASE_URL}sources/#source-${id}`;
}

export function sourceDate(source: SourceRow): string {
  return formatSourceDate(source.date, ui.locale, ui.undated);
}

/** What a citation note shows about a source. */
export function describeSource(id: string): NoteSource {
  const source = getSource(id);
  return {
    title: source.title,
    publisher: source.publisher,
    date: sourceDate(source),
    href: source.href,
    host: source.host,
    originalHref: source.original_url || undefined,
    originalHost: source.originalHost,
    external: source.external,
  };
}

/** Every outside address in the registry: the only outside links the story may carry. */
export function registeredAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const source of getSources().values()) {
    if (source.external) addresses.add(source.url);
    if (source.original_url) addresses.add(source.original_url);
  }
  return addresses;
}

/** Fails unless every id is in the registry; `where` names the file and row that lists them. */
export function assertSourcesExist(ids: readonly string[], where: string): void {
  const sources = getSources();
  const unknown = ids.filter((id) => !sources.has(id));
  if (unknown.length > 0) {
    throw new ContentError(`${where}: unknown source id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}. Add ${unknown.length > 1 ? 'them' : 'it'} to ${SOURCES_FILE} or fix the id.`);
  }
}
