/**
 * The offline editions (issue 26, item 7): for each language that has one,
 * the story as one HTML file that opens from a disk and fetches nothing, and
 * that file printed to PDF; both within the size a messaging app or a USB
 * stick passes on; linked, with a `download` attribute, from the footer of
 * every page of that language and from the data page. Whether the file really
 * fetches nothing in a browser is tests/e2e/offline.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { allPages, BASE, builtFileExists, isEmbedAddress, label, page, readBuilt, resolveLink, SITE, SITE_SET } from '../support/dist';
import { attr, closest, describe as describeElement, HtmlPage } from '../support/html';
import { CJK_FAMILIES, editionForPage, OFFLINE_MAX_BYTES, offlineEditions, pdfChromium } from '../support/site';

const editions = offlineEditions();
/** The build prints the PDFs when it can drive a Chromium (CI installs one); the pages link to them only then. */
const withPdf = pdfChromium() !== undefined;
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Attributes through which an element fetches or leads somewhere. */
const ADDRESS_ATTRIBUTES = ['src', 'href', 'xlink:href', 'srcset', 'poster', 'action', 'formaction', 'data', 'background', 'ping', 'manifest', 'codebase', 'cite', 'longdesc'];
/** Elements that would fetch, frame or run something. */
const FETCHING = 'script, iframe, frame, object, embed, video, audio, source, track, form, base, portal, template, link:not([rel="icon"])';

test('there is at least one offline edition, English among them', () => {
  expect(editions.map((edition) => edition.lang)).toContain('en');
});

