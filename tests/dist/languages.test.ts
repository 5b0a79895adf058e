/**
 * The Chinese editions, page by page against the English one: every page in
 * every language, the same addresses inside them (chapters, sections, steps,
 * notes, charts), each page marked with its language and listing its
 * alternates, 繁體 pages free of simplified-only characters and 简体 pages of
 * traditional-only ones, short Chinese sentences, and Chinese-original quotes
 * shown word for word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { addressOfPath, allPages, builtFileExists, englishPages, languageOf, page, readBuilt, resolveLink, SITE_SET } from '../support/dist';
import { attr, squash, text, type Element, type Node } from '../support/html';
import { averageSentenceLength, chineseSentences, LANGUAGES, language, localPath, MAX_AVERAGE_SENTENCE, toSimplified, toTraditionalCharacters } from '../support/site';

const CHINESE = LANGUAGES.filter((entry) => entry.id !== 'en');
const english = englishPages();
const isNotFound = (address: string) => /(^|\/)404\.html$/.test(address);

test('every English page is built in every language, and no language has a page English lacks', () => {
  const built = new Set(allPages());
  const missing = english.flatMap((address) => CHINESE.map((entry) => localPath(address, entry.id)).filter((address) => !built.has(address)));
  expect(missing).toEqual([]);
  const extra = [...built].filter((address) => !english.includes(languageOf(address).bare));
  expect(extra).toEqual([]);
});

/** The addresses inside a page that must be the same in every language: chapters, sections, steps, notes and charts. */
function anchorIds(address: string): string[] {
  const html = page(address);
  const selectors = ['section.chapter[id]', 'main :is(h1, h2, h3, h4)[id]', 'main p[id]', 'main span[id]:not(.quote-original)', '[data-scrolly-step][id]', '.notes li[id]', 'sup.cite[id]', 'figure.chart-figure[id]', '.chart-footer[id]', 'dt[id]', '.source[id]', '.dataset[id], section[id]'];
  // The reference styles offered differ by language (GB/T 7714 for 简体): their labels are not addresses.
  return [...new Set(selectors.flatMap((selector) => html.attrs(selector, 'id')))].filter((id) => !id.startsWith('cite-style-')).sort();
}

describe.each(english.filter((address) => !isNotFound(address)))('/%s', (address) => {
  const ids = anchorIds(address);

  test.each(CHINESE.map((entry) => entry.id))('has the same section, step, note and chart ids in %s', (lang) => {
    const translated = anchorIds(localPath(address, lang));
    expect({ missing: ids.filter((id) => !translated.includes(id)), extra: translated.filter((id) => !ids.includes(id)) }).toEqual({ missing: [], extra: [] });
  });
});

describe.each(allPages())('/%s', (address) => {
  const html = page(address);
  const { lang, bare } = languageOf(address);
  const tag = language(lang).tag;

  test('is marked with its language', () => {
    expect(attr(html.one('html') as Element, 'lang')).toBe(tag);
  });

  test('lists the same page in every language: the switcher (each name in its own language) and, but for a 404 page, the hreflang alternates with x-default', () => {
    const switcher = html.all('.language-switcher a');
    if (bare.startsWith('embed/')) {
      expect(switcher).toEqual([]);
    } else {
      expect(switcher.map((link) => [attr(link, 'lang'), attr(link, 'hreflang'), resolveLink(address, attr(link, 'href') ?? '').address])).toEqual(
        LANGUAGES.map((entry) => [entry.tag, entry.tag, isNotFound(address) ? localPath('', entry.id) : localPath(bare, entry.id)]),
      );
      expect(html.attrs('.language-switcher a[aria-current="page"]', 'hreflang')).toEqual([tag]);
    }
    const alternates = html.all('link[rel="alternate"][hreflang]').map((link) => [attr(link, 'hreflang'), resolveLink(address, attr(link, 'href') ?? '').address]);
    if (isNotFound(address)) expect(alternates).toEqual([]);
    else expect(alternates).toEqual([...LANGUAGES.map((entry) => [entry.tag, localPath(bare, entry.id)]), ['x-default', bare]]);
  });

  test('says its language in its structured data', () => {
    for (const script of html.all('script[type="application/ld+json"]')) {
      const data = JSON.parse(text(script)) as { inLanguage?: string };
      expect(data.inLanguage).toBe(tag);
    }
  });
});

