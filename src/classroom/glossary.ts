/**
 * The glossary (content/glossary.yaml), read and checked once per build, and
 * its rules: what an entry must hold, and how chapters use it. Each term is
 * marked once, with <Term id="…">, where the story first uses it; an id that
 * is not in the glossary, or a term marked twice, is a content error that
 * names the file and the id. Term (in chapters), the glossary page and the
 * classroom guide all read it here.
 */
import { z } from 'zod';
import { stableId } from '../shared/stable-id';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { readMirroredYaml } from '../i18n/content-files';
import { SOURCE_LANG, localPath, wordsOf, type Lang } from '../i18n/languages';

export const glossaryEntrySchema = z.strictObject({
  /** Stable id, used in <Term id="…"> and as the entry's address on /glossary/. */
  id: stableId,
  /** The term as readers see it in the glossary. */
  term: z.string().min(2, 'must name the term'),
  /** One or two plain sentences. */
  definition: z.string().min(20, 'must be at least one full sentence').max(400, 'must be short: 400 characters at most'),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Checks the parsed YAML of a glossary file and indexes its entries by id. */
export function parseGlossary(data: unknown, file: string): Map<string, GlossaryEntry> {
  const entries = parseOrThrow(z.array(glossaryEntrySchema).min(1, 'must list at least one term'), data, { file });
  const byId = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new ContentError(`${file}: the term id "${entry.id}" is listed twice.`);
    byId.set(entry.id, entry);
  }
  return byId;
}

const TERM_TAG = /<Term\b[^>]*?\bid="([^"]*)"/g;

/** Ids of every <Term> in an MDX body, in reading order. */
export function termIdsOfMdx(body: string): string[] {
  return [...body.matchAll(TERM_TAG)].map((match) => match[1] ?? '');
}

export interface TermUse {
  /** Term id. */
  id: string;
  /** Project-relative path of the file that marks it. */
  file: string;
}

/**
 * Every marked term must exist in the glossary and be marked only once in the
 * story (at its first use), so that its definition appears once per page.
 */
export function assertTermUses(uses: readonly TermUse[], glossary: ReadonlyMap<string, GlossaryEntry>, glossaryFile: string): void {
  const seen = new Map<string, string>();
  for (const { id, file } of uses) {
    if (!glossary.has(id)) {
      throw new ContentError(`${file}: <Term id="${id}"> names a term that is not in ${glossaryFile}. Add it there or fix the id.`);
    }
    const first = seen.get(id);
    if (first) {
      throw new ContentError(
        `${file}: the term "${id}" is already marked with <Term> in ${first}. Mark a term only where the story first uses it.`,
      );
    }
    seen.set(id, file);
  }
}

/** Glossary entries in alphabetical order of the term, ignoring quotation marks and case. */
export function alphabetical(entries: Iterable<GlossaryEntry>, locale = 'en'): GlossaryEntry[] {
  const key = (entry: GlossaryEntry) => entry.term.replace(/^["“‘']+/, '');
  return [...entries].sort((a, b) => key(a).localeCompare(key(b), locale, { sensitivity: 'base' }));
}

export const GLOSSARY_FILE = 'content/glossary.yaml';

const cache = new Map<string, Map<string, GlossaryEntry>>();

/** The glossary in a language; a translation keeps every id, in the same order. */
export function getGlossary(lang: Lang = SOURCE_LANG): Map<string, GlossaryEntry> {
  const words = wordsOf(lang);
  let glossary = cache.get(words);
  if (!glossary) {
    const { file, data } = readMirroredYaml(GLOSSARY_FILE, lang);
    glossary = parseGlossary(data, file);
    cache.set(words, glossary);
  }
  return glossary;
}

/** One entry, or a build error naming the place that asked for an unknown id. */
export function getTerm(id: string, usedIn: string, lang: Lang = SOURCE_LANG): GlossaryEntry {
  const entry = getGlossary(lang).get(id);
  if (!entry) throw new ContentError(`${usedIn}: unknown glossary term "${id}". Add it to ${GLOSSARY_FILE} or fix the id.`);
  return entry;
}

/** Address of a term's entry on the glossary page. */
export function glossaryHref(id: string, lang: Lang = SOURCE_LANG): string {
  return `${import.meta.env.BASE_URL}${localPath('glossary/', lang)}#${id}`;
}

/** Id of the element that marks a term's first use in a chapter (its <dfn>). */
export function termAnchorId(id: string): string {
  return `term-${id}`;
}
