/** robots.txt: everything may be indexed; points crawlers to the sitemap that @astrojs/sitemap writes (only when the site's address is known). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../shared/site-address';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${absoluteUrl('sitemap-index.xml', site.href, import.meta.env.BASE_URL)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
