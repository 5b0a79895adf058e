/**
 * Byte budgets. JavaScript: all the JavaScript the one-page story loads, read to the end at
 * a phone width and a desktop width, is at most 20 kB gzipped. Sizes come from
 * the built files (gzip level 9), not from the network, so the figure is the
 * same on every machine; the browser run only makes sure that every script
 * the page really loads is counted. Prints the figure and the files behind it.
 * Fonts: one page of each template prints the Latin text it sets in the serif
 * from the serif's small core file alone (src/fonts/serif-core.ts), never the
 * full 51 kB one. (That no reader page names a script file, and that every
 * character of every page is in the core, is checked in tests/dist/security.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST, label } from '../../support/dist';
import {
  FONTS_CSS,
  fontFaceRules,
  gzipSize,
  htmlElements,
  inlineScripts,
  missingFromCore,
  scriptClosure,
  scriptsNamedIn,
  SERIF_CORE_FILE,
  SERIF_CORE_WEIGHTS,
  STORY_JS_BUDGET,
} from '../../support/site';
import { REPRESENTATIVES } from '../../support/templates';
import { revealEverything } from '../support/reveal';

function readBuilt(file: string): string | undefined {
  try {
    return readFileSync(join(DIST, file), 'utf8');
  } catch {
    return undefined;
  }
}

test('the story page loads at most 20 kB of JavaScript, gzipped', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const site = new URL(baseURL ?? 'http://127.0.0.1/');
  const toFile = (address: string) => {
    const url = new URL(address, site);
    expect(url.pathname.startsWith(site.pathname), `${address} is outside the site`).toBe(true);
    return decodeURIComponent(url.pathname.slice(site.pathname.length));
  };
  const loaded = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.origin && (request.resourceType() === 'script' || /\.m?js$/.test(url.pathname))) loaded.add(toFile(request.url()));
  });

  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await revealEverything(page);
  }

  const elements = htmlElements(readBuilt('index.html') ?? '');
  const { files, missing } = scriptClosure([...scriptsNamedIn(elements).map(toFile), ...loaded], readBuilt);
  expect(missing, 'scripts the page names or imports that are not in the build').toEqual([]);
  expect(files, 'every script the browser loaded is counted').toEqual(expect.arrayContaining([...loaded]));

  const rows = files.map((file) => ({ file, bytes: gzipSize(readFileSync(join(DIST, file))) }));
  const inline = inlineScripts(elements);
  if (inline.length > 0) rows.push({ file: `${inline.length} inline script(s)`, bytes: inline.reduce((sum, code) => sum + gzipSize(code), 0) });
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);

  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const report = [
    `Story page JavaScript: ${kB(total)} gzipped of a ${kB(STORY_JS_BUDGET)} budget (${rows.length} item(s))`,
    ...rows.sort((a, b) => b.bytes - a.bytes).map((row) => `  ${kB(row.bytes).padStart(9)}  ${row.file}`),
  ].join('\n');
  console.log(report);
  testInfo.annotations.push({ type: 'story JavaScript (gzipped)', description: kB(total) });
  expect(total, report).toBeLessThanOrEqual(STORY_JS_BUDGET);
});

/** The names of the font files the page asks for, from now on (filled in as requests go out). */
function fontFilesRequested(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') files.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return files;
}

test.describe('the serif font', () => {
  const core = basename(SERIF_CORE_FILE, '.woff2');
  // Characters the full Latin face would print: any of them missing from the core costs a page that file.
  const latinRange = fontFaceRules(readFileSync(FONTS_CSS, 'utf8')).find((face) => face.src.includes('latin-wght-normal'))?.['unicode-range'] ?? '';

  test('when the core file fails to load, the page falls back to system fonts, not to the 51 kB file', async ({ page }) => {
    // The faces must not overlap: a browser tries the next face that claims a character.
    await page.route(`**/${core}.*.woff2`, (route) => route.abort());
    const fonts = fontFilesRequested(page);
    await page.goto('./');
    await revealEverything(page);
    expect(fonts.length, 'the page asked for the core file').toBeGreaterThan(0);
    expect(
      fonts.filter((file) => !file.startsWith(`${core}.`)),
      'font files other than the core',
    ).toEqual([]);
  });

  for (const { template, path } of REPRESENTATIVES) {
    test(`${template} (${label(path)}) prints its Latin text from the core file alone, at the weights it keeps, at a phone and a desktop width`, async ({ page }) => {
      const fonts = fontFilesRequested(page);
      for (const viewport of [
        { width: 375, height: 812 },
        { width: 1280, height: 800 },
      ]) {
        await page.setViewportSize(viewport);
        await page.goto(path || './');
        await revealEverything(page);
        // The text set in the serif, and the weights it is set at (text in the system sans is no concern here).
        const { text, weights } = await page.evaluate(() => {
          const found = new Set<number>();
          let serifText = '';
          for (const element of document.body.querySelectorAll('*')) {
            const style = getComputedStyle(element);
            if (!style.fontFamily.includes('Source Serif')) continue;
            const own = [...element.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent ?? '')
              .join('');
            if (!own.trim()) continue;
            found.add(Number(style.fontWeight));
            serifText += own;
          }
          return { text: serifText, weights: [...found].sort((a, b) => a - b) };
        });
        expect(latinRange, 'fonts.css has the full Latin face').toMatch(/^U\+/);
        expect(missingFromCore(text, latinRange), 'characters to add to SERIF_CORE_CHARACTERS in src/fonts/serif-core.ts').toEqual([]);
        expect(
          fonts.filter((file) => !file.startsWith(`${core}.`)),
          'font files other than the core',
        ).toEqual([]);
        for (const weight of weights) {
          const message = `${viewport.width}px: serif text at weight ${weight}; the core keeps ${SERIF_CORE_WEIGHTS.min}-${SERIF_CORE_WEIGHTS.max}`;
          expect(weight, message).toBeGreaterThanOrEqual(SERIF_CORE_WEIGHTS.min);
          expect(weight, message).toBeLessThanOrEqual(SERIF_CORE_WEIGHTS.max);
        }
      }
    });
  }
});
