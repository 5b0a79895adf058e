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

/**
 * Text drawn in one state: one line, or a wrapped label whose further lines
 * (`more`) follow at LINE_HEIGHT em (type-scale.ts), so they stay together
 * when the type steps down on a wide screen. `tone` picks the type style; y
 * is the first line's baseline, or, for a label that `hangs` (from a leader
 * above it), the top of its letters, so it stays against the leader at every
 * type size.
 */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  tone: 'heading' | 'label' | 'strong' | 'count' | 'note' | 'big';
  more?: string[];
  hangs?: true;
}

export function text(x: number, y: number, value: string, tone: TextMark['tone'] = 'label', anchor: Anchor = 'start'): TextMark {
  return { x: round(x), y: round(y), text: value, anchor, tone };
}

/** Wrapped text: the lines of one label, first baseline at y. */
export function textLines(x: number, y: number, lines: readonly string[], tone: TextMark['tone'] = 'label', anchor: Anchor = 'start'): TextMark {
  const [first = '', ...more] = lines;
  return more.length > 0 ? { ...text(x, y, first, tone, anchor), more } : text(x, y, first, tone, anchor);
}

/** Coordinates are rounded to a tenth of a pixel (by default): invisible on screen, and much less to send. */
export function round(value: number, places = 1): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

export function place(x: number, y: number, visibility: Visibility = 1): Place {
  return [round(x), round(y), visibility];
}
