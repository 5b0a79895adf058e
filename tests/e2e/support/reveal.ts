/**
 * Brings every part of a page on screen once, a screen per animation frame,
 * so anything that loads on view (islands, fonts) loads, then waits until the
 * islands have hydrated and the fonts have loaded. Much faster than scrolling
 * like a reader, for gates that need the finished page rather than the ride.
 * Needs JavaScript on.
 */
import type { Page } from '@playwright/test';

export async function revealEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A frame, or a quarter second if none comes: once, on a loaded CI machine, a page
    // stopped drawing frames part way down (its last screenshot in mid-text) and this
    // waited for a frame until the test timed out. Reaching each screen is what counts here.
    const frame = () =>
      new Promise((resolve) => {
        requestAnimationFrame(resolve);
        setTimeout(resolve, 250);
      });
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await frame();
      await frame();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await frame();
  });
  await waitUntilFinished(page);
}

/**
 * Waits until every island has hydrated (Astro drops its ssr attribute) and
 * every font the text asked for has loaded, then goes back to the top. For a
 * page that has already been brought on screen, e.g. read through by a gate.
 */
export async function waitUntilFinished(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await document.fonts.ready;
    return document.querySelectorAll('astro-island[ssr]').length === 0;
  });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}
