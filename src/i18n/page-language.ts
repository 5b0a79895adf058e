/**
 * The language of the page being built, from its address, for components:
 * `const lang = pageLang(Astro)`. Every page lives at one address per language
 * (src/pages/[...lang]/), so a component never needs the language passed down.
 */
import { langOfUrl, localPath, type Lang } from './languages';
import { uiFor, type UiStrings } from '../shared/ui';

interface PageContext {
  url: URL;
}

export function pageLang(astro: PageContext): Lang {
  return langOfUrl(astro.url, import.meta.env.BASE_URL);
}

export function pageUi(astro: PageContext): UiStrings {
  return uiFor(pageLang(astro));
}

/** A root-relative link to a path of the site in a language: ("glossary/", "zh-hans") → "/zh-hans/glossary/". */
export function hrefIn(path: string, lang: Lang): string {
  return `${import.meta.env.BASE_URL}${localPath(path, lang)}`;
}
