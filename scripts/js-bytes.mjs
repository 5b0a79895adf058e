#!/usr/bin/env node
/**
 * Prints how much JavaScript a built page loads, gzipped, once scrolled to
 * the end: every script and island it names, every module those import
 * (statically or dynamically), and inline scripts. A benchmark that prints
 * figures, not a test. Usage: npm run build && node scripts/js-bytes.mjs [page] [budget-kB]
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const page = process.argv[2] ?? 'index.html';
const budget = Number(process.argv[3] ?? 40);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const html = readFileSync(join(DIST, page), 'utf8');

/** Site path (as written in the HTML) → file in dist/. */
const fileOf = (url) => join(DIST, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
const gz = (text) => gzipSync(text, { level: 9 }).length;

const entries = new Set();
for (const [, url] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) entries.add(url);
for (const [, url] of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(url);
for (const [, url] of html.matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]+)"/g)) if (url) entries.add(url);

const modules = new Map();
const queue = [...entries];
while (queue.length > 0) {
  const url = queue.shift();
  if (modules.has(url)) continue;
  const file = fileOf(url);
  if (!existsSync(file)) throw new Error(`${url} is named in ${page} but ${file} does not exist`);
  const code = readFileSync(file, 'utf8');
  modules.set(url, { raw: Buffer.byteLength(code), gzip: gz(code) });
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    queue.push(posix.join(dirname(url), spec));
  }
}

const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, code]) => code)
  .filter((code) => code.trim() && !/^\s*\{/.test(code)); // skip JSON data blocks
const rows = [...modules].map(([url, size]) => [url, size.raw, size.gzip]);
if (inline.length > 0) rows.push([`(${inline.length} inline scripts)`, inline.reduce((sum, code) => sum + Buffer.byteLength(code), 0), inline.reduce((sum, code) => sum + gz(code), 0)]);

const total = rows.reduce((sum, [, , gzip]) => sum + gzip, 0);
const width = Math.max(...rows.map(([url]) => url.length));
console.log(`JavaScript loaded by dist/${page}, scrolled to the end (gzip -9):`);
for (const [url, raw, gzip] of rows) console.log(`  ${url.padEnd(width)}  ${String(raw).padStart(7)} B  ${String(gzip).padStart(6)} B gz`);
console.log(`  ${'total'.padEnd(width)}  ${''.padStart(9)}  ${String(total).padStart(6)} B gz = ${(total / 1024).toFixed(1)} kB (budget ${budget} kB)`);
process.exitCode = total / 1024 <= budget ? 0 : 1;
