/**
 * Each offline edition opened as a reader opens a file passed on by a
 * messaging app or a USB stick: from the disk (file://), on a phone, with the
 * network cut. It asks for nothing, and the story, its type and every step's
 * picture render. What the file holds is checked in tests/dist/offline.test.ts.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { DIST } from '../support/dist';
import { offlineEditions } from '../support/site';

test.use({ viewport: { width: 375, height: 740 }, offline: true });

for (const edition of offlineEditions()) {
  test(`the ${edition.lang} offline edition opens from the disk with no request and renders the story and every picture`, async ({ page }) => {
    const address = pathToFileURL(resolve(DIST, edition.html)).href;
    const requests: string[] = [];
    await page.route('**/*', (route) => (route.request().url() === address ? route.continue() : route.abort()));
    page.on('request', (request) => {
      const url = request.url();
      if (url !== address && !url.startsWith('data:')) requests.push(url);
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(address);
    await expect(page.locator('h1')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // English: the serif's core is written into the file, and its faces load from there. Chinese: the system's fonts only.
    const faces = await page.evaluate(() => [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`));
    expect(faces.filter((face) => face.endsWith('error')), 'faces that failed to load').toEqual([]);
    if (edition.fonts === 'system') expect(faces).toEqual([]);
    else expect(faces.filter((face) => face.endsWith('loaded')).length, `faces loaded: ${faces.join(', ')}`).toBeGreaterThan(0);

    const pictures = page.locator('[data-chart-state] svg');
    const count = await pictures.count();
    expect(count).toBeGreaterThanOrEqual(await page.locator('[data-scrolly-step][data-state]').count());
    for (let index = 0; index < count; index += 1) {
      const picture = pictures.nth(index);
      await picture.scrollIntoViewIfNeeded();
      await expect(picture).toBeVisible();
      const box = await picture.boundingBox();
      expect(box?.width ?? 0, `picture ${index + 1}`).toBeGreaterThan(200);
      expect(box?.height ?? 0, `picture ${index + 1}`).toBeGreaterThan(100);
    }
    await expect(page.locator('main p').last()).toBeAttached();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
}
