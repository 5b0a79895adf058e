/**
 * The language switcher keeps the reader's place: ids are the same in every
 * language, and the switcher carries the address's #fragment over, so a
 * reader at a step of the map lands on that step in Chinese. (The pages'
 * languages, alternates and ids are checked in tests/dist/languages.test.ts.)
 */
import { expect, test } from '@playwright/test';

test('following the switcher from a step of the story lands on the same step in 简体 and back in English', async ({ page }) => {
  await page.goto('./#map-step-europe');
  await expect(page.locator('#map-step-europe')).toBeInViewport();
  await page.locator('.language-switcher a[hreflang="zh-Hans"]').click();
  await expect(page).toHaveURL(/\/zh-hans\/#map-step-europe$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#map-step-europe')).toBeInViewport();
  await page.locator('.language-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/#map-step-europe$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
