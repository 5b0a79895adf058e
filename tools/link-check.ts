/**
 * Checks every address in a built site without a network: each link, asset,
 * card image and embed that points into the site must name a file in the
 * build (under the site's base path), and each #fragment an id on the target
 * page. Resources (scripts, styles, images, frames, fonts) must come from the
 * site itself, because the story fetches nothing from another host.
 */
import { type HtmlElement, idsOf } from '../src/security/html-document.ts';

export interface BuiltSite {
  /** The site's public origin and path, e.g. "https://news.example.org" (Astro's `site`). */
  site: string;
  /** Base path the site is built for, starting and ending with "/". */
  base: string;
  /** Every file of the build, relative to the output folder, with "/" separators. */
  files: Set<string>;
  /** Parsed HTML pages by file ("index.html", "chapters/x/index.html"). */
  pages: Map<string, HtmlElement[]>;
  /** Raw text of every HTML page, to find addresses written as text (embed codes). */
  pageText: Map<string, string>;
  /** Stylesheets by file, for url() references. */
  styles: Map<string, string>;
}

export interface LinkProblem {
  /** The built file the reference is in. */
  file: string;
  /** 1-based line, or 0 when unknown (CSS files). */
  line: number;
  /** The reference as written. */
  reference: string;
  problem: string;
}

interface Reference {
  value: string;
  line: number;
  /** True when the browser fetches it while showing the page (not a link the reader follows). */
  loads: boolean;
}

// Attributes that hold one address: [tag, attribute, loads].
const URL_ATTRIBUTES: [string, string, boolean][] = [
  ['a', 'href', false],
  ['area', 'href', false],
  ['form', 'action', false],
  ['button', 'formaction', false],
  ['blockquote', 'cite', false],
  ['q', 'cite', false],
  ['script', 'src', true],
  ['img', 'src', true],
  ['source', 'src', true],
  ['iframe', 'src', true],
  ['embed', 'src', true],
  ['object', 'data', true],
  ['video', 'src', true],
  ['video', 'poster', true],
  ['audio', 'src', true],
  ['track', 'src', true],
  ['input', 'src', true],
  ['use', 'href', true],
  ['use', 'xlink:href', true],
  ['image', 'href', true],
  ['image', 'xlink:href', true],
  ['astro-island', 'component-url', true],
  ['astro-island', 'renderer-url', true],
  ['astro-island', 'before-hydration-url', true],
];

// <link rel> values the browser follows on its own; others (canonical, alternate…) are links.
const LOADING_RELS = /\b(stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest|mask-icon)\b/i;
// <meta> tags whose content is an address other sites read (share cards).
const URL_METAS = /^(og:image|og:image:url|og:image:secure_url|og:url|twitter:image|twitter:image:src|twitter:player)$/i;

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (url) urls.push(url);
  }
  return urls;
}

function referencesOf(elements: HtmlElement[]): Reference[] {
  const references: Reference[] = [];
  for (const element of elements) {
    const { tag, attrs, line } = element;
    for (const [wantedTag, attribute, loads] of URL_ATTRIBUTES) {
      const value = tag === wantedTag ? attrs.get(attribute) : undefined;
      if (value !== undefined) references.push({ value, line, loads });
    }
    if (tag === 'link' && attrs.has('href')) references.push({ value: attrs.get('href') ?? '', line, loads: LOADING_RELS.test(attrs.get('rel') ?? '') });
    for (const attribute of ['srcset', 'imagesrcset']) {
      const srcset = attrs.get(attribute);
      if (srcset) for (const value of srcsetUrls(srcset)) references.push({ value, line, loads: true });
    }
    const metaName = attrs.get('property') ?? attrs.get('name') ?? '';
    if (tag === 'meta' && URL_METAS.test(metaName)) references.push({ value: attrs.get('content') ?? '', line, loads: false });
    if (tag === 'style') for (const value of cssUrls(element.text)) references.push({ value, line, loads: true });
    const style = attrs.get('style');
    if (style) for (const value of cssUrls(style)) references.push({ value, line, loads: true });
  }
  return references;
}

/** The address a built file is served at, relative to the origin: "chapters/x/index.html" → "/base/chapters/x/". */
export function servedPath(base: string, file: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** Fragments that need no element: the top of the page and text fragments. */
function isSpecialFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');
}

export function checkLinks(built: BuiltSite): LinkProblem[] {
  const origin = new URL(built.site).origin;
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsFor = (page: string) => {
    let ids = idCache.get(page);
    if (!ids) {
      ids = idsOf(built.pages.get(page) ?? []);
      idCache.set(page, ids);
    }
    return ids;
  };

  /** Finds what `value` (seen in `file`, served at `documentPath`) points to, and reports what is wrong with it. */
  const check = (file: string, documentPath: string, reference: Reference): string | undefined => {
    const value = reference.value.trim();
    if (value === '') return 'empty address';
    if (/^javascript:/i.test(value)) return 'javascript: addresses are inline script, which the CSP forbids';
    let url: URL;
    try {
      url = new URL(value, `${origin}${documentPath}`);
    } catch {
      return 'not a valid address';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return reference.loads && url.protocol !== 'data:' ? `loads a ${url.protocol} resource` : undefined;
    }
    if (url.origin !== origin) return reference.loads ? `loads a resource from another host (${url.host}); the site must fetch nothing from elsewhere` : undefined;
    // 404.html is served at whatever address was not found, so a relative address there points nowhere in particular.
    if (file === '404.html' && !/^([a-z]+:|\/|#)/i.test(value)) return '404.html is served at any address: use a root-relative address (starting with "/")';

    const pathname = decodeURI(url.pathname);
    if (!pathname.startsWith(built.base)) return `points outside the site's base path ${built.base}`;
    const relative = pathname.slice(built.base.length);
    let target: string;
    if (relative === '' || relative.endsWith('/')) target = `${relative}index.html`;
    else if (built.files.has(relative)) target = relative;
    else if (built.files.has(`${relative}/index.html`)) return `missing trailing slash (the page is ${pathname}/)`;
    else return `no file ${relative} in the build`;
    if (!built.files.has(target)) return `no page ${target} in the build`;

    const fragment = decodeURIComponent(url.hash.slice(1));
    if (isSpecialFragment(fragment) || !target.endsWith('.html')) return undefined;
    if (!idsFor(target).has(fragment)) return `no element with id="${fragment}" on ${servedPath(built.base, target)}`;
    return undefined;
  };

  for (const [file, elements] of built.pages) {
    const documentPath = servedPath(built.base, file);
    const references = referencesOf(elements);
    // Addresses of this site written as text: embed codes, structured data.
    const text = built.pageText.get(file) ?? '';
    const escapedOrigin = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    // Stops at "&" too (in HTML text a quote may be written &quot;, and a query string does not change the
    // file) and at brackets and braces, which close an address in BibTeX, JSON or prose.
    for (const match of text.matchAll(new RegExp(`${escapedOrigin}[^\\s"'<>&\\\\(){}\\[\\]]*`, 'g'))) {
      const line = text.slice(0, match.index).split('\n').length;
      references.push({ value: match[0], line, loads: false });
    }
    for (const reference of references) {
      const problem = check(file, documentPath, reference);
      if (problem) problems.push({ file, line: reference.line, reference: reference.value, problem });
    }
  }

  for (const [file, css] of built.styles) {
    for (const value of cssUrls(css)) {
      const problem = check(file, servedPath(built.base, file), { value, line: 0, loads: true });
      if (problem) problems.push({ file, line: 0, reference: value, problem });
    }
  }
  return problems;
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: "${p.reference}": ${p.problem}`).join('\n');
}
