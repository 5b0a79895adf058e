/**
 * Server-render test of every chart, with Svelte's own server renderer (as
 * Astro uses it). Catches browser-only code that would break the static
 * build, and checks what readers without JavaScript get: an SVG labelled for
 * screen readers carrying every state's marks and places, which written at
 * any one state (as share cards are) draws that state.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { buildChart } from './build';
import { CHARTS, CHART_IDS } from './registry';
import { chartSvgMarkup } from '../sharing/cards/chart-svg';
import { withoutHidden } from './figure/one-state';
import { escapeHtml } from '../shared/html';
import ChartView from './ChartView.svelte';
import ScrollyGraphic from '../scrolly/ScrollyGraphic.svelte';

/**
 * Walks a drawing's tags and reports how its marks sit in state layers: marks
 * with look classes or a place outside any layer, layers inside layers, and
 * the index each layer names.
 */
function stateLayersOf(markup: string) {
  const open: { layer: boolean }[] = [];
  const result = { nested: [] as string[], outside: [] as string[], indexes: [] as string[] };
  for (const [whole, closing, , attributes = '', selfClosing] of markup.matchAll(/<(\/?)([\w-]+)([^>]*?)(\/?)>/g)) {
    if (closing) {
      open.pop();
      continue;
    }
    const layerAbove = open.some((element) => element.layer);
    const index = /\sdata-state-index="(\d+)"/.exec(attributes)?.[1];
    const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (index !== undefined) {
      if (layerAbove) result.nested.push(whole);
      result.indexes.push(index);
    } else if (/\b(?:off|dim)-\d|\bchart-move\b/.test(classes)) {
      if (!layerAbove) result.outside.push(whole);
    }
    if (!selfClosing) open.push({ layer: index !== undefined });
  }
  return result;
}

/** What a reader of the state sees: the shapes the state does not hide (a path counts each of its pieces). */
const visibleMarks = (svg: string) => {
  const shown = withoutHidden(svg);
  const pieces = [...shown.matchAll(/<path\b[^>]*\sd="([^"]*)"/g)].reduce((sum, [, d = '']) => sum + (d.match(/M/g) ?? []).length, 0);
  return (shown.match(/<(rect|circle|line)\b/g) ?? []).length + pieces;
};

describe.each(CHART_IDS)('the %s chart', (chart) => {
  const { view } = buildChart(chart);
  const states = CHARTS[chart].states as readonly string[];
  const alts = view.alt as Record<string, string>;
  const staticState = CHARTS[chart].staticState;
  const { body } = render(ChartView, { props: { view, state: staticState, id: chart } });

  it('draws one labelled SVG with every state in it, whose label the page provides', () => {
    expect(body).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${chart}-alt"`));
    expect(body).not.toContain('<title');
  });

  it('labels itself with a <title> when asked to', () => {
    const labelled = render(ChartView, { props: { view, state: staticState, titled: true, id: chart } }).body;
    expect(labelled).toContain(`<title id="${chart}-alt">${escapeHtml(alts[staticState] ?? '')}</title>`);
  });

  it('puts every mark that changes with the state in exactly one state layer, each naming the state drawn', () => {
    for (const state of states) {
      const drawn = render(ChartView, { props: { view, state, id: chart } }).body;
      const layers = stateLayersOf(drawn);
      expect(layers.nested).toEqual([]);
      expect(layers.outside).toEqual([]);
      expect(new Set(layers.indexes)).toEqual(new Set([String(states.indexOf(state))]));
    }
  });

  it('gives the drawing its shape, which its container type would drop (charts.css)', () => {
    expect(body).toMatch(new RegExp(`<svg[^>]*viewBox="0 0 ${view.width} ${view.height}"[^>]*style="aspect-ratio:${view.width}/${view.height}"`));
  });

  it('places moving marks with one --at-N custom property per state and nothing else in style attributes', () => {
    const marks = body.replace(/<svg[^>]*>/, '');
    const styles = [...marks.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1] ?? '');
    // Exactly the marks that move carry places (the persuaded-totals chart only fades).
    expect(styles.length).toBe((body.match(/class="[^"]*\bchart-move\b/g) ?? []).length);
    const declaration = /^--at-(\d+):translate\(-?[\d.]+px,-?[\d.]+px\)(?: scale\(-?[\d.]+,-?[\d.]+\))?$/;
    for (const style of styles) {
      const indexes = style.split(';').map((part) => declaration.exec(part)?.[1]);
      expect(indexes, style).toEqual(states.map((_state, index) => String(index)));
    }
    // Every mark that moves has its places, or CSS would drop its transform.
    expect((body.match(/class="[^"]*\bchart-move\b[^"]*"[^>]*>/g) ?? []).every((tag) => tag.includes(' style="--at-0:'))).toBe(true);
  });

  it('moves a hidden mark between two states only where it enters or leaves a shown state', () => {
    // A move between two states a mark is hidden in is work no reader sees. The
    // one kept: from the first state of a hidden run with a shown state before
    // it (scrolling back up, the mark enters from there).
    const unseen: string[] = [];
    for (const [tag, classes = '', style = ''] of body.matchAll(/<\w+ class="([^"]*\bchart-move\b[^"]*)"[^>]*style="([^"]*)"/g)) {
      const hidden = (index: number) => new RegExp(`\\boff-${index}\\b`).test(classes);
      const at = (index: number) => new RegExp(`--at-${index}:([^;]*)`).exec(style)?.[1];
      for (let index = 0; index + 1 < states.length; index += 1) {
        const runStartAfterShown = index > 0 && !hidden(index - 1);
        if (hidden(index) && hidden(index + 1) && at(index) !== at(index + 1) && !runStartAfterShown) unseen.push(`${index}→${index + 1} ${tag}`);
      }
    }
    expect(unseen).toEqual([]);
  });

  it('names only states the chart has in its look classes', () => {
    const indexes = [...body.matchAll(/\b(?:off|dim)-(\d+)\b/g)].map((match) => Number(match[1]));
    expect(indexes.length).toBeGreaterThan(0);
    expect(Math.max(...indexes)).toBeLessThan(states.length);
  });

  it.each(states)('written at state "%s", shows a labelled drawing with marks', (state) => {
    expect(alts[state]?.length ?? 0).toBeGreaterThan(40);
    const svg = chartSvgMarkup(chart, state, chart);
    expect(svg).toContain(`<title id="${chart}-alt">`);
    expect(visibleMarks(svg)).toBeGreaterThan(5);
    expect(svg).not.toMatch(/\s(?:off|dim)-\d|--at-|data-state-index/);
  });

  it('draws something different in each state', () => {
    const drawings = states.map((state) => chartSvgMarkup(chart, state, chart).replace(/<title[\s\S]*?<\/title>/, ''));
    expect(new Set(drawings).size).toBe(states.length);
  });

  it('gives the scroll island its first state before any script runs', () => {
    const first = states[states.length - 1] ?? staticState;
    const island = render(ScrollyGraphic, { props: { states, initialState: first } }).body;
    expect(island).toContain(`class="scrolly-graphic" data-chart-state="${first}">`);
  });
});
