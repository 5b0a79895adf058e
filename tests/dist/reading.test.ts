/**
 * What a reader gets from the built pages before any script runs (issue 24):
 * every step carries the picture of its own state, a file of the build, and
 * the pinned chart starts in the first step's (the state contract:
 * data-chart-state on what draws, data-state on the step); the first screen
 * draws a chart state; every shape a drawing reuses is on its page; embeds
 * offer every state behind radio tabs; no built file names a placeholder
 * host; quiet furniture (a short contents list, folded source lists, one
 * title separator, typographic quotes); and the story page's HTML budget.
 * Canonical and card addresses are in sharing.test.ts, embed credits in
 * charts.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { uiWords } from '../support/content';
import { allPages, builtFileExists, DIST, languageOf, page, readBuilt, resolveLink } from '../support/dist';
import { attr, describe as describeElement, squash, text, type Element, type Node } from '../support/html';
import { gzipSize, toSimplified } from '../support/site';

/** The story page's HTML budget, gzipped (issue 24). */
const STORY_HTML_BUDGET = 90_000;

const story = page('');
const embeds = allPages().filter((address) => address.startsWith('embed/'));
const folded = (text: string, lang: string) => (lang === 'zh-hant' ? toSimplified(text) : text);

describe('the story page', () => {
  const scrollies = story.all('[data-scrolly]');

  test('has scrollies with steps', () => {
    expect(scrollies.length).toBeGreaterThan(1);
  });

  test('every step carries a picture of its own state, a file of the build fetched only when shown; the pinned chart starts in the first step’s', () => {
    const problems: string[] = [];
    for (const scrolly of scrollies) {
      const steps = story.all('[data-scrolly-step]', scrolly);
      for (const step of steps) {
        const where = `#${attr(step, 'id')}`;
        const pictures = story.all('.step-picture', step);
        if (JSON.stringify(pictures.map((picture) => attr(picture, 'data-chart-state'))) !== JSON.stringify([attr(step, 'data-state')])) problems.push(`${where}: no picture of "${attr(step, 'data-state')}"`);
        const images = pictures.flatMap((picture) => story.all('img', picture));
        if (images.length !== 1) {
          problems.push(`${where}: ${images.length} images`);
          continue;
        }
        const image = images[0] as Element;
        if (attr(image, 'loading') !== 'lazy') problems.push(`${where}: the picture is not lazy (readers with scripts would fetch it)`);
        if (!(Number(attr(image, 'width')) * Number(attr(image, 'height')) > 0)) problems.push(`${where}: the picture has no size (the page would move)`);
        const file = resolveLink('', attr(image, 'src') ?? '').file;
        if (!file || !/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/.test(readBuilt(file).toString('utf8'))) problems.push(`${where}: ${attr(image, 'src')} is not an SVG file of the build`);
      }
      const pinned = story.attrs('.scrolly-graphic', 'data-chart-state', scrolly);
      if (JSON.stringify(pinned) !== JSON.stringify([attr(steps[0] as Element, 'data-state')])) problems.push(`${attr(scrolly, 'id')}: the pinned chart starts in "${pinned.join(' ')}"`);
    }
    expect(problems).toEqual([]);
  });

  test('the first screen’s picture draws a state of a chart', () => {
    const hero = story.all('.masthead [data-chart-state]');
    expect(hero).toHaveLength(1);
    expect(story.all('svg', hero[0])).not.toHaveLength(0);
  });

  test('the contents list gives the chapter titles only, one link each', () => {
    const toc = story.all('nav.toc');
    expect(toc).toHaveLength(1);
    expect(story.attrs('a', 'href', toc[0])).toEqual(story.attrs('section.chapter', 'id').map((id) => `#${id}`));
    expect(story.all('ul, ol', toc[0])).toHaveLength(1);
  });

  test('each chapter’s source list is folded by default', () => {
    const lists = story.all('details.notes-list');
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.filter((list) => attr(list, 'open') !== undefined).map(describeElement)).toEqual([]);
  });

  test(`is at most ${STORY_HTML_BUDGET / 1000} KB of HTML, gzipped`, () => {
    expect(gzipSize(readBuilt('index.html').toString('utf8'))).toBeLessThanOrEqual(STORY_HTML_BUDGET);
  });
});

describe.each(embeds)('/%s', (address) => {
  const html = page(address);

  test('has one h1, and a radio tab for each state that shows its drawing, the first checked', () => {
    expect(html.texts('h1')).toHaveLength(1);
    expect(html.texts('h1')[0]?.length).toBeGreaterThan(5);
    const radios = html.all('input[type="radio"]');
    expect(radios.length).toBeGreaterThan(1);
    expect(html.attrs('.state-panel', 'data-chart-state')).toEqual(radios.map((radio) => attr(radio, 'value')));
    expect(radios.map((radio) => attr(radio, 'checked') !== undefined)).toEqual(radios.map((_radio, index) => index === 0));
    for (const radio of radios) expect(html.all(`label[for="${attr(radio, 'id')}"]`)).toHaveLength(1);
  });
});

describe.each(allPages())('/%s', (address) => {
  const html = page(address);

  test('every shape a drawing reuses (<use href="#…">) is on the page', () => {
    const missing = html.attrs('use', 'href').filter((href) => !html.byId(href.slice(1)));
    expect(missing).toEqual([]);
  });

  test('has one title separator and ends its title with the site’s name (the story: its headline)', () => {
    const title = html.texts('title')[0] ?? '';
    const { lang, bare } = languageOf(address);
    const words = uiWords(lang);
    expect(title).not.toMatch(/ \| /);
    if (bare !== '') expect(folded(title, lang).endsWith(squash(`${words.titleSeparator}${words.siteName}`)), title).toBe(true);
  });

  test('sets quotes and apostrophes typographically in what readers see', () => {
    const verbatim = new Set(['script', 'style', 'code', 'pre', 'textarea', 'noscript']);
    const straight: string[] = [];
    const walk = (node: Node) => {
      if ('tagName' in node && verbatim.has(node.tagName)) return;
      if (node.nodeName === '#text' && /['"]/.test(text(node))) straight.push(text(node).trim().slice(0, 80));
      if ('tagName' in node) for (const name of ['title', 'alt', 'aria-label']) if (/['"]/.test(attr(node, name) ?? '')) straight.push(`${name}: ${attr(node, name)}`);
      if ('childNodes' in node) node.childNodes.forEach(walk);
    };
    walk(html.document);
    expect(straight).toEqual([]);
  });
});

/** Every file of the build, relative to it. */
function filesIn(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path, root) : [path.slice(root.length + 1)];
  });
}

test('no built file of any kind names a placeholder host', () => {
  const textFiles = filesIn(DIST).filter((file) => /\.(?:html|xml|txt|json|csv|js|css|svg)$|_headers$/.test(file) && builtFileExists(file));
  const named = textFiles.filter((file) => /\bexample\.(?:org|com|net)\b|overseas110\.|\/\/localhost\b/.test(readFileSync(join(DIST, file), 'utf8')));
  expect(named).toEqual([]);
});
