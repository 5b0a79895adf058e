/**
 * Every chart in the built HTML, wherever it appears (the story, chapter
 * pages, embeds): a figure with its title and takeaway, a labelled SVG with
 * marks in its static state, the numbers as a table, linked sources and the
 * data download; the scroll steps that drive it; its embed page, embed code
 * and share card. What scripts do with the charts is tested in the browser
 * (tests/e2e/charts.spec.ts).
 */
import { describe, expect, test } from 'vitest';
import { chartTitle, scrolliesInContent } from '../support/content';
import { allPages, fileOf, languageOf, page, readBuilt, resolveLink, SITE, SITE_SET } from '../support/dist';
import { attr, describe as describeElement, matches, squash, text, type Element, type HtmlPage } from '../support/html';
import { CHARTS, CHART_IDS, localPath, pngSize, type ChartId } from '../support/site';

const isChart = (id: string | undefined): id is ChartId => !!id && (CHART_IDS as string[]).includes(id);

/**
 * What is missing or wrong in one chart figure; empty when it is whole. The
 * state contract: what draws a state carries data-chart-state. In the story
 * (a scrolly) the pinned drawing is one labelled SVG that starts in the first
 * step's state, and the figure's foot holds the table, the linked sources and
 * the downloads. An embed (.chart-static) draws every state, in order, each
 * with marks and a text alternative, and its credit links to the chart's
 * notes and sources in the story.
 */
export function chartFigureProblems(html: HtmlPage, figure: Element, address: string): string[] {
  const chart = attr(figure, 'id');
  if (!isChart(chart)) return [`${describeElement(figure)} is not a registered chart`];
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${chart}: ${what}`);
  };
  need(squash(text(html.one('.chart-title', figure) ?? figure)).length > 0 && !!html.one('.chart-title', figure), 'a title');
  need(!!html.one('.chart-takeaway', figure) && squash(text(html.one('.chart-takeaway', figure) ?? figure)).length > 0, 'a takeaway');
  const states = CHARTS[chart].states as readonly string[];
  if (matches(figure, '.chart-static')) {
    const panels = html.all('.state-panel[data-chart-state]', figure);
    need(JSON.stringify(panels.map((panel) => attr(panel, 'data-chart-state'))) === JSON.stringify(states), `a panel for each state, in order (found ${panels.map((panel) => attr(panel, 'data-chart-state')).join(', ')})`);
    for (const panel of panels) {
      need(html.all('svg.chart-svg rect, svg.chart-svg circle, svg.chart-svg path, svg.chart-svg line, svg.chart-svg use', panel).length > 5, `more than five marks drawn for "${attr(panel, 'data-chart-state')}"`);
      // Chinese says in 20 characters what English says in 40.
      const shortest = languageOf(address).lang === 'en' ? 40 : 20;
      need(html.texts('.visually-hidden', panel).some((alternative) => alternative.length > shortest), `a text alternative of more than ${shortest} characters for "${attr(panel, 'data-chart-state')}"`);
    }
    const credit = html.attrs('.embed-credit a', 'href').map((href) => resolveLink(address, href));
    need(credit.some((target) => target.address === localPath('', languageOf(address).lang) && target.fragment === `${chart}-notes`), 'a credit linking to its notes and sources in the story');
    return problems;
  }
  const svgs = html.all('.scrolly-graphic svg.chart-svg[role="img"]', figure);
  need(svgs.length === 1, `one pinned svg.chart-svg with role="img" (found ${svgs.length})`);
  const svg = svgs[0];
  if (svg) {
    const labelledBy = attr(svg, 'aria-labelledby') ?? '';
    const label = html.byId(labelledBy);
    need(!!label && squash(text(label)).length > 40, `a text alternative of more than 40 characters at #${labelledBy}`);
    need(html.all('rect, circle, path, line', svg).length > 5, 'more than five marks in its SVG');
  }
  need(html.all('details.chart-data table tbody tr', figure).length > 2, 'a data table with more than two rows');
  need(html.all('details.chart-data table caption', figure).length > 0, 'a caption on its table');
  need(html.all('.chart-sources a[href^="http"]', figure).length > 0, 'linked sources');
  need(!!html.byId(`${chart}-notes`), `its notes and sources at #${chart}-notes (where embeds credit them)`);
  const downloads = html.attrs('.chart-download a', 'href', figure).map((href) => href.replace(/^.*\/data\//, ''));
  need(
    JSON.stringify(downloads) === JSON.stringify(CHARTS[chart].datasets.map((dataset) => `${dataset}.csv`)),
    `downloads of ${CHARTS[chart].datasets.join(', ')} (found ${downloads.join(', ') || 'none'})`,
  );
  // The pinned drawing starts in the first step's state: what is read first, before (or without) scripts.
  const drawn = html.attrs('.scrolly-graphic', 'data-chart-state', figure);
  const first = html.attrs('[data-scrolly-step]', 'data-state', figure)[0];
  need(drawn.length === 1 && drawn[0] === first, `its pinned drawing in the first step's state "${first}" (found ${drawn.join(', ') || 'none'})`);
  return problems;
}

const pagesWithCharts = allPages().filter((address) => page(address).all('figure.chart-figure').length > 0);

test('the story, and each embed, holds charts', () => {
  expect(pagesWithCharts).toContain('');
  for (const chart of CHART_IDS) expect(pagesWithCharts).toContain(`embed/${chart}/`);
});

describe.each(pagesWithCharts)('%s', (address) => {
  const html = page(address);

  test('every chart figure is whole: title, takeaway, labelled drawings with marks in the right states, table, sources and downloads (or, in an embed, a link to them)', () => {
    expect(html.all('figure.chart-figure').flatMap((figure) => chartFigureProblems(html, figure, address))).toEqual([]);
  });

  test('every scrolly has a step for each state of its chart, in reading order', () => {
    const problems = html.all('.scrolly').flatMap((scrolly) => {
      const chart = attr(scrolly, 'data-chart');
      if (!isChart(chart)) return [`${describeElement(scrolly)} names no registered chart`];
      const states = html.attrs('[data-scrolly-step]', 'data-state', scrolly);
      const ids = html.attrs('[data-scrolly-step]', 'id', scrolly);
      return JSON.stringify(states) === JSON.stringify(CHARTS[chart].states) && ids.length === states.length
        ? []
        : [`${chart}: steps ${states.join(', ')} (ids: ${ids.length}), want ${CHARTS[chart].states.join(', ')}`];
    });
    expect(problems).toEqual([]);
  });

  test('scripts have left no mark in the HTML (no step tracking, no debug lines)', () => {
    expect(html.all('[data-scrolly-active], [data-active], .scrollama__debug-step').map(describeElement)).toEqual([]);
  });
});

describe('the one-page story', () => {
  const story = page('');

  test('shows each chart once, as a scrolly, one for each <Scrolly> in the chapters', () => {
    expect(story.attrs('figure.chart-figure', 'id').sort()).toEqual([...CHART_IDS].sort());
    expect(story.all('.scrolly')).toHaveLength(scrolliesInContent());
  });

  for (const chart of CHART_IDS) {
    test(`${chart}: the "Embed this chart" code frames /embed/${chart}/, plain and with pym.js, and its preview link opens that page`, () => {
      const panel = story.one(`#${chart} [data-embed-panel="${chart}"]`);
      expect(panel, 'an embed panel').not.toBeNull();
      if (!panel) return;
      const [iframe = '', pym = ''] = story.all('textarea', panel).map((box) => text(box).trim());
      expect(story.all('textarea', panel)).toHaveLength(2);
      const src = /src="([^"]+)"/.exec(iframe)?.[1] ?? '';
      // The site's address when the build has one (SITE_URL); else root-relative, completed by the page from its own address.
      expect(resolveLink('', src).address).toBe(`embed/${chart}/`);
      expect(SITE_SET ? src.startsWith(SITE.origin) : src.startsWith('/')).toBe(true);
      expect(iframe).toMatch(/height="\d{3,4}"/);
      expect(iframe).toContain(`title="${chartTitle(chart).replace(/"/g, '&quot;')}"`);
      expect(pym).toContain(`, "${src}", `);
      expect(pym).toContain(`<noscript>${iframe}</noscript>`);
      const preview = story.attrs('a', 'href', panel).map((href) => resolveLink('', href).address);
      expect(preview).toEqual([`embed/${chart}/`]);
      // Copy buttons are there for scripts to reveal; without JavaScript they stay hidden.
      const buttons = story.all('button[data-copy-embed]', panel);
      expect(buttons).toHaveLength(2);
      expect(buttons.filter((button) => attr(button, 'hidden') === undefined).map(describeElement)).toEqual([]);
    });
  }
});

