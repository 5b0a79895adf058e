/**
 * Copy controls appear only where the clipboard can be used: tests that press
 * them let the site under test use the clipboard first.
 */
import type { BrowserContext, Page } from '@playwright/test';

export async function allowClipboard(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
}

export const clipboardText = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
