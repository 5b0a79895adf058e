/**
 * The small vocabulary the chart components draw with, shared by the build-time
 * layouts (which compute every mark's place in every state) and the Svelte
 * components (which only draw them). Everything here is plain JSON.
 */

export type Anchor = 'start' | 'middle' | 'end';

/** How a mark shows in a state: 0 hidden, 1 shown, 2 shown but dimmed (context, not the subject). */
export type Visibility = 0 | 1 | 2;

/** A mark's place in one state: x, y and visibility. */
export type Place = readonly [x: number, y: number, visibility: Visibility];

/** A line of text drawn in one state. `tone` picks the type style. */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  tone: 'heading' | 'label' | 'strong' | 'count' | 'note' | 'big';
}

export function text(x: number, y: number, value: string, tone: TextMark['tone'] = 'label', anchor: Anchor = 'start'): TextMark {
  return { x: round(x), y: round(y), text: value, anchor, tone };
}

/** Coordinates are rounded to a tenth of a pixel (by default): invisible on screen, and much less to send. */
export function round(value: number, places = 1): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

export function place(x: number, y: number, visibility: Visibility = 1): Place {
  return [round(x), round(y), visibility];
}
