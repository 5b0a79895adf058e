/**
 * Brings every part of a page on screen once, a screen per animation frame,
 * so anything that loads on view (images, islands) loads, then waits for the network
 * to settle. Much faster than scrolling like a reader (guards.ts
 * scrollThrough), for gates that need the finished page rather than the ride.
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
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}
