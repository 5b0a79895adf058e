/**
 * `npm run pdf`: renders the whole story and the teacher's guide to PDF with
 * the local Chromium, as a reader's "Print to PDF" would (print stylesheet,
 * A4, page numbers). Serves the built dist/ with `astro preview` on its own
 * port, writes artifacts/story.pdf and artifacts/classroom.pdf, then stops
 * the server it started. `npm run pdf` builds first; run this file directly
 * to reuse an existing build.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), PDF_PORT (default 4390).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'astro';

const PAGES = [
  { path: '', file: 'artifacts/story.pdf' },
  { path: 'classroom/', file: 'artifacts/classroom.pdf' },
];
const port = Number(process.env.PDF_PORT ?? 4390);
const basePath = process.env.BASE_PATH ?? '/';
const origin = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!existsSync('dist/index.html')) {
  console.error('pdf: dist/ has no build. Run `npm run pdf` (which builds first) or `npm run build`.');
  process.exit(1);
}

/** Serves dist/ with Astro's own preview server (the same one the browser tests use). */
async function startPreview() {
  return preview({ root: process.cwd(), logLevel: 'warn', server: { port, host: '127.0.0.1' } });
}

const server = await startPreview();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  mkdirSync('artifacts', { recursive: true });
  const page = await browser.newPage();
  for (const { path, file } of PAGES) {
    const started = Date.now();
    const response = await page.goto(`${origin}${basePath}${path}`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${basePath}${path} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font: 8pt sans-serif; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between; color: #555"><span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
      // The page size and margins are the print stylesheet's (@page in src/styles/print.css), as in a reader's own print.
      preferCSSPageSize: true,
    });
    const kilobytes = Math.round(statSync(file).size / 1024);
    console.log(`pdf: ${file} (${kilobytes} KB) from ${basePath}${path} in ${Date.now() - started} ms`);
  }
} finally {
  await browser.close();
  await server.stop();
}