describe.each(editions)('the $lang offline edition', (edition) => {
  const story = page(edition.page);

  test(`is a file of at most ${kilobytes(OFFLINE_MAX_BYTES)}`, () => {
    expect(builtFileExists(edition.html), edition.html).toBe(true);
    expect(readBuilt(edition.html).length).toBeLessThanOrEqual(OFFLINE_MAX_BYTES);
  });

  const file = () => new HtmlPage(readBuilt(edition.html).toString('utf8'));

  test('runs no script and holds nothing that fetches, frames or submits', () => {
    const html = file();
    expect(html.all(FETCHING).map(describeElement)).toEqual([]);
    expect(html.all('*').flatMap((element) => Object.keys(attrsOf(element)).filter((name) => /^on/i.test(name)).map((name) => `${describeElement(element)} ${name}`))).toEqual([]);
  });

  test('names no other host and no file outside itself: every address is a place in the file, a data: URL, or a link the reader may follow', () => {
    const html = file();
    const ids = new Set(html.attrs('[id]', 'id'));
    const problems: string[] = [];
    for (const element of html.all('*')) {
      for (const name of ADDRESS_ATTRIBUTES) {
        const value = attr(element, name);
        if (value === undefined) continue;
        const where = `${describeElement(element)} ${name}="${value.slice(0, 60)}"`;
        if (value.startsWith('#')) {
          if (value.length > 1 && !ids.has(decodeURIComponent(value.slice(1)))) problems.push(`${where}: no such id`);
        } else if (value.startsWith('data:')) {
          if (!['src', 'href'].includes(name) || (element.tagName === 'a' && name === 'href')) problems.push(where);
        } else if (!(((element.tagName === 'a' && name === 'href') || name === 'cite') && /^(https?:\/\/|mailto:)/i.test(value))) {
          // A link to another site is the reader's choice to follow, and a quote's cite is never fetched; anything else would be fetched, or lead to a file that is not there.
          problems.push(where);
        }
      }
      const style = attr(element, 'style') ?? '';
      if (/url\(\s*['"]?(?!data:|#)/i.test(style)) problems.push(`${describeElement(element)} style="${style.slice(0, 60)}"`);
    }
    for (const css of html.texts('style')) {
      for (const match of css.matchAll(/url\(\s*['"]?(?!data:|#)([^)'"]*)/gi)) problems.push(`url(${match[1]}) in a stylesheet`);
      if (/@import/i.test(css)) problems.push('@import in a stylesheet');
    }
    expect(problems).toEqual([]);
  });

  test(SITE_SET ? 'says at the top what it is, and links to the live story' : 'says at the top what it is (the build knows no site address to link to)', () => {
    const note = file().all('body > aside.offline-note');
    expect(note).toHaveLength(1);
    expect(file().attrs('body > aside.offline-note a', 'href')).toEqual(SITE_SET ? [new URL(`${BASE}${edition.page}`, SITE).href] : []);
  });

  test('forbids every request in its own policy', () => {
    const [policy = ''] = file().attrs('meta[http-equiv="content-security-policy" i]', 'content');
    expect(policy).toMatch(/(^|;)\s*default-src 'none'/);
    expect(policy).not.toMatch(/https?:|\*|'self'/);
  });

  test(edition.fonts === 'core' ? 'writes in the serif’s core, as static faces, and no other font' : 'writes in no font: the text is set in the system’s fonts', () => {
    const faces = file()
      .texts('style')
      .flatMap((css) => css.match(/@font-face\s*\{[^}]*\}/g) ?? []);
    if (edition.fonts === 'system') expect(faces).toEqual([]);
    else {
      expect(faces.length).toBeGreaterThan(0);
      expect(faces.filter((face) => !/src:\s*url\(\s*["']?data:font\/woff2;/.test(face) || /font-weight:\s*\d+\s+\d+/.test(face))).toEqual([]);
    }
  });

  test('draws the state of every step as inline SVG beside it', () => {
    const html = file();
    const steps = html.all('[data-scrolly-step][data-state]');
    expect(steps.length).toBe(story.all('[data-scrolly-step][data-state]').length);
    const missing = steps.filter((step) => {
      const state = attr(step, 'data-state');
      return !html.all('[data-chart-state]', step).some((picture) => attr(picture, 'data-chart-state') === state && html.all('svg :is(path, circle, rect, use, text)', picture).length > 0);
    });
    expect(missing.map((step) => `${attr(step, 'id')} (${attr(step, 'data-state')})`)).toEqual([]);
  });

  test('keeps every chapter, section, chart, step and note at its address', () => {
    const addresses = 'main :is(section.chapter, h2, h3, h4, figure.chart-figure, [data-scrolly-step], li, sup.cite)[id]';
    const want = story.all(addresses).filter((element) => !closest(element, '[data-embed-panel], [hidden]:not([hidden="until-found"])'));
    expect(want.length).toBeGreaterThan(0);
    const kept = new Set(file().attrs('[id]', 'id'));
    expect(want.map((element) => attr(element, 'id') ?? '').filter((id) => !kept.has(id))).toEqual([]);
  });

  const printed = withPdf && edition.printed;
  test(printed ? `is printed to a PDF of at most ${kilobytes(OFFLINE_MAX_BYTES)}` : 'has no PDF (the build had no Chromium, or the edition is not printed)', () => {
    expect(builtFileExists(edition.pdf), edition.pdf).toBe(printed);
    if (!printed) return;
    const pdf = readBuilt(edition.pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThanOrEqual(OFFLINE_MAX_BYTES);
  });

  if (printed) {
    const pdfText = () => readBuilt(edition.pdf).toString('latin1');
    test('prints its text in real, embedded fonts, none drawn glyph by glyph (Type 3)', () => {
      expect(pdfText()).not.toMatch(/\/Subtype\s*\/Type3\b/);
    });
    const printFont = edition.printFont;
    if (printFont) {
      const wanted = CJK_FAMILIES[printFont].sans.name.replace(/\s+/g, '');
      test(`embeds its cut Chinese font (${wanted}), whatever fonts the build machine has`, () => {
        const fonts = [...pdfText().matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map((match) => match[1]);
        expect(fonts.filter((name) => name?.startsWith(`${wanted}-`)).length, fonts.join(', ')).toBeGreaterThan(0);
      });
    }
  }
});

/** The offline files a link leads to, with a `download` attribute. */
const downloads = (html: HtmlPage, address: string, within: string) =>
  html
    .all(`${within} a[download]`)
    .map((link) => resolveLink(address, attr(link, 'href') ?? '').file)
    .filter((file): file is string => file !== undefined);

const filesOf = (edition: (typeof editions)[number]) => [edition.html, ...(withPdf && edition.printed ? [edition.pdf] : [])];

describe('links to the offline editions', () => {
  const pages = allPages().filter((address) => !isEmbedAddress(address));

  test.each(pages)('the footer of /%s offers its language’s edition for download', (address) => {
    const html = page(address);
    const edition = editionForPage(html.attrs('html', 'lang')[0] ?? '');
    const offered = downloads(html, address, 'footer');
    expect(offered).toEqual(edition ? filesOf(edition) : []);
  });

  test('the data page offers every edition for download, and each link leads to a file of the build', () => {
    const offered = downloads(page('data/'), 'data/', 'main');
    expect(offered).toEqual(expect.arrayContaining(editions.flatMap(filesOf)));
    expect(offered.filter((file) => !builtFileExists(file))).toEqual([]);
  });

  test('no page links to a PDF the build did not make', () => {
    const broken = pages.flatMap((address) =>
      page(address)
        .attrs('a[href$=".pdf"]', 'href')
        .filter((href) => {
          const target = resolveLink(address, href);
          return target.file === undefined && !/^https?:/.test(href);
        })
        .map((href) => `${label(address)}: ${href}`),
    );
    expect(broken).toEqual([]);
  });
});

function attrsOf(element: { attrs: { name: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries(element.attrs.map(({ name, value }) => [name, value]));
}
