/**
 * Opens a <details> disclosure from the keyboard: focus its summary, press
 * Enter. A click aims at a point, and without JavaScript the parts of the
 * story near a control the test has just jumped to are laid out in the frames
 * after the jump (content-visibility), which can move the summary from under
 * that point: on a busy machine the click then misses (seen once in CI). A
 * reader who scrolled there finds the page settled; a key press goes to the
 * focused summary wherever it is.
 */
import { expect, type Locator } from '@playwright/test';

export async function openDisclosure(details: Locator): Promise<void> {
  const summary = details.locator('summary');
  await summary.focus();
  await summary.press('Enter');
  await expect(details).toHaveJSProperty('open', true);
}
