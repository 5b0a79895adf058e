/**
 * How a mark looks and where it sits in each of its chart's states, written
 * into the server's HTML so that CSS alone moves a chart between states.
 *
 * The element around a chart carries `data-state-index="i"` (the position of
 * the state in the chart's list in registry.ts). charts.css has, for each
 * index i, a rule for the classes `off-i` (hidden) and `dim-i` (kept as
 * context) and one that sets a moving mark's transform to its custom property
 * `--at-i`. A change of state is then one attribute on one element: no script
 * walks the marks and no island redraws the SVG, so scrolling stays smooth on
 * slow phones, and without JavaScript the server's state simply shows.
 */
import { round, type Visibility } from './marks';

/** Rules exist in charts.css for this many state indexes; registry.ts stays within it (tested). */
export const MAX_STATES = 6;

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

/** The style attribute of a moving mark: its transform in every state, as --at-0, --at-1, … */
export function placeStyle<State extends string>(states: readonly State[], placement: (state: State) => Placement): string {
  return states.map((state, index) => `--at-${index}:${transformValue(placement(state))}`).join(';');
}

/** Position of a state in the chart's list, for data-state-index; throws on a state the list lacks. */
export function stateIndex(states: readonly string[], state: string): number {
  const index = states.indexOf(state);
  if (index < 0) throw new Error(`"${state}" is not one of the states ${states.join(', ')}.`);
  return index;
}
