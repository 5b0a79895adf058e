/**
 * Astro integration that writes the offline editions (editions.ts) once
 * every page is built: for each language, its story page made into one file
 * (offline-html.ts), then that file printed to PDF (offline-pdf.ts); a
 * Chinese file is printed from a copy carrying its cut CJK font (print-fonts.ts).
 *
 * An integration rather than a tool run after `astro build`: every build
 * (npm run build, the sub-path build of test:subpath, npm run pdf, CI) makes
 * the files the pages link to, from the same config (base, site, redirects),
 * and the link check then finds them. It runs after the security headers are
 * written, so the site's policy is made from the site's pages only; the
 * offline files carry their own, stricter one.
 *
 * No Chromium (CHROMIUM_PATH, else /usr/bin/chromium), or no Playwright: the
 * build warns and makes no PDFs, and the pages, which ask the same question
 * (pdfChromium), leave the PDF links out.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imports name their .ts files: astro.config.mjs, which imports this file, is loaded by Node itself.
import { DEFAULT_CHROMIUM, OFFLINE_MAX_BYTES, offlineEditions, pdfChromium, uiFile } from './editions.ts';
import type { InlineFont } from './offline-css.ts';
import { OFFLINE_NOTE_CSS_FILE, offlineHtml, offlineWords, preloadedFonts } from './offline-html.ts';
import { printPdfs, type PrintJob } from './offline-pdf.ts';
import { documentTitle, printedCharacters, printFontCss, printFooterCss, quotedCharacters, quotedScriptsCss, withPrintFonts } from './print-fonts.ts';
import { isConverted } from '../../i18n/languages.ts';
import { toTraditional } from '../../i18n/traditional.ts';
import { dataUrl } from './offline-pictures.ts';
import { staticWeights } from './static-weights.ts';
import { buildAddresses } from '../../shared/site-address.ts';

/** The day the files are made: SOURCE_DATE_EPOCH's (for a build that must come out the same twice), else today, in UTC. */
export function savedDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now).toISOString().slice(0, 10);
}

/** A reader of the build's files by their address on a page ("/favicon.svg", under the base); undefined outside the build. */
export function buildFiles(root: string, base: string): (address: string) => Buffer | undefined {
  return (address) => {
    const path = decodeURI(address.split(/[?#]/)[0] ?? '');
    if (!path.startsWith(base)) return undefined;
    const file = resolve(root, path.slice(base.length));
    if (!file.startsWith(resolve(root) + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file);
  };
}

/** The static faces that stand for each font file the pages preload, made once for every edition. */
function fontInstances(read: (address: string) => Buffer | undefined): (addresses: readonly string[]) => Promise<Map<string, readonly InlineFont[]>> {
  const made = new Map<string, Promise<readonly InlineFont[]>>();
  const instances = async (address: string): Promise<readonly InlineFont[]> => {
    const bytes = read(address);
    if (!bytes) throw new Error(`offline file: the page preloads ${address}, which is not a file of the build.`);
    return (await staticWeights(bytes)).map((face) => ({ weight: face.weight, url: dataUrl('font.woff2', face.bytes) }));
  };
  return async (addresses) => {
    for (const address of addresses) if (!made.has(address)) made.set(address, instances(address));
    return new Map(await Promise.all(addresses.map(async (address) => [address, await made.get(address)!] as const)));
  };
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export function offlineEditionsIntegration(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let redirects: Record<string, string> = {};
  return {
    name: 'overseas-110:offline-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ base, site, redirects } = buildAddresses(config));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const read = buildFiles(root, base);
        const saved = savedDate();
        const noteCss = readFileSync(OFFLINE_NOTE_CSS_FILE, 'utf8');
        const editions = offlineEditions();
        const fontsFor = fontInstances(read);
        for (const edition of editions) {
          const pageFile = join(root, edition.page, 'index.html');
          if (!existsSync(pageFile)) throw new Error(`Offline edition "${edition.lang}": there is no story page ${pageFile}. Is "${edition.lang}" built yet? (src/downloads/offline/editions.ts, OFFLINE_LANGUAGES)`);
          const wordsFile = uiFile(edition.lang);
          if (!existsSync(wordsFile)) throw new Error(`Offline edition "${edition.lang}": there is no ${wordsFile} for the note at the top of the file (src/downloads/offline/editions.ts, uiFile).`);
          const raw = JSON.parse(readFileSync(wordsFile, 'utf8')) as Record<string, unknown>;
          // 繁體's note is the 简体 words converted, like its pages (src/i18n/traditional.ts).
          const inLanguage = isConverted(edition.lang) ? Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === 'string' ? toTraditional(value) : value])) : raw;
          const words = offlineWords(inLanguage, wordsFile);
          const pageHtml = readFileSync(pageFile, 'utf8');
          const fonts = edition.fonts === 'core' ? await fontsFor(preloadedFonts(pageHtml)) : new Map<string, readonly InlineFont[]>();
          const html = offlineHtml({ html: pageHtml, page: edition.page, base, site, redirects, read, words, saved, noteCss, fonts });
          const file = join(root, edition.html);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
        }

        const chromium = pdfChromium();
        if (!chromium) {
          logger.warn(`No Chromium at ${process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM} (or no Playwright to drive it): the offline editions have no PDF, and the pages link to the HTML files only. Set CHROMIUM_PATH to a Chromium to make them.`);
        } else {
          // An edition is printed from a print source that carries the CJK fonts it needs, cut (print-fonts.ts), written apart and removed after.
          const sources = mkdtempSync(join(tmpdir(), 'overseas-110-print-'));
          try {
            const jobs: PrintJob[] = [];
            for (const edition of editions.filter((candidate) => candidate.printed)) {
              const html = join(root, edition.html);
              const pdf = join(root, edition.pdf);
              const fileHtml = readFileSync(html, 'utf8');
              if (!edition.printFont) {
                // A page in a Latin script still quotes source titles in Chinese or Korean: their print carries those scripts' cut fonts.
                const quoted = quotedCharacters(fileHtml);
                if (quoted.size === 0) {
                  jobs.push({ html, pdf });
                  continue;
                }
                const source = join(sources, `overseas-110-${edition.lang}.html`);
                writeFileSync(source, withPrintFonts(fileHtml, await quotedScriptsCss(quoted)));
                jobs.push({ html: source, pdf });
                continue;
              }
              const source = join(sources, `overseas-110-${edition.lang}.html`);
              const css = [await printFontCss(edition.printFont, printedCharacters(fileHtml)), printFooterCss(edition.printFont, documentTitle(fileHtml))].join('\n');
              writeFileSync(source, withPrintFonts(fileHtml, css));
              jobs.push({ html: source, pdf, ownFooter: true });
            }
            await printPdfs(jobs, chromium);
          } finally {
            rmSync(sources, { recursive: true, force: true });
          }
        }

        logger.info(`made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        for (const edition of editions) {
          const files = [edition.html, ...(chromium && edition.printed ? [edition.pdf] : [])].map((file) => ({ file, bytes: statSync(join(root, file)).size }));
          logger.info(`${edition.lang}: ${files.map(({ file, bytes }) => `${file} ${kilobytes(bytes)}`).join(', ')}`);
          for (const { file, bytes } of files) if (bytes > OFFLINE_MAX_BYTES) logger.warn(`${file} is ${kilobytes(bytes)}, over the ${kilobytes(OFFLINE_MAX_BYTES)} an offline file may be.`);
        }
      },
    },
  };
}
