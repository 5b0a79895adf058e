import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { findStrayNumbers } from '../../src/trust/checks/number-scan';
import { uiWords } from './support/content';
import { chaptersFromContent } from './support/site';
import { datasetIds, numberScanOptions, registeredAddresses, registry } from './support/trust';

const chapters = chaptersFromContent();
const ui = uiWords();
const storyPages = ['./', ...chapters.map((chapter) => `chapters/${chapter.slug}/`)];

/**
 * The story text a reader reads, without page furniture that is not a claim:
 * chapter kickers and reading times, citation numbers, the source notes
 * (titles of sources carry their own numbers), heading anchors, the "Cite
 * this" references (edition numbers, dates), the embed-code panel and the charts
 * (their labels and text alternatives are computed from the data files, whose rows carry
 * their own source ids; the step text beside them is still scanned).
 */
async function storyText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.kicker, .minutes, sup.cite, .notes, .heading-anchor, .cite-this, .chart-embed, [data-step-alt], .scrolly-graphic, .chart-static-graphic, .chart-heading, figure[data-chart] > figcaption, svg, script, style').forEach((element) => element.remove());
    copy.querySelectorAll('p, li, h1, h2, h3, h4, figcaption, blockquote, div').forEach((element) => element.append(' '));
    return copy.textContent ?? '';
  });
}

function context(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 50), index + length + 20).replace(/\s+/g, ' ');
}

// The classroom guide, glossary and method page repeat the story's figures, so they are held to the same ledger.
test.describe('numbers in the story', () => {
  const options = numberScanOptions();
  for (const path of [...storyPages, 'classroom/', 'glossary/', 'method/']) {
    test(`/${path} shows no number that is not a ledger figure, a date or allowed`, async ({ page }) => {
      await page.goto(path);
      // "Chapter 8" is an address within the story, not a figure.
      const chapterReference = new RegExp(`\\b${ui.chapter} (${chapters.map((chapter) => chapter.order).join('|')})\\b`, 'g');
      const text = (await storyText(page)).replace(chapterReference, ui.chapter);
      expect(text.length).toBeGreaterThan(1000);
      // The scan sees the rendered figures (it would be toothless if it did not).
      if (path === './') expect(text).toMatch(/\b54\b[\s\S]*230,000/);
      const stray = findStrayNumbers(text, options).map(({ token, index }) => `${token} in "…${context(text, index, token.length)}…"`);
      expect(stray).toEqual([]);
    });
  }

  test('figures are rendered from the ledger', async ({ page }) => {
    await page.goto('chapters/persuaded-to-return/');
    const figure = page.locator('span.fig[data-fig="persuaded-2021-2022"]').first();
    await expect(figure).toHaveText('230,000');
    await expect(figure).toHaveAttribute('data-period', '2021-04/2022-07');
    await expect(figure).toHaveAttribute('data-sources', /S14/);
    await page.goto('chapters/the-lishui-video/');
    await expect(page.locator('span.fig[data-fig="continents-sept-2022"]').first()).toHaveText('five');
  });
});

