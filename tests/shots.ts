/**
 * Screenshots for review (not a test: it asserts nothing). Serves the build
 * with its headers and saves PNGs of the screen, at 375 and 1280 px wide,
 * with JavaScript on and off, light and dark, into artifacts/shots/:
 *
 *   pages/<template>-<width>-<js|nojs>-<light|dark>.png   the top of one page of each template
 *   charts/<chart>-<state|static>-<width>-<js|nojs>-<scheme>.png   each chart at each step (static without JavaScript)
 *   charts/<chart>-footer-<width>-<js|nojs>-<scheme>.png  each chart's notes, sources, table and download
 *
 *   npm run shots                 (builds first)
 *   npm run shots -- timeline     (only shots whose name contains "timeline")
 *
 * Shots are of the screen, not the full page: parts below the fold skip
 * rendering (content-visibility: auto) and would come out blank.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { BASE, DIST } from './support/dist.ts';
import { CHART_IDS, startStaticServer } from './support/site.ts';
import { REPRESENTATIVES } from './support/templates.ts';

const OUT = 'artifacts/shots';
const only = process.argv[2] ?? '';
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(join(OUT, 'pages'), { recursive: true });
mkdirSync(join(OUT, 'charts'), { recursive: true });

/** Waits until no CSS transition or animation runs on the page's clock (with JavaScript on). */
async function stillPage(page: Page, javaScript: boolean): Promise<void> {
  if (!javaScript) return;
  // Time-based animations only: the reading-progress bar is scroll-driven and counts as running for as long as the page is open.
  await page.waitForFunction(() => document.getAnimations().every((animation) => !(animation.timeline instanceof DocumentTimeline) || animation.playState !== 'running'));
}

const server = await startStaticServer({ root: DIST, base: BASE });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let saved = 0;
try {
  for (const width of WIDTHS) {
    for (const javaScript of [true, false]) {
      for (const scheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 860 }, javaScriptEnabled: javaScript, colorScheme: scheme });
        const page = await context.newPage();
        const suffix = `${width}-${javaScript ? 'js' : 'nojs'}-${scheme}`;
        const shoot = async (file: string, target: Page | ReturnType<Page['locator']> = page) => {
          await target.screenshot({ path: join(OUT, file) });
          saved += 1;
          console.log(`  ${file}`);
        };
        for (const { template, path } of REPRESENTATIVES) {
          const name = `pages/${template}-${suffix}.png`;
          if (!name.includes(only)) continue;
          await page.goto(new URL(path, server.url).href);
          await stillPage(page, javaScript);
          await shoot(name);
        }
        for (const chart of CHART_IDS) {
          if (!`charts/${chart}-${suffix}`.includes(only) && !chart.includes(only)) continue;
          await page.goto(new URL('', server.url).href);
          const steps = await page.locator(`#${chart} [data-scrolly-step]`).evaluateAll((elements) => elements.map((element) => ({ id: element.id, state: element.getAttribute('data-state') ?? '' })));
          // Without JavaScript the chart stays in its static state: one shot is enough.
          for (const step of javaScript ? steps : steps.slice(0, 1)) {
            await page.goto('about:blank');
            await page.goto(new URL(`#${step.id}`, server.url).href);
            if (javaScript) await page.waitForFunction(({ chart, state }) => document.querySelector(`#${chart} .scrolly-graphic`)?.getAttribute('data-chart-state') === state, { chart, state: step.state });
            await stillPage(page, javaScript);
            await shoot(`charts/${chart}-${javaScript ? step.state : 'static'}-${suffix}.png`);
          }
          const footer = page.locator(`figure#${chart} figcaption`);
          await footer.scrollIntoViewIfNeeded();
          await shoot(`charts/${chart}-footer-${suffix}.png`, footer);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${saved} screenshots in ${OUT}/`);
