/**
 * Prints how much JavaScript a built page loads, gzipped, once scrolled to
 * the end: every script and island it names, every module those import
 * (statically or dynamically), and inline scripts, counted by the same code
 * as the budget gate (tools/js-budget.ts). A benchmark that prints figures;
 * it exits with 1 when the page is over its budget.
 *
 *   npm run build && npm run bench:js [page] [budget-kB]   (default: index.html, the story's budget)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlElements } from '../src/security/html-document.ts';
import { gzipSize, inlineScripts, scriptClosure, scriptsNamedIn, STORY_JS_BUDGET } from './js-budget.ts';

const DIST = 'dist';
const page = process.argv[2] ?? 'index.html';
const budget = process.argv[3] === undefined ? STORY_JS_BUDGET : Number(process.argv[3]) * 1000;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const elements = htmlElements(readFileSync(join(DIST, page), 'utf8'));

/** Site path (as written in the HTML) → path inside dist/. */
const inDist = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
const read = (file: string) => (existsSync(join(DIST, file)) ? readFileSync(join(DIST, file), 'utf8') : undefined);

const { files, missing } = scriptClosure(scriptsNamedIn(elements).map(inDist), read);
if (missing.length > 0) throw new Error(`${page} names scripts that are not in ${DIST}/: ${missing.join(', ')}`);

const rows: [string, number, number][] = files.map((file) => {
  const code = read(file) ?? '';
  return [`/${file}`, Buffer.byteLength(code), gzipSize(code)];
});
const inline = inlineScripts(elements).filter((code) => code.trim());
if (inline.length > 0) {
  rows.push([`(${inline.length} inline scripts)`, inline.reduce((sum, code) => sum + Buffer.byteLength(code), 0), inline.reduce((sum, code) => sum + gzipSize(code), 0)]);
}

const total = rows.reduce((sum, [, , gzip]) => sum + gzip, 0);
const width = Math.max(...rows.map(([name]) => name.length), 'total'.length);
console.log(`JavaScript loaded by ${DIST}/${page}, scrolled to the end (gzip -9):`);
for (const [name, raw, gzip] of rows) console.log(`  ${name.padEnd(width)}  ${String(raw).padStart(7)} B  ${String(gzip).padStart(6)} B gz`);
console.log(`  ${'total'.padEnd(width)}  ${''.padStart(9)}  ${String(total).padStart(6)} B gz = ${(total / 1000).toFixed(1)} kB (budget ${budget / 1000} kB)`);
process.exitCode = total <= budget ? 0 : 1;