describe('embed pages', () => {
  for (const chart of CHART_IDS) {
    test(`/embed/${chart}/ shows only its chart, titled, with a credit back to the story and no inline script`, () => {
      const address = `embed/${chart}/`;
      const html = page(address);
      expect(html.texts(`figure#${chart} .chart-title`)).toEqual([squash(chartTitle(chart))]);
      expect(html.all('figure.chart-figure')).toHaveLength(1);
      // A canonical address (the chart in the story) and a share card only when the build has the site's address.
      const canonical = html.attrs('link[rel="canonical"]', 'href');
      const image = html.attrs('meta[property="og:image"]', 'content');
      if (SITE_SET) {
        expect(canonical.map((href) => new URL(href).hash)).toEqual([`#${chart}`]);
        expect(resolveLink(address, canonical[0] ?? '').address, 'the canonical address is the chart in the story').toBe('');
        expect(image.map((href) => new URL(href).pathname.endsWith(`/cards/charts/${chart}.png`))).toEqual([true]);
      } else expect([...canonical, ...image]).toEqual([]);
      // One credit, to the chart's notes and sources in the story, opened in the host's window.
      expect(html.attrs('.embed-credit a', 'href').map((href) => resolveLink(address, href))).toEqual([{ address: '', file: 'index.html', fragment: `${chart}-notes` }]);
      expect(html.attrs('base', 'target')).toEqual(['_top']);
      // What a strict content security policy needs: no inline script at all in a page made for other sites.
      expect(html.all('script:not([src])').map(describeElement)).toEqual([]);
      expect(readBuilt(fileOf(address)).toString('utf8')).not.toMatch(/\son[a-z]+\s*=/i);
    });

    test(`/cards/charts/${chart}.png is a 1200×630 PNG`, () => {
      expect(pngSize(readBuilt(`cards/charts/${chart}.png`))).toEqual({ width: 1200, height: 630 });
    });
  }
});
