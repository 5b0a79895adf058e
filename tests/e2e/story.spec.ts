/**
 * Reading the story in the browser: contents links and addresses land their
 * target just below the sticky header; the chapters come in parts the browser
 * lays out only near the reader, without moving a single block; citation
 * numbers stay on the line of the words they back and lead to their notes and
 * back. The story's shape in the HTML is checked in tests/dist/story.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { chaptersFromContent } from '../support/content';
import { REDIRECTS } from '../support/dist';
import { PARTS_SELECTOR } from '../support/site';
import { REPRESENTATIVES } from '../support/templates';

const chapters = chaptersFromContent();
const chapterPage = REPRESENTATIVES.find((representative) => representative.template === 'chapter')?.path ?? '';
/** What skips layout until the reader nears it: the chapters' parts and each source note's text (src/story/body/story-parts.css). */
const PARTS = PARTS_SELECTOR;

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);

test.describe('addresses', () => {
  for (const [from, to] of Object.entries(REDIRECTS)) {
    test(`the old address ${from} lands on ${to}`, async ({ page }) => {
      await page.goto(from.replace(/^\//, ''));
      await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}`.endsWith(to));
      const fragment = new URL(page.url()).hash.slice(1);
      if (fragment) await expect(page.locator(`[id="${fragment}"]`)).toBeInViewport();
    });
  }

  test('every contents link lands its target at the top of the screen, below the header', async ({ page }) => {
    // Each link a smooth scroll past parts that are laid out on the way, as a reader's is.
    test.slow();
    await page.goto('./');
    const hrefs = await page.locator('nav.toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(chapters.length);
    const header = await headerHeight(page);
    for (const href of hrefs) {
      await page.locator(`nav.toc a[href="${href}"]`).click();
      const target = page.locator(href);
      await expect.poll(async () => target.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { message: href }).toBeGreaterThanOrEqual(Math.floor(header));
      const { top, atBottom } = await target.evaluate((element) => ({
        top: element.getBoundingClientRect().top,
        // Near the end of the page the browser cannot scroll a heading all the way up.
        atBottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
      }));
      if (!atBottom) expect(top, `${href} should sit just below the sticky header`).toBeLessThan(header + 48);
      else expect(top, `${href} should be on screen`).toBeLessThan((await page.evaluate(() => window.innerHeight)) - 40);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  test('opening /#<chapter> lands the chapter below the sticky header', async ({ page }) => {
    const [first] = chapters;
    if (!first) throw new Error('no chapters');
    await page.goto(`./#${first.slug}`);
    const header = await headerHeight(page);
    const top = await page.locator(`#${first.slug}`).evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(header - 1);
    expect(top).toBeLessThan(header + 48);
  });

  test('a link into a part far down the story lands on its heading, laid out', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const last = chapters.at(-1);
    if (!last) throw new Error('no chapters');
    await page.goto(`chapters/${last.slug}/`);
    const sectionId = await page.locator('.story-part h2[id]').last().getAttribute('id');
    await page.goto(`./#${sectionId}`);
    const heading = page.locator(`#${sectionId}`);
    const header = await headerHeight(page);
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeGreaterThanOrEqual(Math.floor(header));
    expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(header + 48);
    expect(await heading.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  });
});

/** The top of every block in the chapters, in document order. */
function blockTops(page: Page): Promise<{ top: number; block: string }[]> {
  return page
    .locator('.chapter :is(h2, h3, p, li, figure, blockquote)')
    .evaluateAll((blocks) =>
      blocks.map((block) => ({ top: Math.round(block.getBoundingClientRect().top + window.scrollY), block: `${block.tagName} ${(block.textContent ?? '').trim().slice(0, 40)}` })),
    );
}

test.describe('the chapters in parts', () => {
  // The one-page story holds every chapter; a chapter page is the same template on its own.
  for (const width of [375, 1280]) {
    test(`keep every block where it stood without parts, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['./', chapterPage]) {
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
        const moved = withParts.filter((block, index) => Math.abs(block.top - (withoutParts[index]?.top ?? 0)) > 1).map((block) => `${block.block}: ${block.top} px`);
        expect(moved, path).toEqual([]);
      }
    });
  }

  test('while the story loads, only the parts near the screen are laid out', async ({ browser, baseURL }) => {
    // What the browser does on its own, before any script.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    try {
      const page = await context.newPage();
      // Open the story at its first chapter, so that parts are on the screen.
      await page.goto(`./#${chapters[0]?.slug}`);
      const parts = await page
        .locator(PARTS)
        .evaluateAll((elements) => elements.map((part) => ({ top: part.getBoundingClientRect().top, laidOut: part.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false })));
      const screen = 812;
      const onScreen = parts.filter((part) => part.top >= 0 && part.top < screen);
      const farBelow = parts.filter((part) => part.top > 3 * screen);
      expect(onScreen.length).toBeGreaterThan(0);
      expect(onScreen.every((part) => part.laidOut)).toBe(true);
      // Source notes are folded away (no parts until opened), so about two parts a chapter lie far below.
      expect(farBelow.length).toBeGreaterThan(chapters.length * 2);
      expect(farBelow.filter((part) => part.laidOut)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('no part is too big to lay out inside one frame, and no note is contained', async ({ page }) => {
    // A part is laid out in one go, so it stays small; parts are found by their style, whatever the stylesheet makes a part.
    const mostElements = 100;
    await page.goto('./');
    const parts = await page
      .locator('main *')
      .evaluateAll((elements) =>
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
  });
});

test.describe('citations', () => {
  test('a citation opens the folded source list at its note, and the note leads back', async ({ page }) => {
    await page.goto(chapterPage);
    const cite = page.locator('sup.cite').first();
    const citeId = (await cite.getAttribute('id')) ?? '';
    const noteHref = (await cite.locator('a').first().getAttribute('href')) ?? '';
    const list = page.locator(`details:has(${noteHref})`);
    await expect(list, 'the source list starts folded').not.toHaveAttribute('open');
    await cite.locator('a').first().click();
    await expect(page).toHaveURL(new RegExp(`${noteHref}$`));
    await expect(list).toHaveAttribute('open');
    await expect(page.locator(noteHref)).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`${noteHref} a[href="#${citeId}"]`).click();
    await expect(page.locator(`#${citeId}`)).toBeInViewport();
  });

  test('citation numbers stay on the line of the words they back, and a tap on one lands on its link', async ({ page }) => {
    await page.goto('./');
    // Every part laid out, so that every paragraph has its real lines.
    await page.locator(PARTS).evaluateAll((parts) => {
      for (const part of parts as HTMLElement[]) part.style.contentVisibility = 'visible';
    });
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const report = await page.locator('sup.cite').evaluateAll((cites) => {
        const alone: string[] = [];
        const covered: string[] = [];
        for (const cite of cites) {
          const firstNumber = cite.querySelector('a')?.getBoundingClientRect();
          if (!firstNumber) continue;
          const before = cite.previousSibling;
          if (before) {
            const words = document.createRange();
            words.selectNodeContents(before);
            const lastLine = [...words.getClientRects()].at(-1);
            if (lastLine && firstNumber.top >= lastLine.bottom - 1) alone.push(cite.id);
          }
          for (const link of cite.querySelectorAll('a')) {
            link.scrollIntoView({ block: 'center' });
            const box = link.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (!hit || !link.contains(hit)) covered.push(`${cite.id} ${link.textContent}`);
          }
        }
        return { count: cites.length, alone, covered };
      });
      expect(report.count, `${width} px`).toBeGreaterThan(0);
      expect(report.alone, `${width} px: numbers that start a line`).toEqual([]);
      expect(report.covered, `${width} px: numbers a tap would miss`).toEqual([]);
    }
  });
});
