/**
 * How a mark looks and where it sits in each of its chart's states, written
 * into the server's HTML so that CSS alone moves a chart between states.
 *
 * Every mark sits in one of its chart's state layers: `<g>` elements (see
 * StateLayer.svelte) that carry `data-state-index="i"`, the position of the
 * state shown in the chart's list in registry.ts. Layers never nest.
 * charts.css has, for each index i, a rule for the classes `off-i` (hidden)
 * and `dim-i` (kept as context) and one that sets a moving mark's transform
 * to its custom property `--at-i`. A change of state is then one attribute on
 * a few layers: no script walks the marks and no island redraws the SVG, so
 * scrolling stays smooth on slow phones, and without JavaScript the server's
 * state simply shows.
 */
import { round, type Visibility } from './marks';

/** Rules exist in charts.css for this many state indexes; registry.ts stays within it (tested). */
export const MAX_STATES = 6;

/**
 * Most moving marks in one layer. Starting a CSS transition costs the browser
 * some time for every mark, and a hundred squares starting at once made a
 * slow phone's frame run past 50 ms. So moving marks are drawn in "paced"
 * layers of at most this many, which the scroll island switches one frame
 * apart (src/scroll/show-state.ts): a wave of two or three frames that no
 * reader sees, in place of one long frame.
 */
export const MARKS_PER_LAYER = 20;

/**
 * Most paced layers that move at once. A frame's work grows with the marks in
 * flight, and a chart with more layers than this (the stations unit chart's
 * 102 squares, in 6) made frames past 50 ms on a slow phone while the page
 * also scrolled. Its layers move in a wave instead: each starts WAVE_GAP_MS
 * after the one before (src/scroll/show-state.ts) and moves for a shorter
 * time (charts.css, [data-wave]), so about three are in flight at once.
 * Charts within the limit keep every mark moving together: the map's dots
 * must move with its land.
 */
export const MOST_LAYERS_AT_ONCE = 3;

/** Whether a chart's paced layers move in a wave (see MOST_LAYERS_AT_ONCE). */
export function movesInWave(layerCount: number): boolean {
  return layerCount > MOST_LAYERS_AT_ONCE;
}

/** Splits marks, in drawing order (so the layers keep it), into as few layers as MARKS_PER_LAYER allows, of near-even size. */
export function markLayers<Mark>(marks: readonly Mark[], most: number = MARKS_PER_LAYER): Mark[][] {
  const count = Math.ceil(marks.length / most);
  const size = Math.ceil(marks.length / Math.max(1, count));
  return Array.from({ length: count }, (_unused, layer) => marks.slice(layer * size, (layer + 1) * size)).filter((layer) => layer.length > 0);
}

/** A mark's place in one state: moved by (x, y), then scaled (from the mark's own origin). */
export interface Placement {
  x: number;
  y: number;
  scaleX?: number;
  scaleY?: number;
}

const LOOK_CLASS: Record<Visibility, string | undefined> = { 0: 'off', 1: undefined, 2: 'dim' };

/** Classes giving a mark its visibility in every state, e.g. "off-1 dim-2 off-3". Empty when it always shows. */
export function lookClasses<State extends string>(states: readonly State[], visibility: (state: State) => Visibility): string {
  return states
    .flatMap((state, index) => {
      const look = LOOK_CLASS[visibility(state)];
      return look ? [`${look}-${index}`] : [];
    })
    .join(' ');
}

/** Classes for a mark that shows in the given state only. */
export function onlyIn<State extends string>(states: readonly State[], shown: State): string {
  return lookClasses(states, (state) => (state === shown ? 1 : 0));
}

/** A CSS transform, in the SVG's own units (CSS px are user units inside an SVG). */
export function transformValue({ x, y, scaleX = 1, scaleY = scaleX }: Placement): string {
  const move = `translate(${round(x)}px,${round(y)}px)`;
  return scaleX === 1 && scaleY === 1 ? move : `${move} scale(${round(scaleX, 2)},${round(scaleY, 2)})`;
}

/**
 * For each state, the state whose place a mark takes there. A hidden mark's
 * place matters only where it comes into view: a mark entering from a run of
 * hidden states moves from the place it has in the hidden state next to the
 * one it shows in. Elsewhere in the run it waits at that place, so a change
 * between two states it is hidden in moves nothing. A move no reader sees
 * still costs a slow phone style work in every frame: 79 of the 473 mark
 * moves down the story were between two hidden states, and 68 of them go. A
 * run with shown states on both sides keeps both of its ends (the 11 left),
 * since the mark can enter from either.
 */
export function restingStates(visibility: readonly Visibility[]): number[] {
  const resting = visibility.map((_look, index) => index);
  let start = 0;
  while (start < visibility.length) {
    if (visibility[start] !== 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < visibility.length && visibility[end + 1] === 0) end += 1;
    const shownAfter = end + 1 < visibility.length;
    const shownBefore = start > 0;
    const anchor = shownAfter ? end : start;
    for (let index = start; index <= end; index += 1) {
      if (!(shownBefore && index === start)) resting[index] = anchor;
    }
    start = end + 1;
  }
  return resting;
}

/**
 * The style attribute of a moving mark: its transform in every state, as
 * --at-0, --at-1, … Given its visibility, a hidden mark keeps still between
 * states it is hidden in (see restingStates).
 */
export function placeStyle<State extends string>(
  states: readonly State[],
  placement: (state: State) => Placement,
  visibility?: (state: State) => Visibility,
): string {
  const resting = visibility ? restingStates(states.map(visibility)) : states.map((_state, index) => index);
  return resting.map((from, index) => `--at-${index}:${transformValue(placement(states[from] as State))}`).join(';');
}

/**
 * A moving mark that hides in some states: its look classes and its places
 * from one visibility, so where it waits while hidden follows the states its
 * classes hide it in.
 */
export function movingMark<State extends string>(
  states: readonly State[],
  placement: (state: State) => Placement,
  visibility: (state: State) => Visibility,
): { classes: string; style: string } {
  return { classes: lookClasses(states, visibility), style: placeStyle(states, placement, visibility) };
}

/** Position of a state in the chart's list, for the layers' data-state-index; throws on a state the list lacks. */
export function stateIndex(states: readonly string[], state: string): number {
  const index = states.indexOf(state);
  if (index < 0) throw new Error(`"${state}" is not one of the states ${states.join(', ')}.`);
  return index;
}
