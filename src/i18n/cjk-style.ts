/**
 * The Chinese pages' type rules (src/styles/cjk.css), written into those
 * pages only: an English page carries no byte of them. Astro inlines a
 * stylesheet into every page of a route, and a route serves every language,
 * so the middleware adds them to a Chinese page's <head> as it is built, with
 * their hash in the page's own CSP <meta> (which the build's _headers copies,
 * src/security/headers-integration.ts).
 */
import { createHash } from 'node:crypto';
import cjkCss from '../styles/cjk.css?raw';

/** The stylesheet as written into the page: comments and runs of white space removed. */
export const CJK_CSS = cjkCss
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{}:;,])\s*/g, '$1')
  .trim();

const HASH = `'sha256-${createHash('sha256').update(CJK_CSS).digest('base64')}'`;

/** A Chinese page with its type rules in the head, allowed by its policy. */
export function withCjkStyle(html: string): string {
  const policy = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src )/i;
  if (!policy.test(html)) throw new Error('A Chinese page has no style-src in its CSP <meta>: the CJK type rules could not be allowed.');
  return html.replace(policy, `$1${HASH} `).replace('</head>', `<style>${CJK_CSS}</style></head>`);
}
