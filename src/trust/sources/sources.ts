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
import { uiFor } from '../../shared/ui';
import { parseOrThrow } from '../../shared/validation-error';
import { assertSameIds, readTranslatedYaml } from '../../i18n/content-files';
import { SOURCE_LANG, localPath, wordsOf, type Lang } from '../../i18n/languages';
import { textLang } from '../../i18n/text-lang';
import { nonPublisherHosts } from './non-publisher-hosts';
import { assertPrimaryLinks } from './primary-links';

export const SOURCES_FILE = 'content/data/sources.csv';

export const SOURCE_KINDS = ['news', 'primary report', 'government', 'encyclopedia'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What a second link is: a copy of the original, never the original itself. */
export const COPY_KINDS = ['mirror', 'repost', 'archive', 'syndicated', 'translation', 'summary', 'our-copy'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

const webAddress = z.string().regex(/^https?:\/\/\S+$/, 'must be one full web address starting with http:// or https://');
/** Our own copy of a source, served by this site: a path from the site root. */
const siteAddress = z.string().regex(/^\/[\w./-]*$/, 'must be a path on this site starting with /');

export const sourceSchema = z
  .strictObject({
    id: z.string().regex(/^(S\d{2}|[a-z][a-z0-9-]*)$/, 'must be like S07 or a lower-case name like voa'),
    title: z.string().min(3),
    publisher: z.string().min(2),
    date: z.string().regex(SOURCE_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD, a range like 2022-10-19/20, or empty when undated'),
    /** The original publisher's own address; empty when it was not found. */
    url: z.union([z.literal(''), webAddress]),
    /** A copy (mirror, repost, archive…) where the text was read, shown only as a second, labelled link. */
    copy_url: z.union([z.literal(''), webAddress, siteAddress]),
    copy_kind: z.union([z.literal(''), z.enum(COPY_KINDS)]),
    kind: z.enum(SOURCE_KINDS),
    note: z.string(),
  })
  .refine((row) => row.url !== '' || row.copy_url !== '', { message: 'needs an address: the original in url, or at least a copy in copy_url', path: ['url'] })
  .refine((row) => (row.copy_url === '') === (row.copy_kind === ''), { message: 'says what the copy is (copy_kind) exactly when there is a copy_url', path: ['copy_kind'] })
  .refine((row) => row.kind !== 'encyclopedia', { message: 'an encyclopedia is not a source to cite: cite the work it cites', path: ['kind'] });

export type SourceRow = z.infer<typeof sourceSchema>;

export interface Source extends SourceRow {
  /** The original publisher's address, when known (never a copy). */
  href: string | undefined;
  /** The host of the original, e.g. "newsweek.com". */
  host: string | undefined;
  /** The labelled second link: a copy on another site, or our own copy under the site's base. */
  copyHref: string | undefined;
  copyHost: string | undefined;
  /** True when the copy is on another site. */
  copyExternal: boolean;
}

/** "https://www.newsweek.com/x" → "newsweek.com". */
export function hostOf(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}

export function toSource(row: SourceRow, base: string): Source {
  const copyExternal = /^https?:/.test(row.copy_url);
  const copyHref = row.copy_url === '' ? undefined : copyExternal ? row.copy_url : `${base.replace(/\/$/, '')}${row.copy_url}`;
  return {
    ...row,
    href: row.url || undefined,
    host: row.url ? hostOf(row.url) : undefined,
    copyHref,
    copyHost: copyExternal ? hostOf(row.copy_url) : undefined,
    copyExternal,
  };
}

let cache: Map<string, Source> | undefined;

/** All sources by id, in the registry's order (the article first). */
export function getSources(): Map<string, Source> {
  if (cache) return cache;
  const rows = readCsv(SOURCES_FILE, sourceSchema, { unique: 'id' });
  const sources = new Map(rows.map((row) => [row.id, toSource(row, import.meta.env.BASE_URL)]));
  assertPrimaryLinks([...sources.values()], nonPublisherHosts(), SOURCES_FILE);
  cache = sources;
  return cache;
}

export function getSource(id: string, usedIn = 'the story'): Source {
  const source = getSources().get(id);
  if (!source) throw new ContentError(`${usedIn}: unknown source id "${id}". Add it to ${SOURCES_FILE} or fix the id.`);
  return source;
}

/**
 * A translation's words for the registry (content/<lang>/data/sources.yaml):
 * for every source id, its note and, where it has a usual form in the
 * language, its publisher. Titles stay in their original language.
 */
const sourceWordsSchema = z.record(z.string(), z.strictObject({ publisher: z.string().min(2).optional(), note: z.string() }));

const translatedSources = new Map<string, Map<string, Source>>();

/** All sources in a language: notes (and publishers where given) translated. */
export function getSourcesIn(lang: Lang): Map<string, Source> {
  const words = wordsOf(lang);
  if (words === SOURCE_LANG) return getSources();
  let sources = translatedSources.get(words);
  if (!sources) {
    const { file, data } = readTranslatedYaml(SOURCES_FILE.replace(/\.csv$/, '.yaml'), lang);
    const entries = parseOrThrow(sourceWordsSchema, data, { file });
    assertSameIds(file, getSources().keys(), Object.keys(entries), {
      missing: (id) => `no entry for the source "${id}" of ${SOURCES_FILE}. Add its note (and publisher, if it has a usual form).`,
      extra: (id) => `"${id}" is not a source id of ${SOURCES_FILE}.`,
    });
    sources = new Map();
    for (const [id, source] of getSources()) {
      const entry = entries[id] as (typeof entries)[string];
      if ((entry.note === '') !== (source.note === '')) throw new ContentError(`${file}: the note of "${id}" is ${entry.note === '' ? 'empty' : 'written'}, but in ${SOURCES_FILE} it is ${source.note === '' ? 'empty' : 'written'}.`);
      sources.set(id, { ...source, publisher: entry.publisher ?? source.publisher, note: entry.note });
    }
    translatedSources.set(words, sources);
  }
  return sources;
}

export function getSourceIn(id: string, lang: Lang, usedIn = 'the story'): Source {
  getSource(id, usedIn);
  return getSourcesIn(lang).get(id) as Source;
}

/** The address of a source's entry on the /sources/ page. */
export function sourceEntryHref(id: string, lang: Lang = SOURCE_LANG): string {
  return `${import.meta.env.BASE_URL}${localPath('sources/', lang)}#source-${id}`;
}

export function sourceDate(source: SourceRow, lang: Lang = SOURCE_LANG): string {
  const ui = uiFor(lang);
  return formatSourceDate(source.date, ui.locale, ui.undated);
}

/** What a citation note shows about a source. */
export function describeSource(id: string, lang: Lang = SOURCE_LANG): NoteSource {
  const ui = uiFor(lang);
  const source = getSourceIn(id, lang);
  return {
    title: source.title,
    titleLang: textLang(source.title),
    publisher: source.publisher,
    date: sourceDate(source, lang),
    href: source.href,
    host: source.host,
    copyHref: source.copyHref,
    copyHost: source.copyHost,
    copyLabel: source.copy_kind ? ui.copyKinds[source.copy_kind] : undefined,
    copyExternal: source.copyExternal,
  };
}

/** Every outside address in the registry: the only outside links the story may carry. */
export function registeredAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const source of getSources().values()) {
    if (source.url) addresses.add(source.url);
    if (source.copyExternal) addresses.add(source.copy_url);
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
