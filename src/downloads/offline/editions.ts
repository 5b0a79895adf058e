/**
 * The offline editions: the whole story as one HTML file that opens from a
 * disk with no network, and the same file printed to PDF, one pair per
 * language. The build writes them (offline-integration.ts) from each
 * language's built story page; the footer and the data page link to them.
 *
 * Turning a language on is one line: add it to OFFLINE_LANGUAGES once its
 * story page is built (dist/<lang>/index.html). Everything else (the files'
 * names, the page they are made from, the fonts, the links) follows from the
 * language.
 */
import { existsSync } from 'node:fs';
import type { ChineseScript } from '../../fonts/cjk-slices.ts';
import { isChinese, isLang, LANG_IDS, language, wordsOf, type Lang } from '../../i18n/languages.ts';
import { isInstalled } from '../../shared/installed.ts';

/** The languages that get an offline edition (src/i18n/languages.ts): all of them. A language's id is also its folder on the site. */
export const OFFLINE_LANGUAGES: readonly Lang[] = LANG_IDS;

/**
 * The interface words file of a language (the note at the top of the file).
 * 繁體 has no words file of its own: its pages are made from the 简体 words,
 * and so is its note (offline-integration.ts converts it like its pages).
 */
export function uiFile(lang: Lang): string {
  return `content/ui/${wordsOf(lang)}.json`;
}

/**
 * The fonts of a file. "core": the serif's core, written in (static-weights.ts);
 * the rest of the text in the system's fonts. "system": no font written in;
 * Chinese text is set in the reader's own CJK fonts (PingFang, Noto CJK,
 * Microsoft YaHei…), as the Chinese pages are, and a CJK web font would be
 * megabytes. (Its PDF is printed from a copy that carries a cut CJK font:
 * `printFont`.)
 */
export type EditionFonts = 'core' | 'system';

/** Where the files live, under the site's base. */
export const OFFLINE_FOLDER = 'offline';

/** The largest an offline file may be, in bytes (raw, as it is passed on by a messaging app or a USB stick). */
export const OFFLINE_MAX_BYTES = 600 * 1024;

export type EditionFormat = 'html' | 'pdf';

export interface OfflineEdition {
  lang: Lang;
  /** The story page it is made from, relative to the base: "" or "zh-hans/". */
  page: string;
  /** The files' paths relative to the base, e.g. "offline/overseas-110-en.html". */
  html: string;
  pdf: string;
  /** Whether the build prints the PDF (when it has a Chromium): every edition. */
  printed: boolean;
  /**
   * The Chinese script whose font the print source carries, cut to the
   * page's characters (print-fonts.ts): the HTML file of a Chinese edition
   * leaves the type to the reader's system, but a PDF must carry its CJK
   * font, and Chromium would embed whatever the build machine has (boxes on
   * a machine with none, CI's among them; megabytes on one with a large
   * face). None for English, whose file carries its own font.
   */
  printFont: ChineseScript | undefined;
  fonts: EditionFonts;
}

/** The script of a Chinese language, as its pages' `lang` names it. */
function chineseScript(lang: Lang): ChineseScript {
  const { tag } = language(lang);
  if (tag !== 'zh-Hans' && tag !== 'zh-Hant') throw new Error(`Offline edition "${lang}": no Chinese print font for the language tag "${tag}" (print-fonts.ts).`);
  return tag;
}

/** The edition of one language (whether or not it is switched on). */
export function offlineEdition(lang: Lang): OfflineEdition {
  const file = (format: EditionFormat) => `${OFFLINE_FOLDER}/overseas-110-${lang}.${format}`;
  return { lang, page: lang === 'en' ? '' : `${lang}/`, html: file('html'), pdf: file('pdf'), printed: true, printFont: isChinese(lang) ? chineseScript(lang) : undefined, fonts: isChinese(lang) ? 'system' : 'core' };
}

/** Every edition the build writes. */
export function offlineEditions(languages: readonly Lang[] = OFFLINE_LANGUAGES): OfflineEdition[] {
  return languages.map(offlineEdition);
}

/**
 * The edition for a page's language (the `lang` of content/ui/<lang>.json,
 * "en" or "zh-Hans"), or undefined when that language has none yet.
 */
export function editionForPage(pageLang: string, languages: readonly Lang[] = OFFLINE_LANGUAGES): OfflineEdition | undefined {
  const lang = pageLang.toLowerCase();
  return isLang(lang) && languages.includes(lang) ? offlineEdition(lang) : undefined;
}

/** Debian's Chromium, where the browser tests look for it too (playwright.config.ts). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Whether Playwright, which drives Chromium, is installed (it is a development dependency). */
function playwrightInstalled(): boolean {
  return isInstalled('@playwright/test');
}

/**
 * The Chromium that prints the PDFs: CHROMIUM_PATH, else Debian's, if the
 * file is there and Playwright is installed to drive it. Undefined means no
 * PDFs: the build warns and the pages leave the PDF links out.
 */
export function pdfChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync, canDrive: () => boolean = playwrightInstalled): string | undefined {
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  return exists(path) && canDrive() ? path : undefined;
}
