/**
 * Shows a state on a chart drawn on the server with every state in it, by
 * writing the state's index on the chart's state layers (see
 * src/charts/state-looks.ts). The layers of moving marks switch one frame
 * apart, so that no single frame starts every mark's transition: on a slow
 * phone a hundred transitions starting at once cost a frame over 50 ms.
 * A chart with too many layers to move at once moves them in a wave, a set
 * time apart (src/charts/state-looks.ts, movesInWave).
 */

/** Least time between the starts of two layers that move in a wave. */
export const WAVE_GAP_MS = 100;

/** A layer, as far as the plan is concerned: whether it holds moving marks, and moves in a wave. */
export interface PacedLayer {
  paced: boolean;
  wave?: boolean;
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
 * For each frame of switchFrames, the least time in ms after the frame before
 * it switched: WAVE_GAP_MS between two frames of wave layers, else 0 (the
 * next frame). The first wave layer goes at the next frame.
 */
export function switchGaps(frames: readonly (readonly PacedLayer[])[]): number[] {
  const inWave = (frame: readonly PacedLayer[] | undefined) => frame?.some((layer) => layer.wave) ?? false;
  return frames.map((frame, position) => (inWave(frame) && inWave(frames[position - 1]) ? WAVE_GAP_MS : 0));
}

/** The state layers inside `root` not showing `value` yet, each paced if `paced` allows and it holds moving marks. */
function layersToSwitch(root: ParentNode, value: string, paced: boolean): { element: Element; paced: boolean }[] {
  return [...root.querySelectorAll<Element>('[data-state-index]')]
    .filter((element) => element.getAttribute('data-state-index') !== value)
    .map((element) => ({ element, paced: paced && element.hasAttribute('data-paced') }));
}

export interface ShowOptions {
  /** Paced layers switch a frame or more apart; false for print (the browser lays out the page before another frame comes). */
  paced: boolean;
  /** Wave layers switch WAVE_GAP_MS apart; false when marks do not move (reduced motion), so the state cuts in at once. */
  wave: boolean;
}

/**
 * Writes `index` on every state layer inside `root` that does not have it yet,
 * over frames as `options` allow. Returns a function that drops the frames
 * still to come, for when the state changes again first.
 */
export function showState(root: ParentNode, index: number, { paced, wave }: ShowOptions): () => void {
  const value = String(index);
  const layers = layersToSwitch(root, value, paced).map((layer) => ({ ...layer, wave: layer.paced && wave && layer.element.hasAttribute('data-wave') }));
  const frames = switchFrames(layers);
  return inFrames(
    frames.length,
    (frame) => {
      for (const { element } of frames[frame] ?? []) element.setAttribute('data-state-index', value);
    },
    switchGaps(frames),
  );
}

/**
 * Runs `run(0)` now and `run(1)` to `run(count - 1)` in the animation frames
 * after it, each at least `gaps[k]` ms after the one before (else the next
 * frame). Returns a function that drops the frames still to come.
 */
function inFrames(count: number, run: (frame: number) => void, gaps: readonly number[] = []): () => void {
  let pending = 0;
  const runFrom = (frame: number, ranAt: number) => {
    run(frame);
    const next = frame + 1;
    if (next >= count) return;
    const waitFor = (time: number) => {
      if (time - ranAt >= (gaps[next] ?? 0)) runFrom(next, time);
      else pending = requestAnimationFrame(waitFor);
    };
    pending = requestAnimationFrame(waitFor);
  };
  if (count > 0) runFrom(0, performance.now());
  return () => cancelAnimationFrame(pending);
}

/** The attribute that holds a layer's transitions off while it takes a state in place (scrolly.css). */
export const PLACING_ATTRIBUTE = 'data-placing';

/**
 * Shows a state with no mark moving: for the first state an island shows,
 * which replaces the server's, and for a chart skimmed past, which takes the
 * state it was left on while off screen. There, moves would be work no one
 * sees: on a slow phone, about a second of 20 to 60 ms frames while the page
 * loads. The layers switch in the frames showState would use (still layers
 * first, then one paced layer a frame), as a whole chart restyled in one
 * frame took 50 to 78 ms at 4x CPU at the end of a skim. Each layer holds its
 * transitions off from its switch until the style update after it has passed.
 * Returns a function that ends the placing early.
 */
export function placeState(root: ParentNode, index: number): () => void {
  const value = String(index);
  const frames = switchFrames(layersToSwitch(root, value, true));
  // Two frames more than the switches: a layer switched two frames ago has had its style update without transitions.
  const stop = inFrames(frames.length + 2, (frame) => {
    for (const { element } of frames[frame - 2] ?? []) element.removeAttribute(PLACING_ATTRIBUTE);
    for (const { element } of frames[frame] ?? []) {
      element.setAttribute(PLACING_ATTRIBUTE, '');
      element.setAttribute('data-state-index', value);
    }
  });
  return () => {
    stop();
    for (const layers of frames) for (const { element } of layers) element.removeAttribute(PLACING_ATTRIBUTE);
  };
}
