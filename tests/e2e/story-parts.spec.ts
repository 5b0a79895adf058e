import { expect, test, type Page } from '@playwright/test';
import { PARTS_SELECTOR as PARTS } from '../../src/story/body/story-parts';
import { chaptersFromContent } from './support/site';

// Chapters come in parts that the browser lays out only near the reader
// (lib/story-parts.ts, styles/story-parts.css).
const chapters = chaptersFromContent();

/** The top of every block in the chapters, in document order. */
function blockTops(page: Page): Promise<{ top: number; block: string }[]> {
  return page.locator('.chapter :is(h2, h3, p, li, figure, blockquote)').evaluateAll((blocks) =>
    blocks.map((block) => ({ top: Math.round(block.getBoundingClientRect().top + window.scrollY), block: `${block.tagName} ${(block.textContent ?? '').trim().slice(0, 40)}` })),
  );
}

test.describe('the chapters in parts', () => {
  for (const width of [375, 1280]) {
    test(`keep every block where it stood without parts, at ${width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['./', ...chapters.map((chapter) => `chapters/${chapter.slug}/`)]) {
        await page.goto(path);
        expect(await page.locator('.story-part').count(), path).toBeGreaterThan(0);
        // Every part laid out, with the containment content-visibility gives a part on screen.
        await page.locator(PARTS).evaluateAll((parts) => {
          for (const part of parts as HTMLElement[]) Object.assign(part.style, { contentVisibility: 'visible', contain: 'layout style paint' });
        });
        const withParts = await blockTops(page);
        // The same page as it would be without parts: wrappers removed, notes uncontained.
        await page.locator(PARTS).evaluateAll((parts) => {
          for (const part of parts as HTMLElement[]) {
            if (part.classList.contains('story-part')) part.replaceWith(...part.childNodes);
            else Object.assign(part.style, { contentVisibility: 'visible', contain: 'none' });
          }
        });
        const withoutParts = await blockTops(page);
        expect(withParts.length, path).toBe(withoutParts.length);
        const moved = withParts.filter((block, index) => Math.abs(block.top - withoutParts[index].top) > 1).map((block, index) => `${block.block}: ${block.top} px, was ${withoutParts[index].top}`);
        expect(moved, path).toEqual([]);
      }
    });
  }

  test('while the story loads, only the parts near the screen are laid out', async ({ browser, baseURL }) => {
    // What the browser does on its own, before any script: the same with JavaScript on or off.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    // Open the story at its first chapter, so that parts are on the screen.
    await page.goto(`./#${chapters[0].slug}`);
    const parts = await page.locator(PARTS).evaluateAll((elements) =>
      elements.map((part) => ({ top: part.getBoundingClientRect().top, laidOut: part.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false })),
    );
    const screen = 812;
    const onScreen = parts.filter((part) => part.top >= 0 && part.top < screen);
    const farBelow = parts.filter((part) => part.top > 3 * screen);
    expect(onScreen.length).toBeGreaterThan(0);
    expect(onScreen.every((part) => part.laidOut)).toBe(true);
    // Source notes are folded away (no parts until opened), so about two parts a chapter lie far below.
    expect(farBelow.length).toBeGreaterThan(chapters.length * 2);
    expect(farBelow.filter((part) => part.laidOut)).toEqual([]);
    await context.close();
  });

  test('no part is too big to lay out inside one frame', async ({ browser, baseURL }) => {
    // A part is laid out in one go. The last chapter's source notes, one part
    // of 358 elements, took 20–50 ms at 4× CPU: a long task whenever a frame
    // held it. Now each note's text is a part; the biggest part holds 64
    // elements. Parts are found by their style, whatever the stylesheet makes a part.
    const mostElements = 100;
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    const parts = await page.locator('main *').evaluateAll((elements) =>
      elements
        .filter((element) => getComputedStyle(element).contentVisibility === 'auto')
        .map((part) => ({ part: part.closest('[id]')?.id ?? part.className, elements: part.querySelectorAll('*').length })),
    );
    expect(parts.length).toBeGreaterThan(chapters.length * 3);
    expect(parts.filter((part) => part.elements > mostElements)).toEqual([]);
    // A note's number is its list item's marker, drawn outside the item's box:
    // containment on the item would clip it (Safari has no overflow-clip-margin).
    const containedNotes = await page.locator('.chapter .notes li').evaluateAll((items) =>
      items
        .filter((item) => {
          const style = getComputedStyle(item);
          return style.contentVisibility !== 'visible' || style.contain !== 'none';
        })
        .map((item) => item.id),
    );
    expect(containedNotes).toEqual([]);
    await context.close();
  });

  test('a link into a part far down the story lands on its heading, laid out', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const last = chapters.at(-1)!;
    await page.goto(`chapters/${last.slug}/`);
    const sectionId = await page.locator('.story-part h2[id]').last().getAttribute('id');
    await page.goto(`./#${sectionId}`);
    const heading = page.locator(`#${sectionId}`);
    const headerHeight = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeGreaterThanOrEqual(Math.floor(headerHeight));
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(headerHeight + 48);
    expect(await heading.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  });
});
