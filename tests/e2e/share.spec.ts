/**
 * Sharing in the browser: copy-link controls copy addresses that land where
 * they say, under the sticky header; a copied step link restores the chart's
 * state; "Cite this" copies its text; print leaves out navigation and
 * controls and shows every chart whole. Share metadata, sitemap and the
 * citations' text are checked in tests/dist/sharing.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { uiWords } from '../support/content';
import { page as builtPage } from '../support/dist';
import { REPRESENTATIVES } from '../support/templates';
import { allowClipboard, clipboardText } from './support/clipboard';
import { openDisclosure } from './support/disclosure';
import { printProblems } from './support/print';

const ui = uiWords();
const chapterPage = REPRESENTATIVES.find((representative) => representative.template === 'chapter')?.path ?? '';

/** First, middle and last: enough to cover the page without clicking every anchor. */
function sample(count: number): number[] {
  return [...new Set([0, Math.floor(count / 2), count - 1])];
}

/** The target sits just below the sticky header, or, when it is too near the end of the page for that, in view (a scrolly step: where its text is read from). */
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
          // A step lands where its text is read from (scrolly.css): below the pinned chart, between a quarter and two thirds down the screen.
          if (target.matches('[data-scrolly-step]') && top >= window.innerHeight * 0.25 && top <= window.innerHeight * 0.65) return 'at top';
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
  await expect(opened.locator(`.scrolly:has([id="${id}"]) .scrolly-graphic`)).toHaveAttribute('data-chart-state', state);
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

  test('a chart prints every step’s state, whichever step the reader reached', async ({ page }) => {
    await page.goto(chapterPage);
    const scrolly = page.locator('.scrolly').first();
    const steps = scrolly.locator('[data-scrolly-step]');
    const states = await steps.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-state') ?? ''));
    expect(states.length).toBeGreaterThan(1);
    await steps.nth(1).scrollIntoViewIfNeeded();
    await expect(scrolly.locator('.scrolly-graphic')).toHaveAttribute('data-chart-state', states[1] ?? '');
    await page.emulateMedia({ media: 'print' });
    // Pinned on screen; on paper the steps as small multiples, each with the picture of its own state.
    await expect(scrolly.locator('.scrolly-frame')).toBeHidden();
    const pictures = scrolly.locator('.step-picture');
    await expect(pictures).toHaveCount(states.length);
    for (const [index, state] of states.entries()) {
      await expect(pictures.nth(index)).toHaveAttribute('data-chart-state', state);
      await expect(pictures.nth(index)).toBeVisible();
      const box = await pictures.nth(index).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
  });

  test('the story prints every step’s picture, outside links with their address, on at most 24 A4 pages', async ({ page }) => {
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
    await page.evaluate(() => document.querySelector('main p a[href="https://example.org/source"]')?.remove());
    // Each step's picture shows on paper, drawn from its own file.
    const pictures = page.locator('.step-picture');
    await expect(pictures).toHaveCount(await page.locator('[data-scrolly-step]').count());
    for (const picture of await pictures.all()) await expect(picture).toBeVisible();
    // As tools/pdf.ts prints it: A4, the print stylesheet's margins.
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(24);
    const drawn = await page.locator('.step-picture img').evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0));
    expect(drawn, 'every picture was fetched for print and drew').toBe(true);
  });
});
