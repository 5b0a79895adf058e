/**
 * Builds any chart by id, once per build: data read and checked, words
 * filled, layout computed. Each chart's build step is the default export of
 * src/charts/<id>/build.ts, found by the chart's id (registry.ts). Server-side
 * only (reads content files).
 */
import { CHART_IDS, type ChartId, type ChartViewOf } from './registry';
import type { BuiltChart } from './types';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';

export type BuiltChartOf<Id extends ChartId> = BuiltChart<Id, ChartViewOf<Id>>;
export type AnyBuiltChart = { [Id in ChartId]: BuiltChartOf<Id> }[ChartId];

const buildSteps = import.meta.glob<(lang: Lang) => AnyBuiltChart>('./*/build.ts', { eager: true, import: 'default' });

/** The build step of a chart, or an error naming the file it should be in. */
export function buildStepOf(chart: ChartId): (lang: Lang) => AnyBuiltChart {
  const step = buildSteps[`./${chart}/build.ts`];
  if (typeof step !== 'function') throw new Error(`The chart "${chart}" has no build step: src/charts/${chart}/build.ts must export it as its default.`);
  return step;
}

// A chart listed without its build step fails the build at once, not when a page first asks for it.
for (const chart of CHART_IDS) buildStepOf(chart);

const cache = new Map<string, AnyBuiltChart>();

/** A chart built in a language (繁體 is built from the 简体 words, and the page converted). */
export function buildChart<Id extends ChartId>(chart: Id, lang: Lang = SOURCE_LANG): BuiltChartOf<Id> {
  const words = wordsOf(lang);
  const key = `${words}:${chart}`;
  let built = cache.get(key);
  if (!built) {
    built = buildStepOf(chart)(words);
    cache.set(key, built);
  }
  return built as BuiltChartOf<Id>;
}
