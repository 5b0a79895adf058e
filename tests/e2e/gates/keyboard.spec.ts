/**
 * Keyboard gate. On one page of each template, at a phone and a desktop
 * width, Tab reaches every control in document (reading) order, starting
 * with the skip link, and each focused control shows a focus ring that
 * contrasts with what is behind it and is not hidden under the sticky header.
 * Reduced motion is on only to make focus scrolling instant, which keeps the
 * walk fast; positions are the same either way.
 */
import { expect, test } from '@playwright/test';
import { label } from '../../support/dist';
import { REPRESENTATIVES } from '../../support/templates';
import { focusRingProblem, listTabbables, tabThrough } from '../support/keyboard';

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

for (const { template, path } of REPRESENTATIVES) {
  for (const viewport of VIEWPORTS) {
    test(`${template} (${label(path)}) at ${viewport.width}px: Tab reaches every control in order, with a visible focus ring`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path || './');
      const { controls, positiveTabindex, unreachable } = await listTabbables(page);
      expect(positiveTabindex, 'tabindex above 0 breaks the reading order').toEqual([]);
      expect(unreachable, 'visible controls taken out of the Tab order with tabindex="-1"').toEqual([]);
      expect(controls.length, 'a page with no controls at all is suspicious').toBeGreaterThan(0);
      test.setTimeout(30_000 + controls.length * 400);

      const stops = await tabThrough(page, controls.length + 20);
      const unexpected = stops.filter((stop) => stop.index < 0 && !stop.scroller).map((stop) => stop.description);
      expect(unexpected, 'focus landed on something that is not a control').toEqual([]);
      const reached = stops.filter((stop) => stop.index >= 0).map((stop) => controls[stop.index]);
      expect(reached, 'controls in the order Tab reached them (expected: document order, each once)').toEqual(controls);
      if (template === 'embed') {
        // An embed is one figure inside someone else's article: there is no
        // header or menu to bypass (WCAG 2.4.1), so its first stop is the chart's own.
        expect(controls[0], 'an embed has no skip link').not.toMatch(/^<a href="#main">/);
      } else {
        expect(controls[0], 'the first Tab should land on the skip link').toMatch(/^<a href="#main">/);
      }
      const ringProblems = stops.flatMap((stop) => {
        const problem = focusRingProblem(stop);
        return problem ? [`${stop.description}: ${problem}`] : [];
      });
      expect(ringProblems, 'controls without a clearly visible focus ring').toEqual([]);
    });
  }
}

test('the skip link moves focus past the header to the story', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '#main');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain, 'the Tab after the skip link should land inside <main>').toBe(true);
});