/** What a reader reads of an element in the page's language: no citation numbers, translation marks or English originals. */
function readerText(node: Node, pageTag: string): string {
  if (node.nodeName === '#text') return text(node);
  const element = node as Element;
  const classes = (element.attrs?.find((item) => item.name === 'class')?.value ?? '').split(/\s+/);
  if (element.tagName === 'sup' || classes.includes('quote-original-wrap') || classes.includes('visually-hidden')) return '';
  const lang = element.attrs?.find((item) => item.name === 'lang')?.value;
  if (lang !== undefined && lang !== pageTag) return '';
  return (element.childNodes ?? []).map((child) => readerText(child, pageTag)).join('');
}

/** Text a page shows in its own language: no element marked with another language, no script or style. */
function ownText(node: Node, pageTag: string): string {
  if (node.nodeName === '#text') return text(node);
  const element = node as Element;
  if (['script', 'style', 'code', 'pre', 'textarea', 'svg'].includes(element.tagName)) return '';
  const lang = element.attrs?.find((item) => item.name === 'lang')?.value;
  if (lang !== undefined && lang !== pageTag) return '';
  return (element.childNodes ?? []).map((child) => ownText(child, pageTag)).join(' ');
}

/**
 * Characters both scripts write, which opencc's one-character tables map to
 * another character only in some words: 么 (什麼 but 幺么), 著 (著名 in
 * both), 里 (馬德里, a name's sound: 裡 only for "inside"), 干 (干預, 德干),
 * 准 (批准: 準 only for "accurate").
 */
const SHARED = new Set(Array.from('么著里干准'));

/** A simplified-only character: simplified (not changed by t→cn) with a different traditional form. */
const isSimplifiedOnly = (char: string) => !SHARED.has(char) && toSimplified(char) === char && toTraditionalCharacters(char) !== char;
/** A traditional-only character: one the t→cn converter changes. */
const isTraditionalOnly = (char: string) => !SHARED.has(char) && toSimplified(char) !== char;

describe.each(CHINESE.map((entry) => entry.id))('%s pages', (lang) => {
  const pages = allPages().filter((address) => languageOf(address).lang === lang);
  const tag = language(lang).tag;
  const wrong = lang === 'zh-hant' ? isSimplifiedOnly : isTraditionalOnly;

  test.each(pages)(`/%s holds no character of the other script (${lang === 'zh-hant' ? 'simplified-only' : 'traditional-only'})`, (address) => {
    const body = ownText(page(address).document, tag) + ' ' + page(address).texts('title').join(' ');
    const found = [...new Set([...body].filter((char) => /\p{Script=Han}/u.test(char) && wrong(char)))];
    expect(found.map((char) => `${char} in “${/.{0,8}/u.exec(body.slice(Math.max(0, body.indexOf(char) - 6)))?.[0] ?? ''}”`)).toEqual([]);
  });
});

describe('Chinese story pages read in short sentences', () => {
  const storyPages = allPages().filter((address) => {
    const { lang, bare } = languageOf(address);
    return lang !== 'en' && (bare === '' || /^chapters\/[^/]+\/$/.test(bare));
  });

  test.each(storyPages)(`/%s: the average sentence is at most ${MAX_AVERAGE_SENTENCE} characters`, (address) => {
    const html = page(address);
    const tag = language(languageOf(address).lang).tag;
    // The reader's prose: paragraphs and steps in the page's language, not notes, charts, citations, English originals or the furniture.
    const prose = html
      .all('.chapter p:not(.notes p, .chart-figure p, .cite-this p, .kicker, .chapter-link, .small-print)')
      .map((paragraph) => squash(readerText(paragraph, tag)));
    const joined = prose.join('\n');
    expect(chineseSentences(joined).length).toBeGreaterThan(5);
    expect(averageSentenceLength(joined), `the longest: ${chineseSentences(joined).sort((a, b) => b.length - a.length).slice(0, 3).join(' / ')}`).toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE);
  });
});

