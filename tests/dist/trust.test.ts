/**
 * Trust, read from the built pages: every number a reader sees is a ledger
 * figure, a date or allowed; ledger figures carry their source; outside links
 * belong to registered sources; citations and notes link both ways; quotes
 * name their speaker and source; the sources page reaches every note; our
 * copy of the article is the seed; the data downloads are the content's data;
 * the method page explains, lists what the story sets aside, and keeps a
 * dated corrections log.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import {
  chaptersFromContent,
  correctionsFromContent,
  datasetIds,
  ledger,
  numberScanOptions,
  pageFrontmatter,
  registeredAddresses,
  registry,
  setAsideClaims,
  storyFromContent,
  uiWords,
} from '../support/content';
import { allPages, languageOf, page, readBuilt, resolveLink } from '../support/dist';
import { attr, closest, describe as describeElement, squash, text, textWithout, type Element, type HtmlPage } from '../support/html';
import { findStrayNumbers, formatCompact, formatNumber, SEED_ARTICLE, toSimplified } from '../support/site';

const chapters = chaptersFromContent();
const ui = uiWords();
const storyPages = ['', ...chapters.map((chapter) => `chapters/${chapter.slug}/`)];

/**
 * What the number scan leaves out of a page: furniture that is not a claim.
 * Chapter kickers and reading times, citation numbers, the source notes
 * (titles of sources carry their own numbers), heading anchors, the "Cite
 * this" references (edition numbers, dates), the embed-code panel and the
 * charts (their labels and text alternatives are computed from the data
 * files, whose rows carry their own source ids; the step text beside them is
 * still scanned).
 */
const NOT_SCANNED =
  '.kicker, .minutes, sup.cite, .notes, .heading-anchor, .cite-this, .chart-embed, [data-step-alt], .scrolly-graphic, .chart-static-graphic, .chart-heading, figure[data-chart] > figcaption, svg, script, style, template';
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'figcaption', 'blockquote', 'div']);

/** The text of `main` a reader reads as claims, with blocks kept apart by a space. */
export function storyText(html: HtmlPage): string {
  return html
    .all('main')
    .map((main) => textWithout(main, NOT_SCANNED, BLOCKS))
    .join(' ');
}

/** Every number in `html`'s story text that is not a ledger figure, a date or allowed, with its context. */
export function strayNumbersOn(html: HtmlPage): string[] {
  // "Chapter 8" is an address within the story, not a figure.
  const chapterReference = new RegExp(`\\b${ui.chapter} (${chapters.map((chapter) => chapter.order).join('|')})\\b`, 'g');
  const scanned = storyText(html).replace(chapterReference, ui.chapter ?? '');
  return findStrayNumbers(scanned, numberScanOptions()).map(({ token, index }) => `${token} in "…${scanned.slice(Math.max(0, index - 50), index + token.length + 20).replace(/\s+/g, ' ')}…"`);
}

// The classroom guide, glossary and method page repeat the story's figures, so they are held to the same ledger.
describe('numbers', () => {
  for (const address of [...storyPages, 'classroom/', 'glossary/', 'method/']) {
    test(`/${address} shows no number that is not a ledger figure, a date or allowed`, () => {
      const html = page(address);
      const scanned = storyText(html);
      expect(scanned.length).toBeGreaterThan(1000);
      // The scan sees the rendered figures (it would be toothless if it did not).
      const figures = html.all('main span.fig').filter((figure) => !closest(figure, NOT_SCANNED) && /\d/.test(text(figure)));
      for (const figure of figures) expect(scanned, describeElement(figure)).toContain(text(figure));
      if (address === '') expect(figures.length, 'digits-written ledger figures on the story page').toBeGreaterThan(0);
      expect(strayNumbersOn(html)).toEqual([]);
    });
  }
});

