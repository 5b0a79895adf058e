/**
 * Reader-facing interface words (buttons, labels, navigation, and the
 * templates that join words and numbers: "Chapter {n}" / "第{n}章"). They live
 * in content/ui/<lang>.json so a translation changes words, not code. English
 * is the source: a translation must have every key, with the same kind of
 * value and the same {placeholders}, or the build stops naming the file and
 * the key. 繁體 uses the 简体 words (converted with the rest of the page).
 * `lang`, `locale` and `ogLocale` come from the language model (src/i18n/languages.ts).
 */
import en from '../../content/ui/en.json';
import zhHans from '../../content/ui/zh-hans.json';
import { language, wordsOf, type Lang, type WordsLang } from '../i18n/languages';
import { placeholdersIn } from './text-template';
import { ContentError } from './validation-error';

export type UiStrings = typeof en;

const FILES: Record<WordsLang, { file: string; words: unknown }> = {
  en: { file: 'content/ui/en.json', words: en },
  'zh-hans': { file: 'content/ui/zh-hans.json', words: zhHans },
};

/** Keys the language model (src/i18n/languages.ts) decides; a words file must agree with it. */
const MODEL_KEYS = ['lang', 'locale', 'ogLocale'] as const;

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return value === null ? 'null' : typeof value;
}

/** Checks a translation's words against the English ones: same keys, kinds and placeholders. */
export function assertSameShape(source: unknown, translation: unknown, file: string, path = ''): void {
  const where = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof source === 'string') {
    if (typeof translation !== 'string') throw new ContentError(`${file}: "${path}" must be text (as in content/ui/en.json), not ${kindOf(translation)}.`);
    const wanted = placeholdersIn(source).sort().join(', ');
    const found = placeholdersIn(translation).sort().join(', ');
    if (wanted !== found) throw new ContentError(`${file}: "${path}" has the placeholders {${found}}; content/ui/en.json has {${wanted}}.`);
    return;
  }
  if (Array.isArray(source)) {
    if (!Array.isArray(translation) || translation.length !== source.length) throw new ContentError(`${file}: "${path}" must be a list of ${source.length}, as in content/ui/en.json (it is ${kindOf(translation)}).`);
    source.forEach((item, index) => assertSameShape(item, translation[index], file, where(String(index))));
    return;
  }
  if (typeof source === 'object' && source !== null) {
    if (typeof translation !== 'object' || translation === null || Array.isArray(translation)) throw new ContentError(`${file}: "${path}" must be an object of words, as in content/ui/en.json.`);
    for (const key of Object.keys(source)) {
      if (!(key in translation)) throw new ContentError(`${file}: the key "${where(key)}" is missing (content/ui/en.json has it). Add its translation.`);
      assertSameShape((source as Record<string, unknown>)[key], (translation as Record<string, unknown>)[key], file, where(key));
    }
    for (const key of Object.keys(translation)) {
      if (!(key in source)) throw new ContentError(`${file}: the key "${where(key)}" is not in content/ui/en.json. Remove it, or add it there first.`);
    }
  }
}

const cache = new Map<Lang, UiStrings>();

/** The interface words of a language, checked against English once per build. */
export function uiFor(lang: Lang): UiStrings {
  let words = cache.get(lang);
  if (!words) {
    const { file, words: raw } = FILES[wordsOf(lang)];
    assertSameShape(en, raw, file);
    const model = language(lang);
    const checked = raw as UiStrings;
    for (const key of MODEL_KEYS) {
      const wanted = key === 'lang' ? language(wordsOf(lang)).tag : key === 'locale' ? language(wordsOf(lang)).locale : language(wordsOf(lang)).ogLocale;
      if (checked[key] !== wanted) throw new ContentError(`${file}: "${key}" is "${checked[key]}", but src/i18n/languages.ts gives "${wanted}" for ${wordsOf(lang)}.`);
    }
    words = { ...checked, lang: model.tag, locale: model.locale, ogLocale: model.ogLocale };
    cache.set(lang, words);
  }
  return words;
}
