/**
 * Where each link of the story page goes in the offline file, which a reader
 * opens from a disk, so an address relative to the site leads nowhere:
 *
 * - A place in the file (a fragment that exists, the story page itself, a
 *   chapter's own page: the story holds every chapter) becomes a fragment.
 * - Another page or file of the site (sources, glossary, data, the other
 *   languages) becomes its absolute address on the live site when the build
 *   knows it (SITE_URL); otherwise the link is taken out.
 * - Links to other sites (the sources) stay as they are: following one is
 *   the reader's choice; opening the file fetches nothing.
 */

export interface LinkContext {
  /** Every id in the offline file. */
  ids: ReadonlySet<string>;
  /** The site's base path, starting and ending with "/". */
  base: string;
  /** The site's address (SITE_URL), if the build knows it. */
  site: string | undefined;
  /** The story page the file is made from, relative to the base: "" or "zh-hans/". */
  page: string;
  /** Old addresses that send readers on (astro.config.mjs's redirects), path → address, both from the base. */
  redirects?: Readonly<Record<string, string>>;
}

export type LinkFate = { kind: 'keep' } | { kind: 'rewrite'; href: string } | { kind: 'drop'; reason: string };

/** Where the story starts, for a link to the page itself. */
export const TOP_OF_STORY = 'main';

const decode = (fragment: string) => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

/** A path under the site's base, without the base ("chapters/x/"), or undefined if it is outside it. */
function underBase(pathname: string, base: string): string | undefined {
  if (`${pathname}/` === base) return '';
  return pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
}

/** What becomes of one <a href> in the offline file. */
export function linkFate(href: string, context: LinkContext): LinkFate {
  const { ids, base, site, page } = context;
  if (href.startsWith('#')) {
    const id = decode(href.slice(1));
    return id === '' || ids.has(id) ? { kind: 'keep' } : { kind: 'drop', reason: `no element with id "${id}" in the file` };
  }
  if (/^(mailto|tel):/i.test(href)) return { kind: 'keep' };
  // The page's own address stands in for the site's when the build knows none: only its path is used.
  const siteOrigin = new URL(site ?? 'http://site.invalid/');
  const url = new URL(href, new URL(`${base}${page}`, siteOrigin));
  if (!/^https?:$/.test(url.protocol)) return { kind: 'drop', reason: `${url.protocol} address` };
  const isSite = url.origin === siteOrigin.origin;
  const path = isSite ? underBase(url.pathname, base) : undefined;
  if (path === undefined) return isSite && !href.startsWith('http') ? { kind: 'drop', reason: 'outside the site' } : { kind: 'keep' };

  const redirect = context.redirects?.[`/${path}`];
  if (redirect !== undefined) return linkFate(`${base}${redirect.replace(/^\//, '')}`, { ...context, redirects: undefined });

  const fragment = decode(url.hash.slice(1));
  const inFile = (id: string) => (fragment && ids.has(fragment) ? fragment : id);
  if (path === page || path === `${page}index.html`) return { kind: 'rewrite', href: `#${inFile(TOP_OF_STORY)}` };
  const chapter = new RegExp(`^${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}chapters/([^/]+)/$`).exec(path)?.[1];
  if (chapter && ids.has(chapter)) return { kind: 'rewrite', href: `#${inFile(chapter)}` };

  if (site) return { kind: 'rewrite', href: url.href };
  return { kind: 'drop', reason: 'a page of the site, and the build knows no site address (SITE_URL)' };
}
