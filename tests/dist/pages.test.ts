/**
 * Rules every built page keeps: it belongs to a template the browser gates
 * cover, ids are unique (they are addresses), headings can be linked, there
 * is one h1, and the footer leads to the sources, method and data pages.
 */
import { describe, expect, test } from 'vitest';
import { allPages, BASE, isEmbedAddress, label, languageOf, page, resolveLink } from '../support/dist';
import { localPath } from '../support/site';
import { attr, describe as describeElement } from '../support/html';
import { REPRESENTATIVES, templatesOf } from '../support/templates';

const pages = allPages();
/** Embeds are one figure inside another site's article: no site furniture. */
const isEmbed = isEmbedAddress;

test('the build has pages, and every page fits exactly one template the gates cover', () => {
  expect(pages.length).toBeGreaterThan(5);
  const misfits = pages.filter((address) => templatesOf(address).length !== 1).map((address) => `${label(address)}: ${templatesOf(address).join(', ') || 'no template'}`);
  expect(misfits, 'pages no gate template covers (add one to tests/support/templates.ts)').toEqual([]);
  const missing = REPRESENTATIVES.filter(({ path }) => !pages.includes(path)).map(({ template, path }) => `${template}: ${label(path)}`);
  expect(missing, 'gate pages that were not built').toEqual([]);
});

describe.each(pages)('%s', (address) => {
  const html = page(address);

  test('no id is used twice (ids are addresses)', () => {
    const seen = new Map<string, number>();
    for (const id of html.attrs('[id]', 'id')) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`)).toEqual([]);
  });

  test('every heading in <main> has an id', () => {
    expect(html.all('main :is(h1, h2, h3, h4):not([id])').map(describeElement)).toEqual([]);
  });

  if (isEmbed(address)) {
    test('an embed carries no site header, footer or embed panel', () => {
      expect(html.all('.site-header, .site-footer, [data-embed-panel]').map(describeElement)).toEqual([]);
    });
  } else {
    test('has one <h1>, and a <main> the skip link leads to', () => {
      expect(html.texts('h1')).toHaveLength(1);
      expect(html.all('main#main')).toHaveLength(1);
      expect(html.all('a.skip-link[href="#main"]'), 'a skip link to <main>').toHaveLength(1);
    });

    test('its footer links to the sources, method and data pages', () => {
      const targets = html.attrs('footer .footer-links a', 'href').map((href) => resolveLink(address, href).address);
      const { lang } = languageOf(address);
      expect(targets).toEqual(expect.arrayContaining(['sources/', 'method/', 'data/'].map((path) => localPath(path, lang))));
    });
  }
});

test('the 404 page offers a way back to the start of the story', () => {
  const links = page('404.html').all('.not-found a');
  expect(links.map((link) => attr(link, 'href'))).toContain(BASE);
});
