/**
 * Sharing in the browser: copy-link controls copy addresses that land where
 * they say, under the sticky header; a copied step link restores the chart's
 * state; "Cite this" copies its text; print leaves out navigation and
 * controls and shows every chart whole. Share metadata, sitemap and the
 * citations' text are checked in tests/dist/sharing.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { chaptersFromContent, uiWords } from '../support/content';
import { page as builtPage } from '../support/dist';
import { REPRESENTATIVES } from '../support/templates';
import { allowClipboard, clipboardText } from './support/clipboard';
import { openDisclosure } from './support/disclosure';
import { printProblems } from './support/print';

const chapters = chaptersFromContent();
const ui = uiWords();
const chapterPage = REPRESENTATIVES.find((representative) => representative.template === 'chapter')?.path ?? '';

/** First, middle and last: enough to cover the page without clicking every anchor. */
function sample(count: number): number[] {
  return [...new Set([0, Math.floor(count / 2), count - 1])];
}

/** The target sits just below the sticky header, or, when it is too near the end of the page for that, in view. */
export async function expectAtTop(page: Page, id: string): Promise<void> {
  const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height);
  await expect
    .poll(async () =>
      page.evaluate(
        ({ targetId, headerHeight }) => {
          const target = document.getElementById(targetId);
          if (!target) return `no element #${targetId}`;
          const top = target.getBoundingClientRect().top;
          if (top >= headerHeight - 1 && top < headerHeight + 48) return 'at top';
          // A target near the end of the page cannot scroll up to the header; it must then be in view.
          const roomBelow = document.documentElement.scrollHeight - (top + window.scrollY);
          if (roomBelow < window.innerHeight - headerHeight && top >= headerHeight - 1 && top < window.innerHeight - 24) return 'at top';
          return `top at ${Math.round(top)}px`;
        },
        { targetId: id, headerHeight: header },
      ),
    )
    .toBe('at top');
}

test.describe('copy-link controls', () => {
  for (const path of ['', chapterPage, 'glossary/']) {
    test(`anchors on /${path} copy addresses that land where they say`, async ({ page, context, baseURL }) => {
      await allowClipboard(context, baseURL);
      await page.goto(path || './');
      const pageAddress = page.url();
      const anchors = page.locator('a[data-copy-link]');
      const count = await anchors.count();
      expect(count).toBeGreaterThan(2);
      for (const index of sample(count)) {
        const anchor = anchors.nth(index);
        const href = (await anchor.getAttribute('href')) ?? '';
        const expected = new URL(href, pageAddress).href;
        await anchor.click();
        await expect(page).toHaveURL(expected);
        await expect(page.locator('[data-copy-status]')).toHaveText(ui.copied ?? '');
        const address = await clipboardText(page);
        expect(address).toBe(expected);
        const opened = await context.newPage();
        await opened.goto(address);
        await expectAtTop(opened, href.slice(1));
        await opened.close();
      }
    });
  }
});

test('a copied step link opens the page at that step with the chart in its state', async ({ page, context, baseURL }) => {
  await allowClipboard(context, baseURL);
  // A step past the first of its chart, so that opening it has a state to restore.
  const step = builtPage('')
    .all('[data-scrolly-step]')
    .find((element, index, steps) => index > 0 && steps[index - 1]?.parentNode === element.parentNode);
  const id = step?.attrs.find((attribute) => attribute.name === 'id')?.value ?? '';
  const state = step?.attrs.find((attribute) => attribute.name === 'data-state')?.value ?? '';
  expect(id).not.toBe('');
  await page.goto('./');
  await page.locator(`[id="${id}"] a[data-copy-link]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const address = await clipboardText(page);
  expect(address).toBe(new URL(`#${id}`, page.url()).href);
  const opened = await context.newPage();
  await opened.goto(address);
  await expectAtTop(opened, id);
  await expect(opened.locator(`.scrolly:has([id="${id}"]) .scrolly-graphic`)).toHaveAttribute('data-state', state);
  await opened.close();
});

test('"Cite this" copies the reference it shows', async ({ page, context, baseURL }) => {
  await allowClipboard(context, baseURL);
  for (const path of ['', chapterPage]) {
    await page.goto(path || './');
    const details = page.locator('details.cite-this');
    await openDisclosure(details);
    const texts = await details.locator('[data-citation-text]').allTextContents();
    const buttons = details.locator('button[data-copy-citation]');
    await expect(buttons).toHaveCount(texts.length);
    for (const index of [0, texts.length - 1]) {
      await buttons.nth(index).click();
      await expect(page.locator('[data-copy-status]')).toHaveText(ui.copied ?? '');
      expect(await clipboardText(page), `/${path}, citation ${index + 1}`).toBe(texts[index]);
    }
  }
});

test.describe('print', () => {
  for (const path of ['', chapterPage, 'classroom/', 'glossary/']) {
    test(`/${path} prints without navigation or controls, and shows every chart and definition`, async ({ page }) => {
      await page.goto(path || './');
      expect(await printProblems(page)).toEqual([]);
    });
  }

  test('a chart prints whole in its most informative state, whichever step the reader reached', async ({ page }) => {
    // The server-rendered state is the chart's most informative one.
    const staticStates = builtPage(chapterPage).attrs('.scrolly-graphic', 'data-state');
    expect(staticStates.length).toBeGreaterThan(0);
    await page.goto(chapterPage);
    const graphics = page.locator('.scrolly-graphic');
    await expect(graphics).toHaveCount(staticStates.length);
    const steps = page.locator('.scrolly').first().locator('[data-scrolly-step]');
    // A step whose state is not the printed one, so that printing has something to undo.
    const states = await steps.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-state') ?? ''));
    const other = states.findIndex((state) => state !== staticStates[0]);
    expect(other, 'a step in another state than the printed one').toBeGreaterThanOrEqual(0);
    await steps.nth(other).scrollIntoViewIfNeeded();
    await expect(graphics.first()).toHaveAttribute('data-state', states[other] ?? '');
    await page.emulateMedia({ media: 'print' });
    for (const [index, state] of staticStates.entries()) {
      await expect(graphics.nth(index)).toHaveAttribute('data-state', state);
      const box = await graphics.nth(index).locator('svg.chart-svg').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
    // Pinned on screen, an ordinary figure on paper.
    expect(
      await page
        .locator('.scrolly-sticky')
        .first()
        .evaluate((element) => getComputedStyle(element).position),
    ).toBe('static');
  });

  test('outside links print their address, and each chapter of the story starts a new page', async ({ page }) => {
    await page.goto('./');
    await page.emulateMedia({ media: 'print' });
    const after = await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/source';
      link.textContent = 'a source';
      document.querySelector('main p')?.append(link);
      return getComputedStyle(link, '::after').content;
    });
    expect(after).toContain('https://example.org/source');
    const breaks = await page.locator('main section.chapter').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks.length).toBe(chapters.length);
    expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
  });
});
