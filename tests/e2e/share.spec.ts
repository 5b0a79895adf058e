/**
 * Sharing (issue 5): every page has share metadata with a served 1200×630
 * card and valid JSON-LD; copy-link controls copy addresses that land where
 * they say; "Cite this" names the right title and address; print leaves out
 * navigation and controls and shows every chart; sitemap and robots.txt.
 */
import { expect, test, type Page } from '@playwright/test';
import { pngSize } from '../../tools/png-size';
import { storyFromContent, uiWords } from './support/content';
import { builtPages, chaptersFromContent } from './support/site';
import { openDisclosure } from './support/disclosure';
import { allowClipboard } from './support/clipboard';

const chapters = chaptersFromContent();
const story = storyFromContent();
const ui = uiWords();
// Embed pages point their canonical address at the chart in the story: embeds.spec.ts checks them.
const pages = builtPages().filter((path) => !path.startsWith('embed/'));

async function meta(page: Page, key: string): Promise<string> {
  const content = await page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
  if (!content) throw new Error(`no <meta> ${key} on ${page.url()}`);
  return content;
}

test.describe('share metadata', () => {
  for (const path of pages) {
    test(`/${path} has a canonical address, a served card image and valid JSON-LD`, async ({ page, request, baseURL }) => {
      await page.goto(path || './');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical, 'canonical address').toMatch(/^https?:\/\//);
      expect(new URL(canonical ?? '').pathname).toBe(new URL(page.url()).pathname);
      expect(await meta(page, 'og:url')).toBe(canonical);

      const image = await meta(page, 'og:image');
      expect(await meta(page, 'twitter:image')).toBe(image);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect((await meta(page, 'og:title')).length).toBeGreaterThan(3);
      expect((await meta(page, 'og:image:alt')).length).toBeGreaterThan(3);
      // The card lives in this build: the same path answers on the server under test.
      const response = await request.get(new URL(new URL(image).pathname, baseURL).href);
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });

      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0] ?? '') as Record<string, unknown>;
      expect(['Article', 'WebPage']).toContain(data['@type']);
      expect(typeof data.headline === 'string' && data.headline.length > 3).toBe(true);
      expect(data.datePublished).toBe(story.published);
      expect((data.publisher as { name?: string } | undefined)?.name).toBe(ui.siteName);
      expect(data.image).toEqual([image]);
    });
  }

  test('the story and each chapter are articles with their own card', async ({ page }) => {
    await page.goto('./');
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:title')).toBe(story.headline);
    for (const chapter of chapters) {
      await page.goto(`chapters/${chapter.slug}/`);
      expect(await meta(page, 'og:title')).toBe(chapter.title);
      expect(await meta(page, 'og:image')).toMatch(new RegExp(`/cards/chapters/${chapter.slug}\\.png$`));
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
      expect(data['@type']).toBe('Article');
      expect((data.isPartOf as { headline?: string }).headline).toBe(story.headline);
    }
  });

  test('the 404 page is kept out of search results', async ({ page }) => {
    await page.goto('no-such-page/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  });
});

test.describe('sitemap and robots.txt', () => {
  test('robots.txt points to a sitemap that lists every page', async ({ request, baseURL }) => {
    const robots = await request.get('robots.txt');
    expect(robots.status()).toBe(200);
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
    expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
    const index = await request.get(new URL(new URL(sitemapUrl ?? '').pathname, baseURL).href);
    expect(index.status()).toBe(200);
    const firstSitemap = /<loc>([^<]+)<\/loc>/.exec(await index.text())?.[1] ?? '';
    const sitemap = await (await request.get(new URL(new URL(firstSitemap).pathname, baseURL).href)).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    const basePath = new URL(baseURL ?? 'http://x/').pathname;
    expect(listed.sort()).toEqual(pages.map((path) => `${basePath}${path}`).sort());
  });
});

/** First, middle and last: enough to cover the page without clicking every anchor. */
function sample(count: number): number[] {
  return [...new Set([0, Math.floor(count / 2), count - 1])];
}

/** The target sits just below the sticky header, or, when it is too near the end of the page for that, in view. */
async function expectAtTop(page: Page, id: string): Promise<void> {
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
  const second = chapters[1];
  const paths = ['', `chapters/${second?.slug ?? ''}/`, 'glossary/'];
  for (const path of paths) {
    test(`anchors on /${path} give addresses that land where they say`, async ({ page, context, baseURL }, testInfo) => {
      const javascript = await allowClipboard(context, baseURL, testInfo);
      await page.goto(path || './');
      const pageAddress = page.url();
      const anchors = page.locator('a[data-copy-link]');
      const count = await anchors.count();
      expect(count).toBeGreaterThan(2);
      for (const index of sample(count)) {
        const anchor = anchors.nth(index);
        const href = (await anchor.getAttribute('href')) ?? '';
        expect(href).toMatch(/^#[a-z0-9-]+$/);
        const expected = new URL(href, pageAddress).href;
        await anchor.click();
        await expect(page).toHaveURL(expected);
        let address = expected;
        if (javascript) {
          await expect(page.locator('[data-copy-status]')).toHaveText(ui.copied ?? '');
          address = await page.evaluate(() => navigator.clipboard.readText());
          expect(address).toBe(expected);
        }
        const opened = await context.newPage();
        await opened.goto(address);
        await expectAtTop(opened, href.slice(1));
        await opened.close();
      }
    });
  }
});

test('every chapter, section, chart and scroll step on the story has a link to its own address', async ({ page }) => {
  await page.goto('./');
  const missing = await page.evaluate(() => {
    // A chapter's address is its section (its heading's own id only names it for screen readers).
    const linkable = [...document.querySelectorAll<HTMLElement>('section.chapter[id], section.chapter h3[id], section.chapter h2[id]:not([id$="-title"]), figure.chart-figure[id], [data-scrolly-step][id]')];
    const links = new Set([...document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')].map((link) => link.getAttribute('href')));
    return {
      count: linkable.length,
      chapters: linkable.filter((element) => element.matches('section')).length,
      figures: linkable.filter((element) => element.matches('figure')).length,
      steps: linkable.filter((element) => element.matches('[data-scrolly-step]')).length,
      without: linkable.filter((element) => !links.has(`#${element.id}`)).map((element) => `<${element.tagName.toLowerCase()} id="${element.id}">`),
    };
  });
  expect(missing.chapters, 'chapters on the story page').toBe(chapters.length);
  expect(missing.figures, 'charts on the story page').toBeGreaterThanOrEqual(4);
  expect(missing.steps, 'scroll steps on the story page').toBeGreaterThanOrEqual(4);
  expect(missing.without, 'elements with an address but no link to it').toEqual([]);
});

test('a copied step link opens the page at that step with the chart in its state', async ({ page, context, baseURL }, testInfo) => {
  const javascript = await allowClipboard(context, baseURL, testInfo);
  await page.goto('./');
  const link = page.locator('#map-step-britain a[data-copy-link]');
  await expect(link).toHaveAttribute('aria-label', /step 3 of 4/);
  await link.click();
  await expect(page).toHaveURL(/#map-step-britain$/);
  const address = javascript ? await page.evaluate(() => navigator.clipboard.readText()) : page.url();
  expect(address).toBe(new URL('#map-step-britain', page.url()).href);
  const opened = await context.newPage();
  await opened.goto(address);
  await expectAtTop(opened, 'map-step-britain');
  if (javascript) await expect(opened.locator('#stations-map .scrolly-graphic')).toHaveAttribute('data-state', 'britain');
  await opened.close();
});

test.describe('cite this', () => {
  const works = [{ path: '', title: story.headline }, ...chapters.map((chapter) => ({ path: `chapters/${chapter.slug}/`, title: chapter.title }))];
  for (const { path, title } of works) {
    test(`/${path} offers APA, MLA, Chicago and BibTeX with its title and address`, async ({ page, context, baseURL }, testInfo) => {
      const javascript = await allowClipboard(context, baseURL, testInfo);
      await page.goto(path || './');
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      const details = page.locator('details.cite-this');
      await openDisclosure(details);
      const citations = details.locator('[data-citation-text]');
      await expect(citations.first()).toBeVisible();
      const texts = await citations.allTextContents();
      expect(texts).toHaveLength(4);
      const styles = await details.locator('.citation').evaluateAll((items) => items.map((item) => item.getAttribute('data-style')));
      expect(styles).toEqual(['apa', 'mla', 'chicago', 'bibtex']);
      for (const [index, text] of texts.entries()) {
        const style = styles[index];
        expect(text.toLowerCase(), style ?? '').toContain(title.toLowerCase());
        expect(text, style ?? '').toContain(style === 'mla' ? canonical.replace(/^https?:\/\//, '') : canonical);
      }
      const copyButtons = details.locator('button[data-copy-citation]');
      if (javascript) {
        await copyButtons.first().click();
        await expect(page.locator('[data-copy-status]')).toHaveText(ui.copied ?? '');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(texts[0]);
      } else {
        await expect(copyButtons.first()).toBeHidden();
      }
    });
  }
});

test.describe('print', () => {
  const first = chapters[0];
  const paths = ['', `chapters/${first?.slug ?? ''}/`, 'classroom/', 'glossary/'];
  for (const path of paths) {
    test(`/${path} prints without navigation or controls, and shows every chart`, async ({ page }) => {
      await page.goto(path || './');
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['nav', '.site-header', '.skip-link', 'button:not(.term-toggle)', '.heading-anchor', '.cite-this', '[data-embed-panel]']) {
        const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
        expect(shown, `${selector} should not print`).toBe(0);
      }
      // Every chart figure and its drawing print (also anything marked .chart or [data-print-state]).
      const hiddenCharts = await page
        .locator('.chart-figure, .chart-figure svg.chart-svg, .chart, [data-print-state]')
        .evaluateAll((elements) => elements.filter((element) => !element.checkVisibility()).map((element) => element.outerHTML.slice(0, 80)));
      expect(hiddenCharts).toEqual([]);
      // Glossary terms print with their definitions inline.
      const terms = await page.locator('.term-toggle').count();
      const definitions = await page.locator('.term-definition').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
      expect(definitions).toBe(terms);
    });
  }

  test('a chart prints whole in its most informative state, whichever step the reader reached', async ({ page, request }, testInfo) => {
    const path = 'chapters/how-many-and-where/';
    // The server-rendered state is the chart's most informative one.
    const html = await (await request.get(path)).text();
    const staticStates = [...html.matchAll(/class="scrolly-graphic"[^>]*data-state="([^"]+)"/g)].map((match) => match[1]);
    expect(staticStates.length).toBeGreaterThan(0);
    await page.goto(path);
    const graphics = page.locator('.scrolly-graphic');
    await expect(graphics).toHaveCount(staticStates.length);
    const lastStep = page.locator('.scrolly').first().locator('[data-scrolly-step]').last();
    const lastState = await lastStep.getAttribute('data-state');
    await lastStep.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    if (testInfo.project.use.javaScriptEnabled !== false && lastState !== staticStates[0]) {
      // With JavaScript the chart follows the steps, so printing must undo that.
      await expect(graphics.first()).toHaveAttribute('data-state', lastState ?? '');
    }
    await page.emulateMedia({ media: 'print' });
    for (const [index, state] of staticStates.entries()) {
      await expect(graphics.nth(index)).toHaveAttribute('data-state', state ?? '');
      const box = await graphics.nth(index).locator('svg.chart-svg').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
    }
    // Pinned on screen, an ordinary figure on paper.
    expect(await page.locator('.scrolly-sticky').first().evaluate((element) => getComputedStyle(element).position)).toBe('static');
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
