/**
 * Reads the steps out of a scrolly's rendered HTML (the <Step> elements, in
 * reading order) and checks them against the chart: every step names a state
 * the chart has. Runs at build time, so a typo in a chapter fails the build.
 */
import { CHARTS, type ChartId } from '../charts/registry';
import { escapeHtml } from '../shared/html';
import { ContentError } from '../shared/validation-error';

export interface StepInfo {
  id: string;
  state: string;
}

const STEP_TAG = /<[a-z]+\b[^>]*\bdata-scrolly-step\b[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function readSteps(html: string): StepInfo[] {
  return [...html.matchAll(STEP_TAG)].map(([tag]) => ({ id: attribute(tag, 'id') ?? '', state: attribute(tag, 'data-state') ?? '' }));
}

export function checkSteps(chart: ChartId, steps: readonly StepInfo[]): void {
  const states = CHARTS[chart].states as readonly string[];
  if (steps.length === 0) throw new ContentError(`<Scrolly chart="${chart}">: has no <Step> inside it.`);
  for (const step of steps) {
    if (!states.includes(step.state)) {
      throw new ContentError(`<Scrolly chart="${chart}">: the step "${step.id}" has state="${step.state}", which is not one of the chart's states (${states.join(', ')}).`);
    }
  }
}

/** Fills each step's hidden paragraph (from Step.astro) with the text alternative of its state. */
export function fillStepAlternatives(html: string, alt: Readonly<Record<string, string>>, prefix: string, gap = ' '): string {
  return html.replace(/(<p class="visually-hidden"(?: id="[^"]*")? data-step-alt="([^"]*)">)(<\/p>)/g, (_match, open: string, state: string, close: string) => {
    const text = alt[state];
    return text ? `${open}${escapeHtml(`${prefix}${gap}${text}`)}${close}` : `${open}${close}`;
  });
}

/** The empty picture each step carries (Step.astro), in reading order. */
const EMPTY_PICTURE = /<div class="step-picture" data-step-picture><\/div>/g;

/**
 * Puts each step's picture (its state drawn, see charts/figure/picture-files.ts) in its place,
 * in reading order, marked with the state it draws. Fails when the counts differ.
 */
export function fillStepPictures(html: string, pictures: readonly { state: string; html: string }[]): string {
  const places = (html.match(EMPTY_PICTURE) ?? []).length;
  if (places !== pictures.length) throw new Error(`fillStepPictures: ${places} steps but ${pictures.length} pictures.`);
  let step = 0;
  return html.replace(EMPTY_PICTURE, () => {
    const picture = pictures[step];
    step += 1;
    return `<div class="step-picture" data-chart-state="${escapeHtml(picture?.state ?? '')}">${picture?.html ?? ''}</div>`;
  });
}

/** Names each step's copy-link control (from Step.astro), in reading order: `label(1, 4)` for the first of four. */
export function labelStepLinks(html: string, label: (step: number, steps: number) => string): string {
  const steps = (html.match(/ data-step-link>/g) ?? []).length;
  let step = 0;
  return html.replace(/ data-step-link>/g, () => {
    step += 1;
    return ` data-step-link aria-label="${escapeHtml(label(step, steps))}">`;
  });
}
