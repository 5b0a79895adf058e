/**
 * The chapters' parts skip layout until the reader nears them
 * (styles/story-parts.css), so the story loads without laying out 53,000 px.
 * Once the page is idle, this lays them out ahead of the reader, the parts
 * nearest the screen first and a few per idle moment, so that scrolling never
 * has to: a fast swipe would otherwise bring several parts into reach in one
 * frame and lay them all out at once (tasks of 85–122 ms at 4× CPU). Without
 * JavaScript, the browser lays each part out as the reader nears it.
 */

/** Every part that skips layout until needed: the chapters' parts and their source notes (styles/story-parts.css). */
export const PARTS_SELECTOR = '.story-part, .chapter .notes';

/** Set on a part that is laid out for good (styles/story-parts.css). */
export const LAID_OUT = 'is-laid-out';

/** The box of a part, relative to the screen. */
export interface PartBox {
  top: number;
  bottom: number;
}

/** How far a part is from the screen, in px: 0 when any of it is on screen. */
export function distanceFromScreen(box: PartBox, screenHeight: number): number {
  if (box.bottom < 0) return -box.bottom;
  if (box.top > screenHeight) return box.top - screenHeight;
  return 0;
}

/** The indices of the parts, nearest the screen first. */
export function byDistanceFromScreen(boxes: readonly PartBox[], screenHeight: number): number[] {
  const distances = boxes.map((box) => distanceFromScreen(box, screenHeight));
  return distances.map((_, index) => index).sort((a, b) => distances[a] - distances[b] || a - b);
}

type Idle = (callback: () => void) => void;

// Safari has no requestIdleCallback: a short timeout after the last frame is close enough.
const whenIdle: Idle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
};

/**
 * Parts laid out in one idle moment. Each moment relays out the page below the
 * parts, whatever their number: at 4× CPU one part took about 23 ms a moment,
 * three about 23 ms, six about 46 ms (close to a long task), twelve about 51.
 */
export const PARTS_PER_MOMENT = 3;

/** Lays out every part, nearest the screen first, a few per idle moment. */
export function layOutAhead(parts: HTMLElement[], idle: Idle = whenIdle, perMoment = PARTS_PER_MOMENT): void {
  let waiting = [...parts];
  const layOutSome = () => {
    const order = byDistanceFromScreen(waiting.map((part) => part.getBoundingClientRect()), window.innerHeight);
    const now = new Set(order.slice(0, perMoment));
    for (const index of now) waiting[index].classList.add(LAID_OUT);
    waiting = waiting.filter((_, index) => !now.has(index));
    // Lay them out now, inside this idle moment, not in the next frame with others.
    void document.body.offsetHeight;
    if (waiting.length > 0) idle(layOutSome);
  };
  idle(layOutSome);
}
