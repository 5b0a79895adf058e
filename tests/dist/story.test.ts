/**
 * The story's shape in the built HTML: the one-page story holds every chapter
 * in order, each chapter page reads on its own with previous and next links,
 * the contents list leads to real places, and every chapter, section, chart
 * and scroll step has a link to its own address.
 */
import { describe, expect, test } from 'vitest';
import { chaptersFromContent, chartTitle, uiWords } from '../support/content';
import { allPages, BASE, page, REDIRECTS, redirectPages, resolveLink } from '../support/dist';
import { attr, closest, describe as describeElement, squash, text } from '../support/html';
import { CHART_IDS } from '../support/site';

const chapters = chaptersFromContent();
const ui = uiWords();
const story = page('');

describe('the one-page story', () => {
  test('shows every chapter in order, each under its title', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(story.attrs('main section.chapter', 'id')).toEqual(chapters.map((chapter) => chapter.slug));
    for (const chapter of chapters) {
      expect(squash(text(story.byId(`${chapter.slug}-title`) ?? story.document)), chapter.slug).toContain(chapter.title);
    }
  });

  test('its contents list links to every chapter, in order, and every entry leads to a place on the page', () => {
    const hrefs = story.attrs('nav.toc a', 'href');
    expect(hrefs).toEqual(chapters.map((chapter) => `#${chapter.slug}`));
    expect(hrefs.filter((href) => !story.byId(decodeURIComponent(href.slice(1))))).toEqual([]);
  });

  test('every chapter, section, chart and scroll step has a link to its own address', () => {
    // A chapter's address is its section (its heading's own id only names it for screen readers).
    const linkable = story.all('section.chapter[id], section.chapter h3[id], section.chapter h2[id]:not([id$="-title"]), figure.chart-figure[id], [data-scrolly-step][id]');
    const links = new Set(story.attrs('a[data-copy-link]', 'href'));
    expect(linkable.filter((element) => element.tagName === 'section')).toHaveLength(chapters.length);
    expect(linkable.filter((element) => element.tagName === 'figure').map((element) => attr(element, 'id'))).toEqual(expect.arrayContaining(CHART_IDS));
    expect(linkable.filter((element) => attr(element, 'data-scrolly-step') !== undefined).length).toBeGreaterThanOrEqual(CHART_IDS.length);
    expect(linkable.filter((element) => !links.has(`#${attr(element, 'id')}`)).map(describeElement), 'elements with an address but no link to it').toEqual([]);
  });

  test('each step link names its step, the number of steps and its chart', () => {
    const checked = story.all('.scrolly').flatMap((scrolly) => {
      const chart = attr(closest(scrolly, 'figure[id]') ?? scrolly, 'id') ?? '';
      const steps = story.all('[data-scrolly-step]', scrolly);
      return steps.map((step, index) => {
        const label = attr(story.one('a[data-copy-link]', step) ?? step, 'aria-label') ?? '';
        const want = (ui.linkToStep ?? '')
          .replace('{step}', String(index + 1))
          .replace('{steps}', String(steps.length))
          .replace('{chart}', chartTitle(chart));
        return label === want ? '' : `${attr(step, 'id')}: "${label}", want "${want}"`;
      });
    });
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter(Boolean)).toEqual([]);
  });
});

describe('chapter pages', () => {
  for (const [index, chapter] of chapters.entries()) {
    test(`${chapter.slug} reads on its own, titled, with previous/next links`, () => {
      const address = `chapters/${chapter.slug}/`;
      const html = page(address);
      expect(html.texts('h1')).toEqual([chapter.title]);
      const previous = chapters[index - 1];
      const next = chapters[index + 1];
      const target = (rel: string) => html.attrs(`a[rel="${rel}"]`, 'href').map((href) => resolveLink(address, href).address);
      expect(target('prev')).toEqual(previous ? [`chapters/${previous.slug}/`] : []);
      expect(target('next')).toEqual(next ? [`chapters/${next.slug}/`] : []);
    });
  }
});

describe.each(allPages())('%s', (address) => {
  test('every copy-link control links to an id on its own page', () => {
    const html = page(address);
    const wrong = html.attrs('a[data-copy-link]', 'href').filter((href) => !/^#[a-z0-9-]+$/.test(href) || !html.byId(href.slice(1)));
    expect(wrong).toEqual([]);
  });
});

describe('old addresses', () => {
  const redirects = Object.entries(REDIRECTS);

  test('every configured redirect is built, and every redirect page is a configured one', () => {
    expect(
      redirectPages()
        .map((address) => `${BASE}${address}`)
        .sort(),
    ).toEqual(redirects.map(([from]) => from.replace(/^\//, BASE)).sort());
  });

  for (const [from, to] of redirects) {
    test(`${from} sends readers on to ${to}, which exists, and stays out of search`, () => {
      const address = from.replace(/^\//, '');
      const html = page(address);
      const refresh = html.attrs('meta[http-equiv="refresh"]', 'content')[0] ?? '';
      const url = /url=(.+)$/i.exec(refresh)?.[1] ?? '';
      expect(resolveLink(address, url), 'the refresh goes where astro.config.mjs says').toEqual(resolveLink(address, to.replace(/^\//, BASE)));
      expect(html.attrs('a', 'href').map((href) => resolveLink(address, href))).toContainEqual(resolveLink(address, url));
      const target = resolveLink(address, url);
      expect(target.address, `${to} is a page of the build`).toBeDefined();
      if (target.fragment) expect(page(target.address ?? '').byId(target.fragment), `${to}: the section exists`).not.toBeNull();
      expect(html.attrs('meta[name="robots"]', 'content')).toEqual(['noindex']);
    });
  }
});
