/**
 * Shows a state on a chart drawn on the server with every state in it, by
 * writing the state's index on the chart's state layers (see
 * src/charts/state-looks.ts). The layers of moving marks switch one frame
 * apart, so that no single frame starts every mark's transition: on a slow
 * phone a hundred transitions starting at once cost a frame over 50 ms.
 */

/** A layer, as far as the plan is concerned: whether it holds moving marks. */
export interface PacedLayer {
  paced: boolean;
}

/**
 * Which layers switch in which frame: the still layers (words, legends, land)
 * at once, then one paced layer of moving marks a frame, in drawing order.
 */
export function switchFrames<Layer extends PacedLayer>(layers: readonly Layer[]): Layer[][] {
  const still = layers.filter((layer) => !layer.paced);
  const paced = layers.filter((layer) => layer.paced).map((layer) => [layer]);
  return still.length > 0 ? [still, ...paced] : paced;
}

/**
 * Writes `index` on every state layer inside `root` that does not have it yet,
 * paced over frames unless `paced` is false (print: the browser lays out the
 * page before another frame comes). Returns a function that drops the frames
 * still to come, for when the state changes again first.
 */
export function showState(root: ParentNode, index: number, { paced }: { paced: boolean }): () => void {
  const value = String(index);
  const layers = [...root.querySelectorAll<Element>('[data-state-index]')]
    .filter((element) => element.getAttribute('data-state-index') !== value)
    .map((element) => ({ element, paced: paced && element.hasAttribute('data-paced') }));
  const frames = switchFrames(layers);
  let pending = 0;
  const run = (frame: number) => {
    for (const { element } of frames[frame] ?? []) element.setAttribute('data-state-index', value);
    if (frame + 1 < frames.length) pending = requestAnimationFrame(() => run(frame + 1));
  };
  run(0);
  return () => cancelAnimationFrame(pending);
}

/** The attribute that holds a chart's transitions off while it takes a state in place (scrolly.css). */
export const PLACING_ATTRIBUTE = 'data-placing';

/**
 * Shows a state at once, with no mark moving: for the first state an island
 * shows, which replaces the server's. At that moment the chart is usually far
 * below the reader (every island hydrates once the page is idle), so moves
 * would be work no one sees: on a slow phone, about a second of 20 to 60 ms
 * frames while the page loads. A reader who lands on the chart sees it in place.
 * Transitions start, or not, at the next style update; the attribute stays
 * until that update has passed. Returns a function that ends the placing early.
 */
export function placeState(root: Element, index: number): () => void {
  root.setAttribute(PLACING_ATTRIBUTE, '');
  showState(root, index, { paced: false });
  let pending = requestAnimationFrame(() => {
    pending = requestAnimationFrame(() => root.removeAttribute(PLACING_ATTRIBUTE));
  });
  return () => {
    cancelAnimationFrame(pending);
    root.removeAttribute(PLACING_ATTRIBUTE);
  };
}
