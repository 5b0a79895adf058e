/**
 * Measures a page's JavaScript the way a budget should: from the built files,
 * gzipped at a fixed level, so the figure is the same on every machine. The
 * set of files is every script the page names (script tags, module preloads,
 * island components and renderers) plus everything those import, statically
 * or dynamically, and any file the browser was seen loading.
 */
import { gzipSync } from 'node:zlib';
import type { HtmlElement } from '../src/security/html-document.ts';

/** The budget for the story page (issue 24): 20 kB = 20,000 bytes of gzipped JavaScript. */
export const STORY_JS_BUDGET = 20_000;

export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Addresses of the script files the browser fetches as it reads the HTML
 * (script tags, module and script preloads), before any island wakes.
 */
export function scriptsFetchedByParser(elements: HtmlElement[]): string[] {
  const urls: string[] = [];
  for (const { tag, attrs } of elements) {
    if (tag === 'script' && attrs.has('src')) urls.push(attrs.get('src') ?? '');
    const rel = attrs.get('rel') ?? '';
    if (tag === 'link' && (/\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && attrs.get('as') === 'script'))) urls.push(attrs.get('href') ?? '');
  }
  return urls.filter(Boolean);
}

/** Addresses of the scripts a page names in its HTML, islands' code included. */
export function scriptsNamedIn(elements: HtmlElement[]): string[] {
  const islands = elements
    .filter(({ tag }) => tag === 'astro-island')
    .flatMap(({ attrs }) => ['component-url', 'renderer-url', 'before-hydration-url'].map((name) => attrs.get(name) ?? ''));
  return [...scriptsFetchedByParser(elements), ...islands.filter(Boolean)];
}

/** Inline <script> bodies (not JSON data), which count towards the budget too. */
export function inlineScripts(elements: HtmlElement[]): string[] {
  return elements.filter(({ tag, attrs }) => tag === 'script' && !attrs.has('src') && !/json/.test(attrs.get('type') ?? '')).map(({ text }) => text);
}

/** Relative module specifiers a bundled file imports: `import "./a.js"`, `from "./b.js"`, `import("./c.js")`. */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+?\.m?js)["']/g)) if (match[1]) found.add(match[1]);
  return [...found];
}

/**
 * Every file reachable from `entries` through imports. Files are paths
 * relative to the build folder; `read` returns a file's text, or undefined if
 * the build has no such file (reported in `missing`).
 */
export function scriptClosure(entries: string[], read: (file: string) => string | undefined): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.has(file) || missing.has(file)) continue;
    const code = read(file);
    if (code === undefined) {
      missing.add(file);
      continue;
    }
    files.add(file);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const specifier of importsOf(code)) queue.push(new URL(specifier, `http://x/${folder}`).pathname.slice(1));
  }
  return { files: [...files].sort(), missing: [...missing].sort() };
}