describe.each(allPages())('/%s', (address) => {
  const html = page(address);

  test('every ledger figure shows the ledger value, period and sources', () => {
    const rows = new Map(ledger().map((row) => [row.id, row]));
    const problems = html.all('span.fig').flatMap((figure) => {
      const row = rows.get(attr(figure, 'data-fig') ?? '');
      if (!row) return [`${describeElement(figure)}: no ledger row "${attr(figure, 'data-fig')}"`];
      const value = Number(row.value);
      const { lang } = languageOf(address);
      const words = uiWords(lang);
      // 繁體 pages show the 简体 number words converted (两 → 兩) and 萬 for 万: compared folded to simplified.
      const shown = lang === 'zh-hant' ? toSimplified(squash(text(figure))) : squash(text(figure));
      const period = row.period_start || row.period_end ? `${row.period_start}/${row.period_end}` : undefined;
      const want = {
        value: String(value),
        text: lang === 'en' ? [formatNumber(value, words.locale), words.numberWords[value]] : [formatCompact(value, words.locale), words.numberWords[value]],
        period,
        sources: row.source_ids.split(';').join(' '),
      };
      const wrong: string[] = [];
      if (attr(figure, 'data-value') !== want.value) wrong.push(`data-value ${attr(figure, 'data-value')}, want ${want.value}`);
      if (!want.text.includes(shown)) wrong.push(`shows "${shown}", want ${want.text.filter(Boolean).join(' or ')}`);
      if (attr(figure, 'data-period') !== want.period) wrong.push(`data-period ${attr(figure, 'data-period')}, want ${want.period}`);
      if (attr(figure, 'data-sources') !== want.sources) wrong.push(`data-sources ${attr(figure, 'data-sources')}, want ${want.sources}`);
      return wrong.map((problem) => `${row.id}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  test('citations and notes link both ways, every note names its registered source', () => {
    const titles = new Map(registry().map((row) => [row.id, row.title]));
    const problems: string[] = [];
    for (const cite of html.all('sup.cite')) {
      const links = html.all('a[href^="#note-"]', cite);
      if (links.length === 0) problems.push(`${describeElement(cite)} links to no note`);
      for (const link of links) {
        const note = html.byId((attr(link, 'href') ?? '').slice(1));
        if (!note) problems.push(`${describeElement(cite)}: ${attr(link, 'href')} leads nowhere`);
        else if (!html.attrs('a[href^="#cite-"]', 'href', note).includes(`#${attr(cite, 'id')}`)) problems.push(`${attr(note, 'id')} has no link back to ${attr(cite, 'id')}`);
      }
    }
    for (const link of html.all('a[href^="#cite-"]')) if (!html.byId((attr(link, 'href') ?? '').slice(1))) problems.push(`${attr(link, 'href')} leads nowhere`);
    for (const list of html.all('.notes')) {
      const sources = html.attrs('li', 'data-source', list);
      if (sources.length !== new Set(sources).size) problems.push(`a notes list names a source twice: ${sources.join(' ')}`);
    }
    for (const note of html.all('.notes li')) {
      if (html.all('a[href^="#cite-"]', note).length === 0) problems.push(`${attr(note, 'id')} has no link back to the text`);
      const title = titles.get(attr(note, 'data-source') ?? '');
      if (title === undefined) problems.push(`${attr(note, 'id')}: source "${attr(note, 'data-source')}" is not registered`);
      else if (!squash(text(note)).includes(squash(title))) problems.push(`${attr(note, 'id')} does not name "${title}"`);
    }
    expect(html.all('.cite-marker').map(describeElement), 'citation markers left unreplaced').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('every quote names its speaker and carries one citation', () => {
    const problems = html.all('figure.quote').flatMap((quote) => {
      const by = html.texts('figcaption .quote-by', quote);
      const cites = html.all('figcaption sup.cite a', quote);
      return by.length === 1 && by[0] && cites.length === 1 ? [] : [`${describeElement(quote)}: speaker ${JSON.stringify(by)}, ${cites.length} citation link(s)`];
    });
    expect(problems).toEqual([]);
  });
});

describe('citations on the story pages', () => {
  for (const address of [...storyPages, 'method/']) {
    test(`/${address} cites its sources, and links only to registered sources outside the site`, () => {
      const html = page(address);
      expect(html.all('sup.cite').length).toBeGreaterThan(0);
      expect(html.all('.notes li').length).toBeGreaterThan(0);
      const allowed = registeredAddresses();
      expect(html.attrs('a[href^="http:"], a[href^="https:"]', 'href').filter((href) => !allowed.has(href) && resolveLink(address, href).address === undefined)).toEqual([]);
    });
  }

  test('the one-page story numbers notes per chapter, with the chapter in every id', () => {
    const story = page('');
    for (const chapter of chapters) {
      const section = story.byId(chapter.slug);
      expect(section, chapter.slug).not.toBeNull();
      if (!section) continue;
      expect(story.attrs('.notes li', 'id', section)[0], chapter.slug).toBe(`note-${chapter.slug}-1`);
      expect(story.attrs('sup.cite', 'id', section)[0], chapter.slug).toBe(`cite-${chapter.slug}-1`);
      const foreign = [...story.attrs('.notes li', 'id', section), ...story.attrs('sup.cite', 'id', section)].filter((id) => !id.includes(`-${chapter.slug}-`));
      expect(foreign, chapter.slug).toEqual([]);
    }
  });
});

describe('the sources page', () => {
  const sources = page('sources/');

  test('lists every registered source, titled with a link to its publisher; a source we keep a copy of links to it', () => {
    for (const row of registry()) {
      expect(sources.all(`[id="source-${row.id}"]`), row.id).toHaveLength(1);
      if (/^https?:/.test(row.url)) expect(sources.attrs(`[id="source-${row.id}"] .source-title a`, 'href'), row.id).toEqual([row.url]);
      if (row.copy_url.startsWith('/')) {
        const local = sources.attrs(`[id="source-${row.id}"] a`, 'href').map((href) => resolveLink('sources/', href).address);
        expect(local, row.id).toContain(row.copy_url.replace(/^\//, ''));
      }
    }
  });

  test('every "cited in" link reaches a note of that source, and every note is reached', () => {
    const uses = sources
      .all('li.source')
      .flatMap((item) => sources.attrs('.source-uses a[href*="#note-"]', 'href', item).map((href) => ({ source: (attr(item, 'id') ?? '').replace(/^source-/, ''), href })));
    const reached = new Set<string>();
    const broken = uses.flatMap(({ source, href }) => {
      const target = resolveLink('sources/', href);
      const note = target.address === undefined ? null : page(target.address).byId(target.fragment);
      reached.add(`${target.address}#${target.fragment}`);
      return note && attr(note, 'data-source') === source && note.tagName === 'li' ? [] : [`${source}: ${href}`];
    });
    expect(broken).toEqual([]);
    // Every note of the chapter pages and the method page is listed under its source.
    const notes = [...storyPages.slice(1), 'method/'].flatMap((address) =>
      page(address)
        .attrs('.notes li', 'id')
        .map((id) => `${address}#${id}`),
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((note) => !reached.has(note))).toEqual([]);
  });

  test('our copy of the article is byte for byte the seed', () => {
    expect(readBuilt('sources/article.txt').equals(readFileSync(SEED_ARTICLE))).toBe(true);
  });

  test('the reading copy of the article shows its title and every paragraph, and offers the plain text', () => {
    const article = page('sources/article/');
    const [title = '', ...paragraphs] = readFileSync(SEED_ARTICLE, 'utf8')
      .split(/\n\s*\n/)
      .map(squash)
      .filter(Boolean);
    expect(article.texts('h1')).toEqual([title]);
    const shown = article.texts('.article-text').join(' ');
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.filter((paragraph) => !shown.includes(paragraph))).toEqual([]);
    expect(article.attrs('a', 'href').filter((href) => resolveLink('sources/article/', href).file === 'sources/article.txt')).toHaveLength(1);
  });
});

describe('data downloads', () => {
  for (const id of datasetIds()) {
    test(`${id} is offered as CSV and JSON, with a data note`, () => {
      const stored = readFileSync(`content/data/${id}.csv`);
      expect(readBuilt(`data/${id}.csv`).equals(stored)).toBe(true);
      const json = JSON.parse(readBuilt(`data/${id}.json`).toString('utf8')) as { id: string; rows: unknown[]; columns: Array<{ name: string }>; licence: { name: string } };
      const parsed = csvParse(stored.toString('utf8'));
      expect(json.id).toBe(id);
      expect(json.rows).toHaveLength(parsed.length);
      expect(json.columns.map((column) => column.name)).toEqual(parsed.columns);
      expect(json.licence.name).toBe('CC BY 4.0');
      const data = page('data/');
      const note = data.one(`section:has(> h2[id="${id}"])`);
      expect(note, `a section headed h2#${id} on /data/`).not.toBeNull();
      if (!note) return;
      const files = data.attrs('a', 'href', note).map((href) => resolveLink('data/', href).file);
      expect(files).toEqual(expect.arrayContaining([`data/${id}.csv`, `data/${id}.json`]));
      expect(data.all('tbody tr', note)).toHaveLength(parsed.columns.length);
    });
  }
});

describe('the method page', () => {
  const method = page('method/');

  test('explains the counts, who says what, the gaps and the disagreements, with sources', () => {
    expect(method.texts('h1')).toEqual([pageFrontmatter('method').title]);
    for (const id of ['how-the-counts-were-made', 'who-says-what', 'what-we-could-not-find', 'where-sources-disagree', 'corrections-and-set-asides', 'corrections']) {
      expect(method.all(`h2[id="${id}"]`), id).toHaveLength(1);
    }
    expect(method.all('#where-sources-disagree ~ ul li sup.cite').length).toBeGreaterThan(0);
    expect(method.attrs('.notes li', 'id')[0]).toBe('note-method-1');
  });

  test('lists every statement of the article the story sets aside, with its words and the reason', () => {
    const setAside = setAsideClaims();
    expect(method.attrs('[id^="set-aside-"]', 'id').sort()).toEqual(setAside.map((claim) => `set-aside-${claim.id}`).sort());
    for (const claim of setAside) {
      const shown = squash(text(method.byId(`set-aside-${claim.id}`) ?? method.document));
      expect(shown, claim.id).toContain(squash(claim.words));
      expect(shown, claim.id).toContain(squash(claim.reason));
    }
  });

  test('keeps every correction of the log, dated, newest first, and says when it was last updated', () => {
    const log = correctionsFromContent();
    const items: Element[] = method.all('.corrections li');
    expect(items).toHaveLength(log.length);
    const dateFormat = new Intl.DateTimeFormat(ui.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    log.forEach((entry, index) => {
      const shown = squash(text(items[index] ?? method.document));
      expect(shown).toContain(squash(entry.text));
      expect(shown.startsWith(dateFormat.format(new Date(`${entry.date}T00:00:00Z`))), shown).toBe(true);
      expect(method.attrs('time', 'datetime', items[index] ?? method.document)[0]).toBe(entry.date);
    });
    expect(method.attrs('.updated time', 'datetime')).toEqual([storyFromContent().updated]);
  });
});

test('the story headline is the story page title', () => {
  expect(page('').texts('h1')).toEqual([squash(storyFromContent().headline)]);
});
