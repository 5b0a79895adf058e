/**
 * Place names of the data (cities, countries, continents in
 * content/data/*.csv) as a language writes them, from
 * content/<lang>/data/place-names.yaml. English uses the data's own names.
 * A name the charts show with no entry stops the build, naming the file and
 * the name.
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { readTranslatedYaml } from './content-files';
import { SOURCE_LANG, wordsOf, type Lang } from './languages';

export const PLACE_NAMES_FILE = 'content/data/place-names.yaml';

const cache = new Map<string, { file: string; names: Record<string, string> }>();

function namesOf(lang: Lang): { file: string; names: Record<string, string> } {
  const words = wordsOf(lang);
  let entry = cache.get(words);
  if (!entry) {
    const { file, data } = readTranslatedYaml(PLACE_NAMES_FILE, lang);
    entry = { file, names: parseOrThrow(z.record(z.string(), z.string().min(1)), data, { file }) };
    cache.set(words, entry);
  }
  return entry;
}

export function placeName(name: string, lang: Lang, usedIn: string): string {
  if (wordsOf(lang) === SOURCE_LANG) return name;
  const { file, names } = namesOf(lang);
  const translated = names[name];
  if (translated === undefined) throw new ContentError(`${file}: no name for "${name}" (used by ${usedIn}). Add "${name}": "…".`);
  return translated;
}
