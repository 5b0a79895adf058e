/**
 * The site's languages, in one place: their ids (the path prefix, also the
 * folder under content/ that holds their words), BCP 47 tags for lang and
 * hreflang, the locale for Intl (dates, numbers, lists), the name readers see
 * in the language switcher (in its own script, with a short form for narrow
 * screens), and which language's words
 * a language's pages are built from. English is the source language and has
 * no prefix. 简体 is written by hand; 繁體 is made from 简体 at build
 * (src/i18n/traditional.ts), so its pages are built from the 简体 words.
 *
 * Pure data, no file access: astro.config.mjs, pages, middleware and tests
 * all import it.
 */
export const LANGUAGES = [
  { id: 'en', tag: 'en', prefix: '', locale: 'en-GB', ogLocale: 'en_GB', name: 'English', shortName: 'English', words: 'en' },
  { id: 'zh-hans', tag: 'zh-Hans', prefix: 'zh-hans/', locale: 'zh-CN', ogLocale: 'zh_CN', name: '简体中文', shortName: '简体', words: 'zh-hans' },
  { id: 'zh-hant', tag: 'zh-Hant', prefix: 'zh-hant/', locale: 'zh-TW', ogLocale: 'zh_TW', name: '繁體中文', shortName: '繁體', words: 'zh-hans' },
] as const;

export type Language = (typeof LANGUAGES)[number];
export type Lang = Language['id'];
/** A language whose words are written in content files (繁體 is derived, so it has none). */
export type WordsLang = Language['words'];

export const SOURCE_LANG = 'en' satisfies Lang;

export const LANG_IDS: readonly Lang[] = LANGUAGES.map((language) => language.id);

export function isLang(id: string): id is Lang {
  return (LANG_IDS as readonly string[]).includes(id);
}

export function language(lang: Lang): Language {
  const found = LANGUAGES.find((entry) => entry.id === lang);
  if (!found) throw new Error(`Unknown language "${lang}" (known: ${LANG_IDS.join(', ')}).`);
  return found;
}

/** The language whose content files a language's pages read. */
export function wordsOf(lang: Lang): WordsLang {
  return language(lang).words;
}

/**
 * True for a language whose pages are made from another language's words
 * rather than written: 繁體, converted from the 简体 words at build
 * (src/i18n/traditional.ts), the one such language.
 */
export function isConverted(lang: Lang): boolean {
  return wordsOf(lang) !== lang;
}

/** True for a language written in Chinese characters. */
export function isChinese(lang: Lang): boolean {
  return lang !== 'en';
}

/** The value of a `[...lang]` route parameter for a language: none for English. */
export function langParam(lang: Lang): string | undefined {
  return language(lang).prefix === '' ? undefined : lang;
}

/** getStaticPaths entries for a page that exists in every language. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGUAGES.map((entry) => ({ params: { lang: langParam(entry.id) }, props: { lang: entry.id } }));
}

/** A path under the base in a language: ("chapters/x/", "zh-hans") → "zh-hans/chapters/x/". */
export function localPath(path: string, lang: Lang): string {
  return `${language(lang).prefix}${path.replace(/^\//, '')}`;
}

/**
 * The language of a path under the base, and the path without its language
 * prefix: "zh-hant/chapters/x/" → { lang: "zh-hant", path: "chapters/x/" }.
 */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const clean = path.replace(/^\//, '');
  for (const entry of LANGUAGES) {
    if (entry.prefix === '') continue;
    const bare = entry.prefix.slice(0, -1);
    if (clean === bare || clean.startsWith(entry.prefix)) return { lang: entry.id, path: clean.slice(entry.prefix.length) };
  }
  return { lang: SOURCE_LANG, path: clean };
}

/** The language of a page from its address (pathname includes the base). */
export function langOfUrl(url: URL, base: string): Lang {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const pathname = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname.replace(/^\//, '');
  return splitLangPath(pathname).lang;
}
