/**
 * Addresses on the site: a path under the site's base (BASE_PATH), made
 * absolute with the site's address (SITE_URL), for links that leave the page
 * (canonical links, share cards, citations, embed code, the sitemap). A build
 * without SITE_URL names no host: it hands out root-relative addresses, which
 * the page completes from its own address when it runs
 * (src/sharing/copy/site-address.client.ts).
 */

/** An absolute address for a path under the site's base, e.g. ("chapters/x/", "https://a.org", "/sub/"). */
export function absoluteUrl(path: string, site: string, base: string): string {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${basePath}${path.replace(/^\//, '')}`, site).href;
}

/** The address handed out for a path: absolute when the build knows the site's address, else root-relative. */
export function handedOutUrl(path: string, site: string | undefined, base: string): string {
  if (site) return absoluteUrl(path, site, base);
  const basePath = base.endsWith('/') ? base : `${base}/`;
  return `${basePath}${path.replace(/^\//, '')}`;
}

/** True for an address the page must complete from its own address (a build without SITE_URL). */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** What a build-time integration needs of the Astro config: the base (ending in "/"), the site's address if set, and the redirects as plain paths. */
export interface BuildAddresses {
  base: string;
  site: string | undefined;
  redirects: Record<string, string>;
}

export function buildAddresses(config: { base: string; site?: string; redirects: Record<string, string | { destination: string }> }): BuildAddresses {
  return {
    base: config.base.endsWith('/') ? config.base : `${config.base}/`,
    site: config.site || undefined,
    redirects: Object.fromEntries(Object.entries(config.redirects).map(([from, to]) => [from, typeof to === 'string' ? to : to.destination])),
  };
}
