/**
 * Sharing, read from the built pages: every page has share metadata whose
 * card image is a 1200×630 PNG of the build, and one valid JSON-LD block;
 * the story and chapters are articles with their own cards; the 404 page
 * stays out of search; robots.txt and the sitemap list every page; "Cite
 * this" gives four styles with the page's title and address. Addresses of
 * the site (canonical, og:url, cards, sitemap) are written only when the
 * build is given one (SITE_URL); without it, none, and the addresses readers
 * copy are root-relative, completed by the page. npm run test:dist runs these
 * over both builds (dist/ without SITE_URL, dist-subpath/ with it). Copying
 * and printing are tested in the browser (tests/e2e/share.spec.ts).
 */
import { describe, expect, test } from 'vitest';
import { chaptersFromContent, storyFromContent, uiWords } from '../support/content';
import { addressOfPath, builtFileExists, builtPages, isEmbedAddress, languageOf, page, readBuilt, resolveLink, SITE, SITE_SET, urlOf } from '../support/dist';
import { attr, text, type HtmlPage } from '../support/html';
import { pngSize } from '../support/site';

const chapters = chaptersFromContent();
const story = storyFromContent();
// Embed pages point their canonical address at the chart in the story (charts.test.ts checks them).
const pages = builtPages().filter((address) => !isEmbedAddress(address));

function meta(html: HtmlPage, key: string): string {
  const content = html.attrs(`meta[property="${key}"], meta[name="${key}"]`, 'content')[0];
  if (!content) throw new Error(`no <meta> ${key}`);
  return content;
}

function jsonLd(html: HtmlPage): Record<string, unknown>[] {
  return html.all('script[type="application/ld+json"]').map((script) => JSON.parse(text(script)) as Record<string, unknown>);
}

describe.each(pages)('/%s', (address) => {
  const html = page(address);

  test('has a canonical address and a card image of the build (only with the site’s address), and valid JSON-LD', () => {
    const canonical = html.attrs('link[rel="canonical"]', 'href');
    const addresses = html.attrs('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content');
    expect(meta(html, 'og:title').length).toBeGreaterThan(3);
    const data = jsonLd(html);
    expect(data).toHaveLength(1);
    const [item = {}] = data;
    expect(['Article', 'WebPage']).toContain(item['@type']);
    expect(typeof item.headline === 'string' && item.headline.length > 3).toBe(true);
    expect(item.datePublished).toBe(story.published);
    expect((item.publisher as { name?: string } | undefined)?.name).toBe(uiWords(languageOf(address).lang).siteName);
    if (!SITE_SET) {
      expect([...canonical, ...addresses], 'no address of the site without SITE_URL').toEqual([]);
      expect(item.image).toBeUndefined();
      return;
    }
    expect(canonical, 'one canonical address').toHaveLength(1);
    expect(canonical[0]?.startsWith(SITE.origin), canonical[0]).toBe(true);
    expect(new URL(canonical[0] ?? '').pathname, 'the canonical address is this page').toBe(urlOf(address).pathname);
    expect(meta(html, 'og:url')).toBe(canonical[0]);
    const image = meta(html, 'og:image');
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:alt').length).toBeGreaterThan(3);
    const card = resolveLink(address, image).file;
    expect(card, `${image} is a file of the build`).toMatch(/\.png$/);
    expect(pngSize(readBuilt(card ?? ''))).toEqual({ width: 1200, height: 630 });
    expect(item.image).toEqual([image]);
  });
  // (Without SITE_URL the card files are still built, for a deploy that sets it: see the test below.)
});

test('the story and each chapter are articles with their own title and card', () => {
  const home = page('');
  expect(meta(home, 'og:type')).toBe('article');
  expect(meta(home, 'og:title')).toBe(story.headline);
  for (const chapter of chapters) {
    const html = page(`chapters/${chapter.slug}/`);
    expect(meta(html, 'og:title'), chapter.slug).toBe(chapter.title);
    if (SITE_SET) expect(meta(html, 'og:image'), chapter.slug).toMatch(new RegExp(`/cards/chapters/${chapter.slug}\\.png$`));
    expect(builtFileExists(`cards/chapters/${chapter.slug}.png`), chapter.slug).toBe(true);
    const [data = {}] = jsonLd(html);
    expect(data['@type']).toBe('Article');
    expect((data.isPartOf as { headline?: string } | undefined)?.headline).toBe(story.headline);
  }
});

test('the 404 page is kept out of search results', () => {
  const html = page('404.html');
  expect(html.attrs('meta[name="robots"]', 'content')).toEqual(['noindex']);
  expect(html.all('link[rel="canonical"]')).toHaveLength(0);
});

test('robots.txt points to a sitemap index whose sitemaps list every page but the embeds and the 404 (with the site’s address; none without)', () => {
  if (!SITE_SET) {
    expect(readBuilt('robots.txt').toString('utf8')).not.toMatch(/^Sitemap:/m);
    expect(builtFileExists('sitemap-index.xml')).toBe(false);
    return;
  }
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(readBuilt('robots.txt').toString('utf8'))?.[1] ?? '';
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const indexFile = addressOfPath(new URL(sitemapUrl).pathname) ?? '';
  const sitemaps = locs(readBuilt(indexFile).toString('utf8'));
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed = sitemaps.flatMap((path) => locs(readBuilt(addressOfPath(path) ?? '').toString('utf8')));
  expect(listed.map((path) => addressOfPath(path)).sort()).toEqual([...pages].sort());
});

describe('cite this', () => {
  const works = [{ address: '', title: story.headline }, ...chapters.map((chapter) => ({ address: `chapters/${chapter.slug}/`, title: chapter.title }))];
  for (const { address, title } of works) {
    test(`/${address} offers APA, MLA, Chicago and BibTeX with its title and address, copy buttons hidden until scripts run`, () => {
      const html = page(address);
      // The page's address: the canonical one with SITE_URL; else its path, which the page completes from where it is served.
      const canonical = SITE_SET ? (html.attrs('link[rel="canonical"]', 'href')[0] ?? '') : urlOf(address).pathname;
      const details = html.all('details.cite-this');
      expect(details).toHaveLength(1);
      const citations = html.all('.citation', details[0]);
      expect(citations.map((item) => attr(item, 'data-style'))).toEqual(['apa', 'mla', 'chicago', 'bibtex']);
      for (const citation of citations) {
        const style = attr(citation, 'data-style') ?? '';
        const texts = html.all('[data-citation-text]', citation).map(text);
        expect(texts, style).toHaveLength(1);
        // MLA and Chicago set a title's own double quotes as single ones inside their quotation marks.
        const quotesFolded = (words: string) => words.toLowerCase().replace(/[“”‘’"']/g, '"');
        expect(quotesFolded(texts[0] ?? ''), style).toContain(quotesFolded(title));
        expect(texts[0], style).toContain(style === 'mla' ? canonical.replace(/^https?:\/\//, '') : canonical);
        if (!SITE_SET) expect(html.attrs('[data-site-path]', 'data-site-path', citation), style).toEqual([canonical]);
        expect(
          html.all('button[data-copy-citation]', citation).map((button) => attr(button, 'hidden')),
          style,
        ).toEqual(['']);
      }
    });
  }
});
