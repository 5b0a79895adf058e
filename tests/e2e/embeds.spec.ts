/**
 * Chart embeds (issue 5, item 3), in Chromium with JavaScript on and off:
 * every /embed/<chart-id>/ page shows its whole chart without script and with
 * no inline script; each chart's share card is served; the "Embed this chart"
 * panel in the story hands out code for the right address; and a host page
 * that uses that code at 320px and 800px gets a frame that fits its content
 * (through pym.js with JavaScript, at the fixed height without).
 * Screenshots of the embeds go to artifacts/embeds/ for review.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { CHART_IDS, type ChartId } from '../../src/charts/registry';
import { pngSize } from '../../tools/png-size';
import { uiWords } from './support/content';
import { openDisclosure } from './support/disclosure';
import { allowClipboard } from './support/clipboard';

const SHOTS = 'artifacts/embeds';
mkdirSync(SHOTS, { recursive: true });
const ui = uiWords();
const PYM = createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js');

function chartTitle(chart: ChartId): string {
  return (parse(readFileSync(`content/charts/${chart}.yaml`, 'utf8')) as { title: string }).title;
}

/** The code in a chart's "Embed this chart" panel on the whole-story page: [plain iframe, pym version]. */
async function embedCodes(page: Page, chart: ChartId): Promise<[string, string]> {
  await page.goto('./');
  const boxes = page.locator(`#${chart} [data-embed-panel="${chart}"] textarea`);
  await expect(boxes).toHaveCount(2);
  return [await boxes.nth(0).inputValue(), await boxes.nth(1).inputValue()];
}

/** Points code written for the public site at the preview server under test. */
function atServer(code: string, baseURL: string | undefined): string {
  const published = /src="([^"]+)"/.exec(code)?.[1] ?? '';
  const from = new URL(published).href.replace(/embed\/[^/]+\/$/, '');
  return code.replaceAll(from, baseURL ?? '');
}

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed/')), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed/'));
  if (!frame) throw new Error('no embed frame on the host page');
  await frame.waitForLoadState('load');
  return frame;
}

test.describe('embed pages', () => {
  for (const chart of CHART_IDS) {
    test(`/embed/${chart}/ shows the whole chart, its source and a credit, without inline script`, async ({ page, request }) => {
      await page.goto(`embed/${chart}/`);
      const figure = page.locator(`figure#${chart}`);
      await expect(figure.locator('.chart-title')).toHaveText(chartTitle(chart));
      await expect(figure.locator('.chart-takeaway')).not.toBeEmpty();
      const marks = await figure.locator('svg.chart-svg').locator('circle, rect, path, line, text').count();
      expect(marks, 'the chart draws marks').toBeGreaterThan(5);
      await expect(figure.locator('svg.chart-svg')).toBeVisible();
      expect(await figure.locator('.chart-sources a').count(), 'sources are linked').toBeGreaterThan(0);

      // Only the chart: no site header or footer, no embed panel inside the embed.
      await expect(page.locator('.site-header, .site-footer, [data-embed-panel]')).toHaveCount(0);

      // The credit links back to the chart in the story, opening in the host's window.
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      expect(new URL(canonical).hash).toBe(`#${chart}`);
      const credit = page.locator('.embed-credit a');
      await expect(credit).toHaveAttribute('href', canonical);
      await expect(credit).toHaveAttribute('target', '_top');
      await expect(page.locator('base')).toHaveAttribute('target', '_top');

      // The card of this chart is the page's share image.
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
      expect(new URL(image).pathname).toMatch(new RegExp(`/cards/charts/${chart}\\.png$`));

      // What a strict content security policy needs: no inline script, no inline event handlers.
      const html = await (await request.get(`embed/${chart}/`)).text();
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
      expect(html.match(/\son[a-z]+\s*=/gi) ?? []).toEqual([]);
    });
  }
});

