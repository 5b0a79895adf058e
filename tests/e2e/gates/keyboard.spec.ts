/**
 * Keyboard: the skip link. (Tab through every control of one page of each
 * template is in templates.spec.ts; the scrollies' Page Down, Space and arrow
 * keys in scrolly-keyboard.spec.ts.)
 */
import { expect, test } from '@playwright/test';

test('the skip link moves focus past the header to the story', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '#main');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain, 'the Tab after the skip link should land inside <main>').toBe(true);
});
