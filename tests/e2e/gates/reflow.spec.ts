/**
 * Reflow gate (WCAG 1.4.10 and 1.4.4): one page of each template reads at
 * 320 px wide, with JavaScript on and off, and at 200 % zoom of a 1280×800
 * window (640×400 CSS pixels), without sideways scrolling and with nothing
 * cut off.
 */
import { expect, test } from '@playwright/test';
import { label } from '../../support/dist';
import { REPRESENTATIVES } from '../../support/templates';
import { reflowProblems } from '../support/reflow';
import { revealEverything } from '../support/reveal';

const LAYOUTS = [
  { name: '320px wide', viewport: { width: 320, height: 640 }, javaScript: true },
  { name: '320px wide, JavaScript off', viewport: { width: 320, height: 640 }, javaScript: false },
  { name: '200% zoom', viewport: { width: 640, height: 400 }, javaScript: true },
] as const;

for (const { template, path } of REPRESENTATIVES) {
  for (const layout of LAYOUTS) {
    test(`${template} (${label(path)}) at ${layout.name}: no sideways scrolling, nothing cut off`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: layout.viewport, javaScriptEnabled: layout.javaScript });
      try {
        const page = await context.newPage();
        await page.goto(path || './');
        // With JavaScript, bring every part on screen so that lazily hydrated charts are laid out too.
        if (layout.javaScript) await revealEverything(page);
        expect(await reflowProblems(page), `${label(path)} at ${layout.name}`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}