test.describe('chart share cards', () => {
  for (const chart of CHART_IDS) {
    test(`/cards/charts/${chart}.png is a 1200×630 PNG`, async ({ request }) => {
      const response = await request.get(`cards/charts/${chart}.png`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });
  }
});

test.describe('"Embed this chart" panel', () => {
  for (const chart of CHART_IDS) {
    test(`${chart}: the panel's code embeds /embed/${chart}/, and its preview link opens it`, async ({ page, baseURL }) => {
      const [iframe, pym] = await embedCodes(page, chart);
      const src = /src="([^"]+)"/.exec(iframe)?.[1] ?? '';
      expect(new URL(src).pathname).toMatch(new RegExp(`/embed/${chart}/$`));
      expect(iframe).toMatch(/height="\d{3,4}"/);
      expect(iframe).toContain(`title="${chartTitle(chart).replace(/"/g, '&quot;')}"`);
      expect(pym).toContain(`, "${src}", `);
      expect(pym).toContain(`<noscript>${iframe}</noscript>`);
      const preview = (await page.locator(`[data-embed-panel="${chart}"] a`).getAttribute('href')) ?? '';
      await page.goto(new URL(preview, baseURL).href);
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`/embed/${chart}/$`));
      await expect(page.locator(`figure#${chart} svg.chart-svg`)).toBeVisible();
    });
  }

  test('each code box has a copy button that copies its code, shown only with JavaScript', async ({ page, context, baseURL }, testInfo) => {
    const javascript = await allowClipboard(context, baseURL, testInfo);
    const chart = CHART_IDS[0];
    const [, pym] = await embedCodes(page, chart);
    const panel = page.locator(`#${chart} [data-embed-panel="${chart}"]`);
    await openDisclosure(panel);
    const buttons = panel.locator('button[data-copy-embed]');
    await expect(buttons).toHaveCount(2);
    if (!javascript) {
      await expect(buttons.first()).toBeHidden();
      await expect(buttons.nth(1)).toBeHidden();
      return;
    }
    await buttons.nth(1).click();
    await expect(page.locator('[data-copy-status]')).toHaveText(ui.copied ?? '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pym);
  });
});

test.describe('an embed in a host page', () => {
  // The host stands in for a newsroom's page, which does not carry our CSP; the host
  // document is written over one of our pages (same origin), so it would inherit it.
  // The embed pages' own CSP is checked by the security-headers gate.
  test.use({ bypassCSP: true });
  for (const chart of CHART_IDS) {
    for (const width of [320, 800]) {
      test(`${chart} at ${width}px: the frame fits its content`, async ({ page, baseURL, javaScriptEnabled }) => {
        const [iframe, pym] = (await embedCodes(page, chart)).map((code) => atServer(code, baseURL)) as [string, string];
        await page.setViewportSize({ width: width + 40, height: 900 });
        if (javaScriptEnabled) {
          // The host runs pym.js (its own copy) and the snippet from the panel.
          const [container = '', script = ''] = pym.split('\n');
          await page.setContent(`<!doctype html><body style="margin:20px"><div style="width:${width}px">${container}</div></body>`);
          await page.addScriptTag({ path: PYM });
          await page.addScriptTag({ content: script.replace(/^<script>|<\/script>$/g, '') });
          const frame = await embedFrame(page);
          const element = page.locator('iframe');
          const fits = async () => {
            const inner = await frame.evaluate(() => document.body.offsetHeight);
            const outer = await element.evaluate((node) => node.getBoundingClientRect().height);
            return Math.abs(inner - outer);
          };
          await expect.poll(fits, { timeout: 10_000 }).toBeLessThanOrEqual(2);
          // Opening the table makes the content taller; the frame follows.
          const before = await element.evaluate((node) => node.getBoundingClientRect().height);
          await frame.locator('.chart-data summary').click();
          await expect.poll(() => element.evaluate((node) => node.getBoundingClientRect().height), { timeout: 5_000 }).toBeGreaterThan(before + 20);
          await expect.poll(fits, { timeout: 5_000 }).toBeLessThanOrEqual(2);
          await frame.locator('.chart-data summary').click();
        } else {
          // No script anywhere: the plain iframe at its fixed height.
          await page.setContent(`<!doctype html><body style="margin:20px"><div style="width:${width}px">${iframe}</div></body>`);
          const frame = await embedFrame(page);
          const fixed = Number(/height="(\d+)"/.exec(iframe)?.[1]);
          await expect(page.locator('iframe')).toHaveJSProperty('offsetHeight', fixed);
          await expect(frame.locator('svg.chart-svg')).toBeVisible();
        }
        const frame = await embedFrame(page);
        const overflow = await frame.evaluate(() => ({
          vertical: document.documentElement.scrollHeight - document.documentElement.clientHeight,
          sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(overflow.sideways, 'no sideways scrolling inside the frame').toBeLessThanOrEqual(0);
        // With pym.js the frame is as tall as its content; without it, at 800px the fixed height is enough.
        if (javaScriptEnabled || width >= 600) expect(overflow.vertical, 'no scrollbar inside the frame').toBeLessThanOrEqual(1);
        if (!javaScriptEnabled && width >= 600) {
          // Sensible, not just safe: the fixed height leaves no large empty band under the chart.
          const content = await frame.evaluate(() => document.body.offsetHeight);
          expect(Number(/height="(\d+)"/.exec(iframe)?.[1]) - content, 'empty space under the chart').toBeLessThan(200);
        }
        await page.screenshot({ path: `${SHOTS}/${chart}-${width}-${javaScriptEnabled ? 'js' : 'nojs'}.png`, fullPage: true });
      });
    }
  }
});
