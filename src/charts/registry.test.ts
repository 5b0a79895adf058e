/**
 * The one list of charts: every chart folder is in it, and each listed chart
 * has its build step and its component. A chart's id is its figure's address
 * on the page (#<chart-id>), so it must not be any chapter's slug or any
 * section's or step's id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStepOf } from './build';
import { drawingOf } from './ChartView.svelte';
import { CHARTS, CHART_IDS, isStateOf } from './registry';

const chapters = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readFileSync(`content/chapters/${name}`, 'utf8'));
const idsInChapters = chapters.flatMap((source) => [
  ...[...source.matchAll(/^slug:\s*(\S+)/gm)].map((match) => match[1] ?? ''),
  ...[...source.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1] ?? ''),
]);

describe('chart ids', () => {
  it('are read from the chapters (the check can see their ids)', () => {
    expect(idsInChapters).toContain('persuaded-to-return');
    expect(idsInChapters).toContain('map-step-europe');
  });

  it.each(CHART_IDS)('"%s" is no chapter slug, heading id or step id, nor the start of one', (chart) => {
    expect(idsInChapters.filter((id) => id === chart || id === `${chart}-title` || id === `${chart}-alt`)).toEqual([]);
  });
});

describe('the chart list', () => {
  const folders = readdirSync('src/charts', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`src/charts/${entry.name}/chart.ts`))
    .map((entry) => entry.name);

  it('lists every chart folder, each under its own id', () => {
    expect([...CHART_IDS].sort()).toEqual(folders.sort());
    for (const chart of CHART_IDS) expect(CHARTS[chart].id).toBe(chart);
  });

  it.each(CHART_IDS)('finds the build step and the one component of "%s" in its folder', (chart) => {
    expect(buildStepOf(chart)).toBeTypeOf('function');
    expect(drawingOf(chart)).toBeTypeOf('function');
    expect(isStateOf(chart, CHARTS[chart].staticState)).toBe(true);
  });
});
