/**
 * Runs on every page as it is built: sets straight quotes as typographic
 * ones in what readers see (src/shared/typography.ts), and makes the 繁體
 * pages (/zh-hant/…, built from the 简体 words) traditional
 * (src/i18n/traditional.ts), and gives the Chinese pages their type rules
 * (src/i18n/cjk-style.ts). Data files (CSV, JSON, robots.txt) pass through
 * untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './shared/typography';
import { isChinese, isConverted, langOfUrl } from './i18n/languages';
import { traditionalHtml } from './i18n/traditional';
import { withCjkStyle } from './i18n/cjk-style';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const isHtml = type.includes('text/html');
  const isSvg = type.includes('image/svg+xml');
  if (!isHtml && !isSvg) return response;
  const lang = langOfUrl(context.url, import.meta.env.BASE_URL);
  const traditional = isConverted(lang);
  if (isSvg && !traditional) return response;
  const text = await response.text();
  const typeset = isHtml ? typesetHtml(text) : text;
  const converted = traditional ? traditionalHtml(typeset) : typeset;
  // Only Chinese pages carry the CJK type rules (src/i18n/cjk-style.ts).
  const styled = isHtml && isChinese(lang) ? withCjkStyle(converted) : converted;
  return new Response(styled, { status: response.status, statusText: response.statusText, headers: response.headers });
});
