/**
 * Addresses on the site: a path under the site's base (BASE_PATH), made
 * absolute with the site's address (SITE_URL), for links that leave the page
 * (canonical links, share cards, citations, embed code, the sitemap).
 */

/** An absolute address for a path under the site's base, e.g. ("chapters/x/", "https://a.org", "/sub/"). */
export function absoluteUrl(path: string, site: string, base: string): string {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${basePath}${path.replace(/^\//, '')}`, site).href;
}
