/**
 * The built site as files: every page (found in dist/, so new pages are
 * covered without a list to update), parsed once, and addresses resolved to
 * the files a static host would serve. DIST_DIR points the checks at another
 * build (the checks' own tests run them on a deliberately broken copy).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import config from '../../astro.config.mjs';
import { HtmlPage } from './html.ts';
import { LANGUAGES, SOURCE_LANG, splitLangPath, type Lang } from './site.ts';

export const DIST = process.env.DIST_DIR ?? 'dist';
/** The public address the site is built for (SITE_URL at build), as astro.config.mjs reads it. */
export const SITE = new URL(config.site ?? 'http://localhost/');
/** Whether the build was given the site's address: only then does it write canonical, card and sitemap addresses. */
export const SITE_SET = Boolean(config.site);
/** The path the site is built under (BASE_PATH at build), starting and ending with "/". */
export const BASE = (config.base ?? '/').endsWith('/') ? (config.base ?? '/') : `${config.base}/`;

/** Every index.html of the build, as an address relative to the base: "" or "chapters/x/". */
function indexPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(relative(root, dir).split('\\').join('/'));
    }
  };
  walk(root);
  return pages.map((page) => (page === '' ? '' : `${page}/`)).sort();
}

/** Whether a built page only sends the reader on (an old address, astro.config.mjs's redirects). */
const isRedirect = (root: string, address: string) => /<meta http-equiv="refresh"/i.test(readFileSync(join(root, fileOf(address)), 'utf8'));

/** Every page of the build that has its own folder, as an address relative to the base, redirects left out. */
export function builtPages(root: string = DIST): string[] {
  return indexPages(root).filter((address) => !isRedirect(root, address));
}

/** The redirect pages of the build: old addresses that send the reader on. */
export function redirectPages(root: string = DIST): string[] {
  return indexPages(root).filter((address) => isRedirect(root, address));
}

/** The redirects the build is configured with (astro.config.mjs), old path → new address. */
export const REDIRECTS: Record<string, string> = Object.fromEntries(Object.entries(config.redirects ?? {}).map(([from, to]) => [from, typeof to === 'string' ? to : to.destination]));

/** Every HTML page a static host serves: the folders' pages plus top-level files such as 404.html (and each language's, zh-hans/404.html). */
export function allPages(root: string = DIST): string[] {
  const folders = ['', ...LANGUAGES.map((entry) => entry.prefix).filter((prefix) => prefix !== '' && existsSync(join(root, prefix)))];
  const files = folders.flatMap((folder) => readdirSync(join(root, folder)).filter((name) => name.endsWith('.html') && name !== 'index.html').map((name) => `${folder}${name}`));
  return [...builtPages(root), ...files].sort();
}

/** The language of a page address, and the address without its language prefix: "zh-hant/chapters/x/" → zh-hant, "chapters/x/". */
export function languageOf(address: string): { lang: Lang; bare: string } {
  const { lang, path } = splitLangPath(address);
  return { lang, bare: path };
}

/** The English pages: what the content-level checks compare with the English content files (tests/dist/languages.test.ts checks the Chinese editions against them). */
export function englishPages(root: string = DIST): string[] {
  return allPages(root).filter((address) => languageOf(address).lang === SOURCE_LANG);
}

/** An embed page, in any language. */
export function isEmbedAddress(address: string): boolean {
  return languageOf(address).bare.startsWith('embed/');
}

/** A readable test-title form of a page address: "/" or "/chapters/x/". */
export function label(address: string): string {
  return `/${address}`;
}

/** The built file behind a page address: "" → index.html, "chapters/x/" → chapters/x/index.html. */
export function fileOf(address: string): string {
  return address === '' || address.endsWith('/') ? `${address}index.html` : address;
}

const parsed = new Map<string, HtmlPage>();

/** A built page, parsed (once per run). */
export function page(address: string): HtmlPage {
  let found = parsed.get(address);
  if (!found) {
    found = new HtmlPage(readFileSync(join(DIST, fileOf(address)), 'utf8'));
    parsed.set(address, found);
  }
  return found;
}

export function readBuilt(file: string): Buffer {
  return readFileSync(join(DIST, file));
}

export function builtFileExists(file: string): boolean {
  return existsSync(join(DIST, file)) && statSync(join(DIST, file)).isFile();
}

/** Where a page lives as a URL on a stand-in host, for resolving its relative links. */
const HOST = 'http://site.invalid';
export function urlOf(address: string): URL {
  return new URL(`${BASE}${address}`, HOST);
}

export interface Target {
  /** The page address the link leads to ("" for the story), or undefined when it leaves the site or finds no page. */
  address?: string;
  /** The built file it leads to, when it is a file in the build. */
  file?: string;
  /** The fragment without "#", or "". */
  fragment: string;
}

/**
 * Where a link on `from` leads inside the build: relative links, and absolute
 * ones on the site's own address (canonical, card and citation addresses)
 * under the base. Links to other hosts lead nowhere in the build.
 */
export function resolveLink(from: string, href: string): Target {
  const url = new URL(href, urlOf(from));
  const fragment = decodeURIComponent(url.hash.slice(1));
  const path = decodeURIComponent(url.pathname);
  if (url.origin !== HOST && url.origin !== SITE.origin) return { fragment };
  if (!path.startsWith(BASE)) return { fragment };
  const inside = path.slice(BASE.length);
  if (inside === '' || inside.endsWith('/')) return builtFileExists(fileOf(inside)) ? { address: inside, file: fileOf(inside), fragment } : { fragment };
  if (!builtFileExists(inside)) return { fragment };
  return { address: inside.endsWith('.html') ? inside : undefined, file: inside, fragment };
}

/** The page address behind an absolute or relative URL's path (canonical links, sitemap entries). */
export function addressOfPath(pathname: string): string | undefined {
  return pathname.startsWith(BASE) ? pathname.slice(BASE.length) : undefined;
}
