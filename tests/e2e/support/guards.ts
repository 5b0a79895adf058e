/**
 * Guards attached to a page before it loads: they collect console errors,
 * uncaught exceptions and any request that leaves the site's origin.
 */
import type { Page } from '@playwright/test';

export interface PageGuards {
  consoleErrors: string[];
  foreignRequests: string[];
}

export function guardPage(page: Page, origin: string): PageGuards {
  const guards: PageGuards = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') guards.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => guards.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (new URL(url).origin !== origin) guards.foreignRequests.push(url);
  });
  return guards;
}

/**
 * Scrolls to the bottom in screen-sized wheel steps, as a reader would, so
 * lazy islands hydrate. Uses the mouse wheel rather than page script, which
 * works with JavaScript disabled too.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  let previous = -1;
  for (let guard = 0; guard < 400; guard += 1) {
    await page.mouse.wheel(0, Math.floor(viewport.height * 0.8));
    await page.waitForTimeout(40);
    const y = await page.evaluate(() => window.scrollY);
    if (y === previous) break;
    previous = y;
  }
  await page.waitForTimeout(200);
}
