/**
 * The glossary, read from content/glossary.yaml and checked once per build.
 * Term (in chapters), the glossary page and the classroom guide all read it here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseGlossary, type GlossaryEntry } from './glossary-rules';
import { ContentError } from '../shared/validation-error';

export const GLOSSARY_FILE = 'content/glossary.yaml';

let cache: Map<string, GlossaryEntry> | undefined;

export function getGlossary(): Map<string, GlossaryEntry> {
  cache ??= parseGlossary(parse(readFileSync(GLOSSARY_FILE, 'utf8')), GLOSSARY_FILE);
  return cache;
}

/** One entry, or a build error naming the place that asked for an unknown id. */
export function getTerm(id: string, usedIn: string): GlossaryEntry {
  const entry = getGlossary().get(id);
  if (!entry) throw new ContentError(`${usedIn}: unknown glossary term "${id}". Add it to ${GLOSSARY_FILE} or fix the id.`);
  return entry;
}

/** Address of a term's entry on the glossary page. */
export function glossaryHref(id: string): string {
  return `${import.meta.env.BASE_URL}glossary/#${id}`;
}

/** Id of the element that marks a term's first use in a chapter (its <dfn>). */
export function termAnchorId(id: string): string {
  return `term-${id}`;
}
