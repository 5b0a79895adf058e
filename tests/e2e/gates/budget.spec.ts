/**
 * Byte budgets. JavaScript: all the JavaScript the one-page story loads, read to the end at
 * a phone width and a desktop width, is at most 20 kB gzipped. Sizes come from
 * the built files (gzip level 9), not from the network, so the figure is the
 * same on every machine; the browser run only makes sure that every script
 * the page really loads is counted. Prints the figure and the files behind it.
 * Fonts: when the serif's small core file (src/fonts/serif-core.ts) fails to
 * load, the story falls back to system fonts, never to the full 51 kB file.
 * (That one page of each template prints its serif text from the core alone is
 * checked in templates.spec.ts; that no reader page names a script file, and
 * that every character of every page is in the core, in tests/dist/security.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../../support/dist';
import { gzipSize, htmlElements, inlineScripts, scriptClosure, scriptsNamedIn, SERIF_CORE_FILE, STORY_JS_BUDGET } from '../../support/site';
import { fontFilesRequested } from '../support/fonts';
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

test.describe('the serif font', () => {
  const core = basename(SERIF_CORE_FILE, '.woff2');

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
});
