/**
 * Reflow gate (WCAG 1.4.10 and 1.4.4): every page reads at 320px wide, with
 * JavaScript on and off, and at 200% zoom of a 1280×800 window (640×400 CSS
 * pixels), without sideways scrolling and with nothing cut off.
 */
import { expect, test } from '@playwright/test';
import { allPages, label } from '../support/all-pages';
import { revealEverything } from '../support/reveal';
import { reflowProblems } from '../support/reflow';

const LAYOUTS = [
  { name: '320px wide', viewport: { width: 320, height: 640 }, javaScript: true },
  { name: '320px wide, JavaScript off', viewport: { width: 320, height: 640 }, javaScript: false },
  { name: '200% zoom', viewport: { width: 640, height: 400 }, javaScript: true },
] as const;

for (const path of allPages()) {
  for (const layout of LAYOUTS) {
    test(`${label(path)} at ${layout.name}: no sideways scrolling, nothing cut off`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, viewport: layout.viewport, javaScriptEnabled: layout.javaScript });
      const page = await context.newPage();
      try {
        await page.goto(path || './');
        // With JavaScript, scroll through so that lazily loaded charts are laid out too.
        if (layout.javaScript) await revealEverything(page);
        expect(await reflowProblems(page), `${label(path)} at ${layout.name}`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}
