/**
 * The words of a chart, from content/charts/<chart-id>.yaml: title, one-sentence
 * takeaway, notes on caveats, source ids, a heading and a text alternative per
 * state, table captions and column headers, and the labels drawn inside the
 * chart. Text may hold {placeholders}, filled from the data by the chart's
 * build step the same way for every chart. A missing or unknown key, or an
 * unknown placeholder, fails the build naming the file and the key.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { CHARTS, type ChartId, type ChartState } from './registry';
import type { BuiltChart } from './types';
import { fillTemplate } from '../shared/text-template';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { getSource } from '../trust/sources/sources';
import { readMirroredYaml, translatedFile } from '../i18n/content-files';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';

const tableTextSchema = z.strictObject({
  /** Stable key the chart's code uses to fill this table. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  caption: z.string().min(5),
  columns: z.array(z.string().min(1)).min(2),
});

const stateTextSchema = z.strictObject({
  /** A short line drawn at the top of the chart in this state. */
  heading: z.string().min(3).optional(),
  /** What the chart shows in this state, for screen readers. */
  alt: z.string().min(20, 'must describe the chart in a full sentence'),
});

export const chartTextSchema = z.strictObject({
  title: z.string().min(5),
  takeaway: z.string().min(20, 'must be one full sentence'),
  notes: z.array(z.string().min(10)).default([]),
  sources: z.array(z.string().min(2)).min(1, 'must name at least one source id'),
  states: z.record(z.string(), stateTextSchema),
  tables: z.array(tableTextSchema).min(1, 'every chart needs its numbers as a table'),
  labels: z.record(z.string(), z.string().min(1)).default({}),
});

export type TableText = z.infer<typeof tableTextSchema>;

export interface ChartText<Id extends ChartId, Extra = Record<never, never>> {
  file: string;
  title: string;
  takeaway: string;
  notes: string[];
  sources: string[];
  states: Record<ChartState<Id>, { heading?: string | undefined; alt: string }>;
  tables: TableText[];
  labels: Record<string, string>;
  /** Chart-specific fields, checked by the chart's own schema. */
  extra: Extra;
}

export function chartTextFile(chart: ChartId, lang: Lang = SOURCE_LANG): string {
  return translatedFile(`content/charts/${chart}.yaml`, lang);
}

/** Keys of a chart's words whose entries a translation chooses for itself (short forms of names). */
const OWN_ENTRIES = new Set(['cityNames']);

/**
 * Reads and checks a chart's words. `labelKeys` are the in-chart labels the
 * chart's code needs; `tableIds` the tables it fills.
 */
export function loadChartText<Id extends ChartId, ExtraShape extends z.ZodRawShape = Record<never, never>>(
  chart: Id,
  labelKeys: readonly string[],
  tableIds: readonly string[],
  extraShape?: ExtraShape,
  file = chartTextFile(chart),
  lang: Lang = SOURCE_LANG,
): ChartText<Id, z.infer<z.ZodObject<ExtraShape>>> {
  const schema = chartTextSchema.extend(extraShape ?? {});
  // A translation mirrors the English words file: same states, tables, labels and source list; only words change.
  const strip = (data: unknown) => Object.fromEntries(Object.entries((data ?? {}) as Record<string, unknown>).filter(([key]) => !OWN_ENTRIES.has(key)));
  const raw = wordsOf(lang) === SOURCE_LANG ? (parse(readFileSync(file, 'utf8')) as unknown) : readMirroredYaml(chartTextFile(chart), lang, { compared: strip }).data;
  const { title, takeaway, notes, sources, states: stateTexts, tables, labels, ...extra } = parseOrThrow(schema, raw, { file }) as z.infer<typeof chartTextSchema> & Record<string, unknown>;
  const data = { title, takeaway, notes, sources, states: stateTexts, tables, labels };
  const states = CHARTS[chart].states as readonly string[];
  for (const state of states) {
    if (!data.states[state]) throw new ContentError(`${file}: field "states.${state}" is missing (the chart "${chart}" has the states ${states.join(', ')}).`);
  }
  for (const state of Object.keys(data.states)) {
    if (!states.includes(state)) throw new ContentError(`${file}: field "states.${state}" is not a state of the chart "${chart}" (${states.join(', ')}).`);
  }
  for (const key of labelKeys) {
    if (!(key in data.labels)) throw new ContentError(`${file}: field "labels.${key}" is missing.`);
  }
  for (const key of Object.keys(data.labels)) {
    if (!labelKeys.includes(key)) throw new ContentError(`${file}: field "labels.${key}" is not used by the chart (known: ${labelKeys.join(', ')}).`);
  }
  for (const id of tableIds) {
    if (!data.tables.some((table) => table.id === id)) throw new ContentError(`${file}: no table with id "${id}" under "tables".`);
  }
  for (const table of data.tables) {
    if (!tableIds.includes(table.id)) throw new ContentError(`${file}: the table "${table.id}" is not one the chart fills (known: ${tableIds.join(', ')}).`);
  }
  data.sources.forEach((id, index) => getSource(id, `${file}, field "sources.${index}"`));
  return { file, ...data, states: data.states as ChartText<Id>['states'], extra: extra as z.infer<z.ZodObject<ExtraShape>> };
}

export type TemplateValues = Readonly<Record<string, string | number>>;

/** Fills one text of the words file; `where` is its key, e.g. "states.world.alt". */
export type Fill = (value: string, where: string, extra?: TemplateValues) => string;

/** A Fill over the chart's own values, with per-call extras where a text needs them. */
export function wordsFiller(file: string, values: TemplateValues): Fill {
  return (value, where, extra = {}) => fillTemplate(value, { ...values, ...extra }, `${file}, ${where}`);
}

/** The words the figure wrapper shows around the chart. */
export function figureWords(text: Pick<ChartText<ChartId>, 'title' | 'takeaway' | 'notes' | 'sources'>, fill: Fill): Pick<BuiltChart<ChartId, unknown>, 'title' | 'takeaway' | 'notes' | 'sources'> {
  return {
    title: fill(text.title, 'title'),
    takeaway: fill(text.takeaway, 'takeaway'),
    notes: text.notes.map((note, index) => fill(note, `notes.${index}`)),
    sources: text.sources,
  };
}

/**
 * One text per state of the chart: the short heading drawn at its top, or the
 * text alternative screen readers get. `valuesFor` adds values that only some
 * states need.
 */
export function stateWords<Id extends ChartId>(
  chart: Id,
  text: ChartText<Id, unknown>,
  field: 'heading' | 'alt',
  fill: Fill,
  valuesFor: (state: ChartState<Id>) => TemplateValues = () => ({}),
): Record<ChartState<Id>, string> {
  const states = CHARTS[chart].states as readonly ChartState<Id>[];
  return Object.fromEntries(states.map((state) => [state, fill(text.states[state][field] ?? '', `states.${state}.${field}`, valuesFor(state))])) as Record<ChartState<Id>, string>;
}
