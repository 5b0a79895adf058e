/**
 * Copy controls only appear with JavaScript, and only where the clipboard can
 * be used: tests that press them let the page use the clipboard first.
 */
import type { BrowserContext, TestInfo } from '@playwright/test';

/** Grants clipboard access to the site under test when the project runs JavaScript; says whether it does. */
export async function allowClipboard(context: BrowserContext, baseURL: string | undefined, testInfo: TestInfo): Promise<boolean> {
  const javascript = testInfo.project.use.javaScriptEnabled !== false;
  if (javascript) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  return javascript;
}