test.describe('citations', () => {
  test('every outside link in the story belongs to a registered source', async ({ page }) => {
    const allowed = registeredAddresses();
    for (const path of [...storyPages, 'method/']) {
      await page.goto(path);
      const outside = await page.locator('a[href^="http:"], a[href^="https:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const unregistered = outside.filter((href) => !allowed.has(href));
      expect(unregistered, path).toEqual([]);
    }
  });

  for (const path of storyPages) {
    test(`/${path}: citations and notes link both ways, with unique ids`, async ({ page }) => {
      await page.goto(path);
      const report = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
        const broken = [...document.querySelectorAll('a[href^="#note-"], a[href^="#cite-"]')]
          .map((link) => link.getAttribute('href') ?? '')
          .filter((href) => !document.getElementById(href.slice(1)));
        const cites = document.querySelectorAll('sup.cite').length;
        const notes = [...document.querySelectorAll('.notes li')];
        const notesWithoutBackLink = notes.filter((note) => !note.querySelector('a[href^="#cite-"]')).map((note) => note.id);
        const citesWithoutNote = [...document.querySelectorAll('sup.cite')].filter((sup) => !sup.querySelector('a[href^="#note-"]')).map((sup) => sup.id);
        const markersLeft = document.querySelectorAll('.cite-marker').length;
        const notesPerList = [...document.querySelectorAll('.notes')].map((list) => {
          const sources = [...list.querySelectorAll('li')].map((li) => li.getAttribute('data-source'));
          return sources.length === new Set(sources).size;
        });
        return { duplicates, broken, cites, notes: notes.length, notesWithoutBackLink, citesWithoutNote, markersLeft, notesPerList };
      });
      expect(report.duplicates).toEqual([]);
      expect(report.broken).toEqual([]);
      expect(report.cites).toBeGreaterThan(0);
      expect(report.notes).toBeGreaterThan(0);
      expect(report.notesWithoutBackLink).toEqual([]);
      expect(report.citesWithoutNote).toEqual([]);
      expect(report.markersLeft).toBe(0);
      expect(report.notesPerList.every(Boolean)).toBe(true);
    });
  }

  test('a citation leads to its note and the note leads back', async ({ page }) => {
    // The chapter's list of sources is collapsed; following a citation opens it at the note.
    await page.goto('chapters/what-are-the-stations/');
    await expect(page.locator('.notes details.notes-list')).not.toHaveAttribute('open');
    await page.locator('#cite-what-are-the-stations-1 a').first().click();
    await expect(page).toHaveURL(/#note-what-are-the-stations-1$/);
    await expect(page.locator('#note-what-are-the-stations-1')).toContainText('Breach Sovereignty, Report Says');
    await expect(page.locator('#note-what-are-the-stations-1')).toBeInViewport();
    await expect(page.locator('.notes details.notes-list')).toHaveAttribute('open');
    const back = page.locator('#note-what-are-the-stations-1 .note-back a').nth(1);
    const target = ((await back.getAttribute('href')) ?? '').slice(1);
    await back.click();
    await expect(page.locator(`#${target}`)).toBeInViewport();
  });

  test('citation numbers stay on the line of the words they back, and a tap on one lands on its link', async ({ page }) => {
    await page.goto('./');
    // Every part laid out, so that every paragraph has its real lines.
    await page.locator('.story-part, .note-text').evaluateAll((parts) => {
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
      expect(report.count, `${width} px`).toBeGreaterThan(100);
      expect(report.alone, `${width} px: numbers that start a line`).toEqual([]);
      expect(report.covered, `${width} px: numbers a tap would miss`).toEqual([]);
    }
  });

  test('the one-page story numbers notes per chapter, with the chapter in every id', async ({ page }) => {
    await page.goto('./');
    for (const chapter of chapters) {
      await expect(page.locator(`#${chapter.slug} .notes li`).first()).toHaveId(`note-${chapter.slug}-1`);
      await expect(page.locator(`#${chapter.slug} sup.cite`).first()).toHaveId(`cite-${chapter.slug}-1`);
    }
  });

  test('quotes carry their speaker and a citation', async ({ page }) => {
    await page.goto('chapters/britain/');
    const quotes = page.locator('figure.quote');
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) {
      await expect(quote.locator('figcaption .quote-by')).not.toBeEmpty();
      await expect(quote.locator('figcaption sup.cite a')).toHaveCount(1);
    }
  });
});

test.describe('the sources page', () => {
  test('lists every registered source, and every "cited in" link reaches that source’s note', async ({ page, request }) => {
    await page.goto('sources/');
    const rows = registry();
    for (const row of rows) await expect(page.locator(`#source-${row.id}`), row.id).toHaveCount(1);
    await expect(page.locator('#source-voa .source-title a')).toHaveAttribute('href', 'https://voacantonese.com/a/6785646.html');
    await expect(page.locator('#source-voa a[href$="sources/article/"]')).toHaveCount(1);
    const uses = await page.locator('li.source').evaluateAll((items) =>
      items.flatMap((item) =>
        [...item.querySelectorAll('.source-uses a[href*="#note-"]')].map((link) => ({ source: item.id.replace(/^source-/, ''), href: link.getAttribute('href') ?? '' })),
      ),
    );
    expect(uses.length).toBeGreaterThan(rows.length / 2);
    const pages = new Map<string, string>();
    for (const use of uses) {
      const [address = '', anchor = ''] = use.href.split('#');
      if (!pages.has(address)) pages.set(address, await (await request.get(address)).text());
      const html = pages.get(address) ?? '';
      expect(html, use.href).toContain(`<li id="${anchor}" data-source="${use.source}">`);
    }
  });

  test('our copy of the article is byte for byte the seed', async ({ request }) => {
    const response = await request.get('sources/article.txt');
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(readFileSync('seeds/000_bee7d83bfa564166.txt'))).toBe(true);
  });

  test('the reading copy of the article shows its full text', async ({ page }) => {
    await page.goto('sources/article/');
    await expect(page.locator('h1')).toHaveText('How China’s security services target overseas dissidents');
    await expect(page.locator('.article-text')).toContainText('rife with speculation and lies');
    await expect(page.locator('a[href$="sources/article.txt"]')).toHaveCount(1);
  });
});

