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
