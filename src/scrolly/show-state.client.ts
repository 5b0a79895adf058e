/**
 * Shows a state on a chart drawn on the server with every state in it, by
 * writing the state's index on the chart's state layers (see
 * src/charts/drawing/state-looks.ts); CSS then moves, fades or cuts the marks.
 */

/** Set on the chart while a state is cut in: holds every transition off (scrolly.css). */
export const PLACING_ATTRIBUTE = 'data-placing';

export interface ShowOptions {
  /**
   * Put the marks in their places without moving them: for the state that
   * replaces the server's when the island starts (a link to a step opens with
   * the chart already in that step's state) and for print.
   */
  cut?: boolean;
}

/** Writes `index` on every state layer inside `root`. */
export function showState(root: HTMLElement, index: number, { cut = false }: ShowOptions = {}): void {
  const value = String(index);
  if (cut) root.setAttribute(PLACING_ATTRIBUTE, '');
  for (const layer of root.querySelectorAll('[data-state-index]')) layer.setAttribute('data-state-index', value);
  if (!cut) return;
  // Reading a box makes the browser style the new places now, while transitions are off.
  root.getBoundingClientRect();
  root.removeAttribute(PLACING_ATTRIBUTE);
}
