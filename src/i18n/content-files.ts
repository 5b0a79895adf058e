/**
 * Where a language's words live, and the rule every translated file keeps:
 * it mirrors its English original. English is `content/<path>`; 简体 is
 * `content/zh-hans/<path>` (see /work/notes/i18n-format.md); 繁體 has no
 * files (it is made from 简体). A translation may change words only: the same
 * keys, the same number of list items, and identical ids, dates, states and
 * source lists. A missing file or a mismatch stops the build naming the file
 * and the place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ContentError } from '../shared/validation-error';
import { SOURCE_LANG, wordsOf, type Lang, type WordsLang } from './languages';

/** The file holding a language's version of an English content file: ("content/glossary.yaml", "zh-hans") → "content/zh-hans/glossary.yaml". */
export function translatedFile(englishFile: string, lang: Lang | WordsLang): string {
  const words = wordsOf(lang as Lang);
  if (words === SOURCE_LANG) return englishFile;
  if (!englishFile.startsWith('content/')) throw new Error(`${englishFile} is not under content/`);
  return `content/${words}/${englishFile.slice('content/'.length)}`;
}

/** Reads a translated file, or stops the build saying which file is missing and what it translates. */
export function readTranslated(englishFile: string, lang: Lang | WordsLang): { file: string; text: string } {
  const file = translatedFile(englishFile, lang);
  if (!existsSync(file)) throw new ContentError(`${file}: missing. It is the ${wordsOf(lang as Lang)} version of ${englishFile}; every reader-facing file needs one.`);
  return { file, text: readFileSync(file, 'utf8') };
}

/** Parses a translated YAML file (the English file itself for English). */
export function readTranslatedYaml(englishFile: string, lang: Lang | WordsLang): { file: string; data: unknown } {
  const { file, text } = readTranslated(englishFile, lang);
  return { file, data: parse(text) as unknown };
}

export interface MirroredOptions {
  /** Keys a translation keeps exactly (default KEPT_KEYS). */
  kept?: ReadonlySet<string>;
  /** What of each file is compared (default: all of it), e.g. leaving out entries a translation chooses for itself. */
  compared?: (data: unknown) => unknown;
}

/**
 * A content file in a language, parsed: the English file itself, or its
 * translation once checked to mirror the English (assertMirrors). Returns the
 * data and the file it came from, for the messages of later checks.
 */
export function readMirroredYaml(englishFile: string, lang: Lang | WordsLang, { kept = KEPT_KEYS, compared = (data) => data }: MirroredOptions = {}): { file: string; data: unknown } {
  const original = parse(readFileSync(englishFile, 'utf8')) as unknown;
  if (wordsOf(lang as Lang) === SOURCE_LANG) return { file: englishFile, data: original };
  const translated = readTranslatedYaml(englishFile, lang);
  assertMirrors(compared(original), compared(translated.data), { original: englishFile, translation: translated.file }, kept);
  return translated;
}

/**
 * A translation that gives words by id (`id: words`) covers exactly the ids
 * of its English table: the first id missing, then the first id too many,
 * stops the build with the message made for it (naming `file`).
 */
export function assertSameIds(file: string, expected: Iterable<string>, given: Iterable<string>, messages: { missing: (id: string) => string; extra: (id: string) => string }): void {
  const want = new Set(expected);
  const have = new Set(given);
  const missing = [...want].find((id) => !have.has(id));
  if (missing !== undefined) throw new ContentError(`${file}: ${messages.missing(missing)}`);
  const extra = [...have].find((id) => !want.has(id));
  if (extra !== undefined) throw new ContentError(`${file}: ${messages.extra(extra)}`);
}

/** Keys whose values are not words: a translation keeps them exactly. */
export const KEPT_KEYS = new Set(['id', 'slug', 'order', 'date', 'state', 'chart', 'figure', 'sources', 'claim', 'src', 'published', 'updated', 'republished', 'chapter', 'chapters', 'terms', 'name', 'placeLabels']);

/** Kept keys whose values are names with spaces (place names of the data). */
const ALWAYS_KEPT = new Set(['placeLabels']);

/** A value that names rather than says: a number, a date, an id, or a list or set of them. Only these are compared under a kept key ("chapters" may also be a heading's words). */
function namesSomething(value: unknown): boolean {
  if (typeof value === 'number' || value instanceof Date) return true;
  if (typeof value === 'string') return !/\s/.test(value);
  if (Array.isArray(value)) return value.every(namesSomething);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(namesSomething);
  return false;
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const json = JSON.stringify(value) ?? 'nothing';
  return json.length > 160 ? `${json.slice(0, 159)}…` : json;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a instanceof Date ? a.toISOString() : a) === JSON.stringify(b instanceof Date ? b.toISOString() : b);
}

/**
 * Checks that a translation mirrors its original: same keys (except the
 * `optional` ones a translation may leave out), lists of the same length, and
 * the values of `kept` keys identical. Throws naming the translated file and
 * the path of the first difference.
 */
export function assertMirrors(original: unknown, translation: unknown, files: { original: string; translation: string }, kept: ReadonlySet<string> = KEPT_KEYS, path = ''): void {
  const at = path === '' ? 'the top level' : `"${path}"`;
  const fail = (problem: string) => {
    throw new ContentError(`${files.translation}: ${at} ${problem} (compared with ${files.original}).`);
  };
  if (Array.isArray(original)) {
    if (!Array.isArray(translation)) return fail(`must be a list, as in the original (it is ${describe(translation)})`);
    if (translation.length !== original.length) return fail(`has ${translation.length} items; the original has ${original.length}`);
    original.forEach((item, index) => assertMirrors(item, translation[index], files, kept, `${path}[${index}]`));
    return;
  }
  if (typeof original === 'object' && original !== null && !(original instanceof Date)) {
    if (typeof translation !== 'object' || translation === null || Array.isArray(translation)) return fail(`must be a set of fields, as in the original (it is ${describe(translation)})`);
    const originalKeys = Object.keys(original);
    const translatedKeys = Object.keys(translation);
    const missing = originalKeys.find((key) => !translatedKeys.includes(key));
    if (missing !== undefined) return fail(`lacks the field "${missing}"`);
    const extra = translatedKeys.find((key) => !originalKeys.includes(key));
    if (extra !== undefined) return fail(`has the field "${extra}", which the original does not`);
    for (const key of originalKeys) {
      const child = path === '' ? key : `${path}.${key}`;
      const a = (original as Record<string, unknown>)[key];
      const b = (translation as Record<string, unknown>)[key];
      if (kept.has(key) && (ALWAYS_KEPT.has(key) || namesSomething(a))) {
        if (!same(a, b)) throw new ContentError(`${files.translation}: "${child}" is ${describe(b)}, but ${files.original} has ${describe(a)}. Ids, dates, states and source lists stay as in the original.`);
        continue;
      }
      assertMirrors(a, b, files, kept, child);
    }
  }
}
