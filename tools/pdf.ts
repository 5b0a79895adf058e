/**
 * `npm run pdf`: renders the whole story and the teacher's guide to PDF with
 * the local Chromium, as a reader's "Print to PDF" would (print stylesheet,
 * A4, page numbers). Serves the built dist/ with `astro preview` on its own
 * port, writes artifacts/story.pdf and artifacts/classroom.pdf, then stops
 * the server it started. `npm run pdf` builds first; run this file directly
 * to reuse an existing build.
 *
 * The print settings and Chromium flags are the offline editions' own
 * (src/downloads/offline/offline-pdf.ts), so both print alike.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), PDF_PORT (default 4390).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { DEFAULT_CHROMIUM } from '../src/downloads/offline/editions.ts';
import { PRINT_OPTIONS, QUIET_CHROMIUM_ARGS } from '../src/downloads/offline/offline-pdf.ts';

const PAGES = [
  { path: '', file: 'artifacts/story.pdf' },
  { path: 'classroom/', file: 'artifacts/classroom.pdf' },
];
const port = Number(process.env.PDF_PORT ?? 4390);
const basePath = process.env.BASE_PATH ?? '/';
const origin = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined);

if (!existsSync('dist/index.html')) {
  console.error('pdf: dist/ has no build. Run `npm run pdf` (which builds first) or `npm run build`.');
  process.exit(1);
}

/** Serves dist/ with Astro's own preview server (the same one the browser tests use). */
async function startPreview() {
  return preview({ root: process.cwd(), logLevel: 'warn', server: { port, host: '127.0.0.1' } });
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
try {
  mkdirSync('artifacts', { recursive: true });
  const page = await browser.newPage();
  for (const { path, file } of PAGES) {
    const started = Date.now();
    const response = await page.goto(`${origin}${basePath}${path}`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${basePath}${path} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    await page.pdf({ ...PRINT_OPTIONS, path: file });
    const kilobytes = Math.round(statSync(file).size / 1024);
    console.log(`pdf: ${file} (${kilobytes} KB) from ${basePath}${path} in ${Date.now() - started} ms`);
  }
} finally {
  await browser.close();
  await server.stop();
}
