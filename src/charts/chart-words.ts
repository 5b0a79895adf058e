/**
 * The words every chart's build step fills the same way: placeholders from
 * the chart's computed values, the figure's title, takeaway and notes, and a
 * heading and a text alternative per state. A bad placeholder fails the build naming the
 * chart's words file and the key (see lib/text-template.ts).
 */
import type { ChartText } from './chart-words-file';
import { fillTemplate } from '../shared/text-template';
import { CHARTS, type ChartId, type ChartState } from './registry';
import type { BuiltChart } from './types';

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
