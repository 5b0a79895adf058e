/** robots.txt: everything may be indexed; points crawlers to the sitemap that @astrojs/sitemap writes. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../shared/site-address';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('sitemap-index.xml', site?.href ?? import.meta.env.SITE, import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
