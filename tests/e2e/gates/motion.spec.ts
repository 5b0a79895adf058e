/**
 * Reduced motion: in-page links jump instead of gliding. (That nothing moves
 * on its own while one page of each template is read through is checked in
 * templates.spec.ts.)
 */
import { expect, test } from '@playwright/test';

test.use({ reducedMotion: 'reduce' });

test('in-page links jump straight to their target with reduced motion', async ({ page }) => {
  await page.goto('./');
  const link = page.locator('nav.toc a[href^="#"]').last();
  const target = (await link.getAttribute('href')) ?? '';
  // The page scrolls smoothly only while focus is inside it, and only without reduced motion.
  await link.focus();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'scroll behaviour with reduced motion').toBe('auto');
  // Where the target sits on screen in each of the frames after the click (not scrollY: once the
  // page is idle, parts above the target are laid out, and scroll anchoring changes scrollY so
  // that the target stays where it is).
  await page.evaluate((selector) => {
    const tops: number[] = [];
    (window as unknown as { targetTops: number[] }).targetTops = tops;
    const element = document.querySelector(selector);
    const record = () => {
      tops.push(Math.round(element?.getBoundingClientRect().top ?? Number.NaN));
      if (tops.length < 20) requestAnimationFrame(record);
    };
    document.addEventListener('click', () => requestAnimationFrame(record), { once: true });
  }, target);
  await link.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { targetTops: number[] }).targetTops.length)).toBe(20);
  const tops = await page.evaluate(() => (window as unknown as { targetTops: number[] }).targetTops);
  expect(new Set(tops).size, `the jump to ${target} should be over in the first frame (tops: ${tops.join(', ')})`).toBe(1);
  expect(tops[0], `the jump to ${target} should put it at the top of the screen`).toBeLessThan(200);
  expect(await page.evaluate(() => window.scrollY), `the jump to ${target} should have moved the page`).toBeGreaterThan(0);
});
