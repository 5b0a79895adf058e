import { expect, test } from '@playwright/test';
import { builtPages, chaptersFromContent } from './support/site';
import { guardPage, scrollThrough } from './support/guards';

const chapters = chaptersFromContent();

test.describe('the one-page story', () => {
  test('shows every chapter in order', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('h1')).toHaveCount(1);
    const sectionIds = await page.locator('main section.chapter').evaluateAll((sections) => sections.map((section) => section.id));
    expect(sectionIds).toEqual(chapters.map((chapter) => chapter.slug));
    for (const chapter of chapters) {
      await expect(page.locator(`#${chapter.slug}-title`)).toContainText(chapter.title);
    }
  });

  test('gives every heading an id', async ({ page }) => {
    await page.goto('./');
    const missing = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((headings) =>
      headings.filter((heading) => !heading.id).map((heading) => heading.textContent?.trim()),
    );
    expect(missing).toEqual([]);
  });

  test('lands every table-of-contents link at the top of the screen, below the header', async ({ page }) => {
    test.slow();
    await page.goto('./');
    // The contents list chapter titles only: one link a chapter, in order.
    const hrefs = await page.locator('nav.toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(chapters.map((chapter) => `#${chapter.slug}`));
    const headerHeight = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    for (const href of hrefs) {
      await page.locator(`nav.toc a[href="${href}"]`).click();
      const target = page.locator(href);
      await expect
        .poll(async () => target.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { message: href })
        .toBeGreaterThanOrEqual(Math.floor(headerHeight));
      const { top, atBottom } = await target.evaluate((element) => ({
        top: element.getBoundingClientRect().top,
        // Near the end of the page the browser cannot scroll a heading all the way up.
        atBottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
      }));
      if (!atBottom) expect(top, `${href} should sit just below the sticky header`).toBeLessThan(headerHeight + 48);
      else expect(top, `${href} should be on screen`).toBeLessThan(await page.evaluate(() => window.innerHeight) - 40);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  test('opening /#<id> lands the heading below the sticky header', async ({ page }) => {
    const first = chapters[0];
    if (!first) throw new Error('no chapters');
    await page.goto(`./#${first.slug}`);
    const headerHeight = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    const top = await page.locator(`#${first.slug}`).evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerHeight - 1);
    expect(top).toBeLessThan(headerHeight + 48);
  });
});

test.describe('chapter pages', () => {
  for (const [index, chapter] of chapters.entries()) {
    test(`${chapter.slug} reads on its own with previous/next links`, async ({ page }) => {
      await page.goto(`chapters/${chapter.slug}/`);
      await expect(page.locator('h1')).toHaveText(chapter.title);
      const previous = chapters[index - 1];
      const next = chapters[index + 1];
      if (previous) await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`chapters/${previous.slug}/$`));
      else await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
      if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`chapters/${next.slug}/$`));
      else await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    });
  }
});

test.describe('every page', () => {
  for (const path of builtPages()) {
    test(`/${path} logs no errors and fetches nothing from another host`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guards = guardPage(page, origin);
      const response = await page.goto(path || './');
      expect(response?.status()).toBe(200);
      await scrollThrough(page);
      expect(guards.consoleErrors).toEqual([]);
      expect(guards.foreignRequests).toEqual([]);
      const cookies = await page.context().cookies();
      expect(cookies).toEqual([]);
    });
  }

  test('an unknown address answers with the 404 page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.not-found a')).toHaveAttribute('href', new URL(page.url()).pathname.replace(/no-such-page\/$/, ''));
  });
});
