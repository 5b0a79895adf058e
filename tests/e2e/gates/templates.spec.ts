/**
 * The page gates, on one page of each template (tests/support/templates.ts)
 * at a phone and a desktop width. Each page is opened once, served with the
 * headers of the build's own `_headers` file as our hosts send them, with
 * reduced motion asked for, in the light scheme at the phone width and the
 * dark one at the desktop width; then the gates take it in turn:
 *
 * 1. headers: a Content-Security-Policy without inline or eval script, no
 *    framing by other sites except for /embed/ pages, and the other
 *    security headers;
 * 2. keyboard: from the top, Tab reaches every control in document order,
 *    starting with the skip link, and each focused control shows a focus ring
 *    that contrasts with what is behind it and is not hidden under the sticky
 *    header;
 * 3. reduced motion: transitions and time-based animations are (near) zero,
 *    in-page scrolling jumps, and while the page is read through a screen at
 *    a time nothing moves on its own (support/motion.ts);
 * 4. accessibility: with every island hydrated and every font loaded, axe
 *    finds nothing against WCAG 2.0, 2.1 and 2.2 A/AA and its best practices;
 * 5. fonts: the Latin text set in the serif prints from the serif's small
 *    core file alone (src/fonts/serif-core.ts), at the weights the core
 *    keeps, never from the full 51 kB file;
 * 6. privacy: over the whole visit, no CSP violation, no console error, no
 *    request to another host, no cookie, web storage, IndexedDB or cache.
 *
 * One visit serves all six: reading a long page through is most of the cost
 * of each, and the keyboard walk and the read-through bring every part on
 * screen, as a reader would. What the built HTML and `_headers` say for every
 * page is checked in tests/dist/security.test.ts; reflow at 320 px and 200 %
 * zoom in reflow.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BASE, DIST, label } from '../../support/dist';
import {
  EMBED_FOLDER,
  FONTS_CSS,
  fontFaceRules,
  missingFromCore,
  parseCsp,
  SERIF_CORE_FILE,
  SERIF_CORE_WEIGHTS,
  startStaticServer,
  type StaticServer,
} from '../../support/site';
import { REPRESENTATIVES } from '../../support/templates';
import { AXE_REPORT, AXE_TAGS, describeViolations } from '../support/axe-report';
import { evaluateIn } from '../support/devtools';
import { fontFilesRequested, serifText } from '../support/fonts';
import { guardPage } from '../support/guards';
import { focusRingProblem, listTabbables, tabThrough } from '../support/keyboard';
import { motionWhileReading, movingStyles } from '../support/motion';
import { waitUntilFinished } from '../support/reveal';
import { recordStorageUse } from '../support/storage';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const SCREENS = [
  { viewport: { width: 375, height: 812 }, colorScheme: 'light' },
  { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
] as const;

const CORE_FONT = basename(SERIF_CORE_FILE, '.woff2');
// Characters the full Latin face would print: any of them missing from the core costs a page that file.
const LATIN_RANGE = fontFaceRules(readFileSync(FONTS_CSS, 'utf8')).find((face) => face.src.includes('latin-wght-normal'))?.['unicode-range'] ?? '';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, base: BASE });
});
test.afterAll(async () => {
  await server?.close();
});

for (const { template, path } of REPRESENTATIVES) {
  for (const { viewport, colorScheme } of SCREENS) {
    test(`${template} (${label(path)}) at ${viewport.width}px, ${colorScheme}: headers, keyboard, reduced motion, axe, fonts, privacy`, async ({ browser }) => {
      // Each gate reports what it finds and the next one still runs (soft assertions), so one visit shows every problem.
      const check = expect.soft;
      const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
      try {
        const page = await context.newPage();
        const guards = guardPage(page, new URL(server.url).origin);
        const cspConsole: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to|Permissions-Policy|Permissions Policy/i.test(message.text())) cspConsole.push(message.text());
        });
        const fonts = fontFilesRequested(page);
        await page.addInitScript(recordStorageUse);
        const response = await page.goto(new URL(path, server.url).href);

        await test.step('served under its security headers', () => {
          check(response?.status(), 'status').toBe(200);
          const headers = response?.headers() ?? {};
          const policy = parseCsp(headers['content-security-policy'] ?? '');
          check(policy.size, 'a Content-Security-Policy header').toBeGreaterThan(0);
          check(policy.get('script-src'), 'script-src').toBeDefined();
          check(policy.get('script-src'), 'script-src must not allow inline or eval').not.toEqual(expect.arrayContaining(["'unsafe-inline'"]));
          check(policy.get('script-src')).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
          check(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
          const embed = path.startsWith(`${EMBED_FOLDER}/`);
          check(policy.get('frame-ancestors'), 'frame-ancestors').toEqual([embed ? '*' : "'none'"]);
          check(headers['x-frame-options'], 'X-Frame-Options').toBe(embed ? undefined : 'DENY');
          check(headers['referrer-policy']).toBe('no-referrer');
          check(headers['x-content-type-options']).toBe('nosniff');
          check(headers['permissions-policy']).toMatch(/camera=\(\)/);
        });

        await test.step('Tab reaches every control in order, with a visible focus ring', async () => {
          const { controls, positiveTabindex, unreachable } = await listTabbables(page);
          check(positiveTabindex, 'tabindex above 0 breaks the reading order').toEqual([]);
          check(unreachable, 'visible controls taken out of the Tab order with tabindex="-1"').toEqual([]);
          check(controls.length, 'a page with no controls at all is suspicious').toBeGreaterThan(0);
          test.setTimeout(60_000 + controls.length * 400);

          const stops = await tabThrough(page, controls.length + 20);
          const unexpected = stops.filter((stop) => stop.index < 0 && !stop.scroller).map((stop) => stop.description);
          check(unexpected, 'focus landed on something that is not a control').toEqual([]);
          const reached = stops.filter((stop) => stop.index >= 0).map((stop) => controls[stop.index]);
          check(reached, 'controls in the order Tab reached them (expected: document order, each once)').toEqual(controls);
          if (template === 'embed') {
            // An embed is one figure inside someone else's article: there is no
            // header or menu to bypass (WCAG 2.4.1), so its first stop is the chart's own.
            check(controls[0], 'an embed has no skip link').not.toMatch(/^<a href="#main">/);
          } else {
            check(controls[0], 'the first Tab should land on the skip link').toMatch(/^<a href="#main">/);
          }
          const ringProblems = stops.flatMap((stop) => {
            const problem = focusRingProblem(stop);
            return problem ? [`${stop.description}: ${problem}`] : [];
          });
          check(ringProblems, 'controls without a clearly visible focus ring').toEqual([]);
        });

        await test.step('with reduced motion, nothing moves on its own', async () => {
          // Smooth scrolling is switched on by :focus-within, so test with something focused.
          await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
          await page.keyboard.press('Tab');
          const scrollBehaviour = await page.evaluate(() => [getComputedStyle(document.documentElement).scrollBehavior, getComputedStyle(document.body).scrollBehavior]);
          check(scrollBehaviour, 'scroll-behavior of <html> and <body>').toEqual(['auto', 'auto']);
          check(await movingStyles(page), 'transitions and animations longer than 10 ms').toEqual([]);
          const cdp = await context.newCDPSession(page);
          try {
            check(await evaluateIn(cdp, motionWhileReading), 'motion while reading through with reduced motion on').toEqual([]);
          } finally {
            await cdp.detach();
          }
        });

        await test.step('axe finds no violations', async () => {
          // The read-through has brought every part on screen: lazily hydrated charts are checked as a reader meets them.
          await waitUntilFinished(page);
          // An embed is a fragment shown inside another site's article, whose own h1 heads the page.
          const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options(AXE_REPORT);
          const results = await (template === 'embed' ? builder.disableRules(['page-has-heading-one']) : builder).analyze();
          // A page that axe could not check at all would pass silently.
          check(results.passes.length, 'axe ran no checks').toBeGreaterThan(10);
          check(describeViolations(results.violations), `axe found ${results.violations.length} rule(s) broken on ${label(path)}`).toEqual([]);
        });

        await test.step('prints its Latin text from the serif core file alone, at the weights it keeps', async () => {
          const { text, weights } = await serifText(page);
          check(LATIN_RANGE, 'fonts.css has the full Latin face').toMatch(/^U\+/);
          check(missingFromCore(text, LATIN_RANGE), 'characters to add to SERIF_CORE_CHARACTERS in src/fonts/serif-core.ts').toEqual([]);
          check(
            fonts.filter((file) => !file.startsWith(`${CORE_FONT}.`)),
            'font files other than the core',
          ).toEqual([]);
          for (const weight of weights) {
            const message = `serif text at weight ${weight}; the core keeps ${SERIF_CORE_WEIGHTS.min}-${SERIF_CORE_WEIGHTS.max}`;
            check(weight, message).toBeGreaterThanOrEqual(SERIF_CORE_WEIGHTS.min);
            check(weight, message).toBeLessThanOrEqual(SERIF_CORE_WEIGHTS.max);
          }
        });

        await test.step('over the whole visit: no CSP violation, no request elsewhere, nothing stored', async () => {
          check(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP violations').toEqual([]);
          check(cspConsole, 'CSP or Permissions-Policy messages in the console').toEqual([]);
          check(guards.consoleErrors, 'console errors').toEqual([]);
          check(guards.foreignRequests, 'requests to other hosts').toEqual([]);
          check(await page.evaluate(() => (window as unknown as { storageUse: string[] }).storageUse), 'cookie, storage, IndexedDB or cache use').toEqual([]);
          check(await context.cookies(), 'cookies').toEqual([]);
          const stored = await page.evaluate(async () => ({
            localStorage: localStorage.length,
            sessionStorage: sessionStorage.length,
            indexedDB: (await indexedDB.databases()).length,
          }));
          check(stored).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0 });
        });
      } finally {
        await context.close();
      }
    });
  }
}
