/**
 * Prints offline files to PDF in Chromium, as a reader's "Print to PDF"
 * would: the print stylesheet, its page size and margins (@page), page
 * numbers at the foot. The file is opened from the disk with every request
 * refused; a file that asks for anything fails the build, naming what it
 * asked for.
 *
 * Playwright is a development dependency: a build without it, like one
 * without Chromium, makes no PDFs (offline-integration.ts decides).
 */
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';

type PDFOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/** How a story page is printed: the print stylesheet's page, numbered at the foot. */
export const PRINT_OPTIONS: PDFOptions = {
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font: 8pt sans-serif; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between; color: #555"><span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
  // The margins are the print stylesheet's (@page in src/styles/print.css), as in a reader's own print; A4 unless it names a size.
  format: 'A4',
  preferCSSPageSize: true,
};

/** Launch flags for a quiet, headless Chromium that phones nowhere. */
export const QUIET_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PrintJob {
  /** The offline HTML file, a path on the disk. */
  html: string;
  /** Where the PDF goes. */
  pdf: string;
  /**
   * Whether the file draws its own footer (@page margin boxes, print-fonts.ts)
   * instead of Chromium's footer template, which sees system fonts only.
   */
  ownFooter?: boolean;
}

/** Prints each file to its PDF. Throws if a file makes any request (its own address aside). */
export async function printPdfs(jobs: readonly PrintJob[], executablePath: string): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
  try {
    for (const job of jobs) {
      const address = pathToFileURL(job.html).href;
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      const refused: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === address) return route.continue();
        refused.push(url);
        return route.abort();
      });
      await page.goto(address, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready);
      if (refused.length > 0) throw new Error(`${job.html} asked for ${refused.length} address(es) while printing: ${refused.slice(0, 5).join(', ')}`);
      await page.pdf({ ...PRINT_OPTIONS, ...(job.ownFooter ? { displayHeaderFooter: false } : {}), path: job.pdf });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
