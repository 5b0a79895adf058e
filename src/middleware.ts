/**
 * Runs on every page as it is built: sets straight quotes as typographic
 * ones in what readers see (src/shared/typography.ts), and makes the 繁體
 * pages (/zh-hant/…, built from the 简体 words) traditional
 * (src/i18n/traditional.ts). Data files (CSV, JSON, robots.txt) pass through
 * untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './shared/typography';
import { langOfUrl } from './i18n/languages';
import { traditionalHtml } from './i18n/traditional';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const isHtml = type.includes('text/html');
  const isSvg = type.includes('image/svg+xml');
  if (!isHtml && !isSvg) return response;
  const traditional = langOfUrl(context.url, import.meta.env.BASE_URL) === 'zh-hant';
  if (isSvg && !traditional) return response;
  const text = await response.text();
  const typeset = isHtml ? typesetHtml(text) : text;
  return new Response(traditional ? traditionalHtml(typeset) : typeset, { status: response.status, statusText: response.statusText, headers: response.headers });
});