/** Chinese-original quotes of the 简体 chapters: <Q>/<Quote> whose words are Chinese (no zh), with their statement. */
function chineseOriginals(): { slug: string; statement: string; words: string }[] {
  const folder = 'content/zh-hans/chapters';
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const slug = /^slug:\s*"?([^"\n]+)"?$/m.exec(source)?.[1] ?? '';
      return [...source.matchAll(/<(?:Q|Quote)\b[^>]*?\bstatement="(ST\d+)"[^>]*?\bwords="([^"]*)"[^>]*\/>/g)]
        .filter((match) => /\p{Script=Han}/u.test(match[2] ?? '') && !/\bzh="/.test(match[0]))
        .map((match) => ({ slug, statement: match[1] ?? '', words: match[2] ?? '' }));
    });
}

const statementQuotes = new Map(csvParse(readFileSync('content/research/statements.csv', 'utf8')).map((row) => [row.id ?? '', row.quote ?? '']));

/** Folded for comparison: simplified characters, one set of punctuation, no spaces. */
const fold = (words: string) =>
  toSimplified(words)
    .replace(/[“”「」]/g, '"')
    .replace(/[‘’『』]/g, "'")
    .replace(/，/g, ',')
    .replace(/\s+/g, '');

describe('Chinese-original quotes', () => {
  const quotes = chineseOriginals();

  test('the 简体 chapters quote Chinese originals', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(3);
  });

  test.each(quotes.flatMap((quote) => CHINESE.map((entry) => ({ ...quote, lang: entry.id }))))('$statement is shown word for word on /$lang/chapters/$slug/, and is in the dossier', ({ slug, statement, words, lang }) => {
    const html = page(localPath(`chapters/${slug}/`, lang));
    const shown = html.all('[data-verbatim]').map((element) => fold(text(element)));
    const parts = fold(words).split('…').filter(Boolean);
    expect(shown.some((quote) => parts.every((part) => quote.includes(part))), `${words} on ${lang}`).toBe(true);
    const dossier = fold(statementQuotes.get(statement) ?? '');
    for (const part of parts) expect(dossier, `${statement} in content/research/statements.csv`).toContain(part);
  });

  test('an English original shown in Chinese is marked as our translation, with the English a click away', () => {
    const html = page('zh-hans/chapters/what-are-the-stations/');
    const marks = html.all('button.translation-mark');
    expect(marks.length).toBeGreaterThan(2);
    for (const mark of marks) {
      const original = html.byId(attr(mark, 'popovertarget') ?? '');
      expect(original && attr(original, 'popover')).toBe('');
      expect(original && html.all('q[lang="en"]', original).length).toBe(1);
    }
  });
});

test('the sitemap lists each page with its alternates in every language (with the site’s address; no sitemap without)', () => {
  if (!SITE_SET) {
    expect(builtFileExists('sitemap-0.xml')).toBe(false);
    return;
  }
  const xml = readBuilt('sitemap-0.xml').toString('utf8');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? '');
  expect(entries.length).toBeGreaterThan(10);
  for (const entry of entries) {
    const loc = addressOfPath(new URL(/<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? '').pathname) ?? '';
    const alternates = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], addressOfPath(new URL(match[2] ?? '').pathname)]);
    const { bare } = languageOf(loc);
    expect(alternates.sort(), loc).toEqual(LANGUAGES.map((entry) => [entry.tag, localPath(bare, entry.id)]).sort());
  }
});
