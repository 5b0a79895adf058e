/**
 * Server-render test of every chart component, in every state, with Svelte's
 * own server renderer (as Astro uses it). Catches browser-only code that
 * would break the static build, and checks what readers without JavaScript
 * get: an SVG labelled for screen readers, with marks, for each state.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { buildChart } from '../../src/charts/build';
import { CHARTS, CHART_IDS, type ChartId } from '../../src/charts/registry';
import { chartSvgMarkup, lightTokens, standaloneCss, withoutHidden } from '../../src/charts/svg-markup';
import ChartView from '../../src/charts/ChartView.svelte';
import StationsByContinent from '../../src/charts/stations-by-continent/StationsByContinent.svelte';
import StationsMap from '../../src/charts/stations-map/StationsMap.svelte';
import PersuadedToReturn from '../../src/charts/persuaded-totals/PersuadedToReturn.svelte';
import Timeline from '../../src/charts/timeline/Timeline.svelte';
import ScrollyGraphic from '../../src/scroll/ScrollyGraphic.svelte';

// Each chart's own component, typed loosely: the props are checked by svelte-check in ChartView.
const components: Record<ChartId, Component<{ view: never; state: never; id: string }>> = {
  'stations-by-continent': StationsByContinent as never,
  'stations-map': StationsMap as never,
  'persuaded-totals': PersuadedToReturn as never,
  timeline: Timeline as never,
};

/** What a reader of the state sees: the marks not hidden by the is-off class. */
const visibleMarks = (html: string) => (withoutHidden(html).match(/<(rect|circle|path|line)\b/g) ?? []).length;

describe.each(CHART_IDS)('the %s component', (chart) => {
  const { view } = buildChart(chart);
  const states = CHARTS[chart].states as readonly string[];

  it.each(states)('renders state "%s" as a labelled SVG with marks and no inline styles', (state) => {
    const { body } = render(components[chart], { props: { view: view as never, state: state as never, id: chart } });
    expect(body).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${chart}-alt"[^>]*data-state="${state}"`));
    const alt = (view.alt as Record<string, string>)[state] ?? '';
    expect(alt.length).toBeGreaterThan(40);
    expect(body).toContain(`<title id="${chart}-alt">${alt.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
    expect(visibleMarks(body)).toBeGreaterThan(5);
    // A strict Content-Security-Policy blocks style attributes: marks are placed with SVG attributes and classes.
    expect(body).not.toMatch(/\sstyle="/);
  });

  it('draws something different in each state', () => {
    const drawings = states.map((state) => withoutHidden(render(ChartView, { props: { view, state, id: chart } }).body).replace(/<title[\s\S]*?<\/title>|data-state="[^"]*"/g, ''));
    expect(new Set(drawings).size).toBe(states.length);
  });

  it('gives the scroll island the static state before any script runs', () => {
    const staticState = CHARTS[chart].staticState;
    const { body } = render(ScrollyGraphic, { props: { view, staticState, id: chart } });
    expect(body).toContain(`class="scrolly-graphic" data-state="${staticState}"`);
    expect(body).toContain(`data-state="${staticState}"`);
  });
});

describe('standalone SVG markup (for share images)', () => {
  it('writes out the light colours and keeps only the chosen state', () => {
    const svg = chartSvgMarkup('stations-map', 'britain');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/class="[^"]*\bis-off\b/);
    expect(svg).toContain('#b3261e');
    expect(svg).toContain('>Croydon<');
    expect(svg).not.toContain('>Madrid<');
  });

  it('refuses a state the chart does not have', () => {
    expect(() => chartSvgMarkup('timeline', 'world')).toThrow('"world" is not a state of the chart "timeline"');
  });

  it('resolves tokens and drops motion rules', () => {
    const css = standaloneCss('/* x */ .a { fill: var(--c); } @media (prefers-reduced-motion: no-preference) { .a { transition: x 1s; } }', lightTokens(':root { --c: #123; }'));
    expect(css).toBe('.a { fill: #123; } .is-off{display:none}');
  });

  it('removes hidden elements with their content, including nested ones of the same name', () => {
    expect(withoutHidden('<g><g class="x is-off"><g><text>a</text></g></g><rect class="is-off"/><text>b</text></g>')).toBe('<g><text>b</text></g>');
  });
});
