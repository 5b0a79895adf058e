/**
 * Chart embeds in the browser: the story's "Embed this chart" panel copies its
 * code, and a host page that uses the pym.js code at 320 px and 800 px gets a
 * frame that fits its content as it changes (another tab, another column
 * width). What the embed pages, the code and the share cards hold is checked
 * in tests/dist/charts.test.ts; the plain iframe without JavaScript in
 * no-javascript.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { uiWords } from '../support/content';
import { SITE_SET } from '../support/dist';
import { CHART_IDS } from '../support/site';
import { allowClipboard, clipboardText } from './support/clipboard';
import { openDisclosure } from './support/disclosure';
import { atServer, embedCodes, embedFrame, hostPage, overflowOf, PYM } from './support/embeds';

test('each code box of the embed panel has a copy button that copies its code', async ({ page, context, baseURL }) => {
  await allowClipboard(context, baseURL);
  const chart = CHART_IDS[0];
  const codes = embedCodes(chart);
  await page.goto('./');
  const panel = page.locator(`#${chart} [data-embed-panel="${chart}"]`);
  await openDisclosure(panel);
  const buttons = panel.locator('button[data-copy-embed]');
  await expect(buttons).toHaveCount(2);
  for (const [index, code] of codes.entries()) {
    await buttons.nth(index).click();
    await expect(page.locator('[data-copy-status]')).toHaveText(uiWords().copied ?? '');
    // A build without SITE_URL hands out the address the page is served from.
    expect(await clipboardText(page)).toBe(SITE_SET ? code : atServer(code, baseURL));
  }
});

test.describe('an embed in a host page, with pym.js', () => {
  // The host stands in for a newsroom's page, which does not carry our CSP; the host
  // document is written over one of our pages (same origin), so it would inherit it.
  // The embed pages' own policy is checked by the security gate.
  test.use({ bypassCSP: true });

  for (const chart of CHART_IDS) {
    test(`${chart} at 320 px and 800 px: the frame fits its content, and follows it when it grows`, async ({ page, baseURL }) => {
      const [, pym] = embedCodes(chart).map((code) => atServer(code, baseURL)) as [string, string];
      for (const width of [320, 800]) {
        // The host runs pym.js (its own copy) and the snippet from the panel.
        const [container = '', script = ''] = pym.split('\n');
        await hostPage(page, width, container);
        await page.addScriptTag({ path: PYM });
        await page.addScriptTag({ content: script.replace(/^<script>|<\/script>$/g, '') });
        const frame = await embedFrame(page);
        const element = page.locator('iframe');
        const gap = async () => {
          const inner = await frame.evaluate(() => document.body.offsetHeight);
          const outer = await element.evaluate((node) => node.getBoundingClientRect().height);
          return Math.abs(inner - outer);
        };
        await expect.poll(gap, { message: `${width} px: the frame should be as tall as its content` }).toBeLessThanOrEqual(2);
        // Another tab shows another state; the frame still fits.
        await frame.locator('.state-input').nth(1).click();
        await expect.poll(gap).toBeLessThanOrEqual(2);
        // Another column width draws the chart at another height (the drawing scales with the width up to its cap); the frame follows.
        const before = await element.evaluate((node) => node.getBoundingClientRect().height);
        const column = page.locator('body > div');
        await column.evaluate((node, other) => (node.style.width = `${other}px`), width < 600 ? 600 : 320);
        await expect.poll(async () => Math.abs((await element.evaluate((node) => node.getBoundingClientRect().height)) - before)).toBeGreaterThan(20);
        await expect.poll(gap).toBeLessThanOrEqual(2);
        await column.evaluate((node, back) => (node.style.width = `${back}px`), width);
        await expect.poll(gap).toBeLessThanOrEqual(2);
        const overflow = await overflowOf(frame);
        expect(overflow.sideways, `${width} px: no sideways scrolling inside the frame`).toBeLessThanOrEqual(0);
        expect(overflow.vertical, `${width} px: no scrollbar inside the frame`).toBeLessThanOrEqual(1);
      }
    });
  }
});
