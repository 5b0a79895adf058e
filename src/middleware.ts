/**
 * Runs on every page as it is built: sets straight quotes as typographic
 * ones in what readers see (src/shared/typography.ts). Data files (CSV,
 * JSON, robots.txt) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './shared/typography';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(typesetHtml(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
