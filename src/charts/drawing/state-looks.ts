/**
 * How a mark looks and where it sits in each of its chart's states, written
 * into the server's HTML so that CSS alone moves a chart between states.
 *
 * Every mark sits in one of its chart's state layers: `<g>` elements (see
 * StateLayer.svelte) that carry `data-state-index="i"`, the position of the
 * state shown in the chart's list in registry.ts. Layers never nest. The
 * build writes, for each index i, a rule for the classes `off-i` (hidden)
 * and `dim-i` (kept as context) and one that sets a moving mark's transform
 * to its custom property `--at-i` (../state-styles.ts). A change of state is then one attribute on
 * a few layers: no script walks the marks and no island redraws the SVG, and
 * without JavaScript the server's state simply shows.
 */
import { round, type Visibility } from './marks';

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
 * between two states it is hidden in moves nothing: a move no reader sees is
 * work for nothing. A run with shown states on both sides keeps both of its
 * ends, since the mark can enter from either.
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
