/**
 * Waiting for the page instead of sleeping: scroll positions read until they
 * hold still, and animation frames counted in the page. Reading from the test
 * side works with JavaScript off too (page timers and animation frames do
 * not run there); frame counting needs JavaScript on.
 */
import { expect, type Page } from '@playwright/test';

export const scrollYOf = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

/**
 * Resolves with the scroll position once two readings in a row agree, so an
 * animated scroll (wheel, smooth keyboard scrolling) has come to rest.
 */
export async function waitForScrollToRest(page: Page): Promise<number> {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const y = await scrollYOf(page);
        const still = y === last;
        last = y;
        return still;
      },
      { message: 'the page kept scrolling', intervals: [50], timeout: 15_000 },
    )
    .toBe(true);
  return last;
}

/** Resolves once the page has scrolled away from `from` and come to rest again. */
export async function waitForScrollFrom(page: Page, from: number): Promise<number> {
  await expect.poll(() => scrollYOf(page), { message: `the page should scroll away from ${from}` }).not.toBe(from);
  return waitForScrollToRest(page);
}

/** Resolves after `count` animation frames of the page (JavaScript on). */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (count) => {
    for (let frame = 0; frame < count; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}

/** Waits until no CSS transition or animation is running on the page's clock, e.g. before a screenshot. */
export async function animationsFinished(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((animation) => animation.timeline instanceof DocumentTimeline && animation.playState === 'running').length), {
      message: 'animations still running',
      intervals: [16, 32, 64, 100],
    })
    .toBe(0);
}

/**
 * Runs the page's CSS transitions and animations ten times faster (DevTools'
 * animation speed): tests that wait for a chart to settle after each step
 * check where marks end up and that they animate, not how long they take.
 */
export async function fastAnimations(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 10 });
}