test.describe('data downloads', () => {
  for (const id of datasetIds()) {
    test(`${id} is offered as CSV and JSON, with a data note`, async ({ page, request }) => {
      const csv = await request.get(`data/${id}.csv`);
      expect(csv.status()).toBe(200);
      const stored = readFileSync(`content/data/${id}.csv`);
      expect((await csv.body()).equals(stored)).toBe(true);
      const json = (await (await request.get(`data/${id}.json`)).json()) as { id: string; rows: unknown[]; columns: Array<{ name: string }>; licence: { name: string } };
      const parsed = csvParse(stored.toString('utf8'));
      expect(json.id).toBe(id);
      expect(json.rows).toHaveLength(parsed.length);
      expect(json.columns.map((column) => column.name)).toEqual(parsed.columns);
      expect(json.licence.name).toBe('CC BY 4.0');
      await page.goto('data/');
      const note = page.locator(`section:has(> h2#${id})`);
      await expect(note.locator(`a[href$="data/${id}.csv"]`)).toHaveCount(1);
      await expect(note.locator(`a[href$="data/${id}.json"]`)).toHaveCount(1);
      await expect(note.locator('tbody tr')).toHaveCount(parsed.columns.length);
    });
  }
});

test.describe('the method page', () => {
  test('explains gaps and disagreements with sources, and keeps a dated corrections log', async ({ page }) => {
    await page.goto('method/');
    await expect(page.locator('h1')).toHaveText('How we did this');
    for (const id of ['how-the-counts-were-made', 'who-says-what', 'what-we-could-not-find', 'where-sources-disagree', 'corrections-and-set-asides', 'corrections']) {
      await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    }
    await expect(page.locator('#where-sources-disagree ~ ul li sup.cite').first()).toBeVisible();
    await expect(page.locator('.corrections li').last()).toHaveText('27 November 2026: First publication.');
    // Each correction a reader of the first version would want to know about, dated.
    expect(await page.locator('.corrections li').count()).toBeGreaterThan(5);
    await expect(page.locator('.corrections li').first()).toContainText('have not, to date, identified any evidence of illegal activity on behalf of the Chinese state');
    // The article's statements the story sets aside are listed with their reasons.
    await expect(page.locator('#set-aside-c-lishui-western')).toContainText('eastern China');
    await expect(page.locator('.updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.notes li').first()).toHaveId('note-method-1');
  });
});

test('every page links to the sources, method and data pages in its footer', async ({ page }) => {
  for (const path of ['./', 'chapters/britain/', 'sources/', 'method/', 'data/']) {
    await page.goto(path);
    const hrefs = await page.locator('footer .footer-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.map((href) => href?.replace(/^.*\/(\w+)\/$/, '$1'))).toEqual(expect.arrayContaining(['sources', 'method', 'data']));
  }
});

test.describe('old chapter addresses', () => {
  for (const [from, to] of [
    ['chapters/finn-lau/', /\/chapters\/britain\/#finn-lau$/],
    ['chapters/who-says-so/', /\/chapters\/what-are-the-stations\/#what-does-china-say$/],
    ['chapters/how-do-they-work/', /\/chapters\/what-are-the-stations\/#how-do-they-bring-people-back$/],
  ] as const) {
    test(`/${from} leads to the chapter and section that now hold its material`, async ({ page }) => {
      await page.goto(from);
      await expect(page).toHaveURL(to);
      await expect(page.locator(`#${page.url().split('#')[1] ?? ''}`)).toBeInViewport();
    });
  }
});
