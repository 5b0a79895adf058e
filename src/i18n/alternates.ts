/**
 * The same page in every language: for the language switcher and the
 * hreflang alternates. Addresses are the page's path under the base with the
 * language's prefix; absolute when the build knows the site's address
 * (SITE_URL), else root-relative (search engines use only absolute ones; the
 * switcher needs neither).
 */
import { LANGUAGES, SOURCE_LANG, localPath, splitLangPath, type Lang } from './languages';
import { handedOutUrl } from '../shared/site-address';

export interface Alternate {
  lang: Lang;
  /** BCP 47 tag for hreflang and lang. */
  tag: string;
  /** The language's name in its own script, and its short form. */
  name: string;
  shortName: string;
  href: string;
}

/** The page at `pathname` (which includes the base) in every language. */
export function alternatesOf(pathname: string, base: string, site: string | undefined): Alternate[] {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const underBase = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '');
  const { path: found } = splitLangPath(underBase);
  // A not-found page stands for no address: its alternates are the languages' front pages.
  const path = /^404(?:\.html|\/)?$/.test(found) ? '' : found;
  return LANGUAGES.map((language) => ({ lang: language.id, tag: language.tag, name: language.name, shortName: language.shortName, href: handedOutUrl(localPath(path, language.id), site, base) }));
}

/** The address for x-default: the English page, the site's source language. */
export function defaultAlternate(alternates: readonly Alternate[]): Alternate | undefined {
  return alternates.find((alternate) => alternate.lang === SOURCE_LANG);
}
