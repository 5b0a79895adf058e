/**
 * The chapters' parts skip layout until the reader nears them
 * (styles/story-parts.css), so the story loads without laying out 53,000 px.
 * Once the page is idle, this lays them out ahead of the reader, the parts
 * nearest the screen first and as many per idle moment as it has time for,
 * so that scrolling never has to: a fast swipe would otherwise bring several
 * parts into reach in one frame and lay them all out at once (tasks of
 * 85–122 ms at 4× CPU). Without JavaScript, the browser lays each part out
 * as the reader nears it.
 */

/**
 * Every part that skips layout until needed: the chapters' parts and the text
 * of each source note (styles/story-parts.css). A chapter's notes are folded
 * away until the reader opens them (lib/citations), so only an open list's
 * notes are laid out ahead; a closed list lays out nothing.
 */
export const PARTS_SELECTOR = '.story-part, .chapter details[open] .note-text';

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

/** What an idle moment says about itself: how many ms of it are left (requestIdleCallback's IdleDeadline). */
export interface IdleMoment {
  timeRemaining(): number;
}

type Idle = (callback: (moment: IdleMoment) => void) => void;

/**
 * The most time, in ms, one idle moment spends laying out. A tap or a key
 * press waits for the task in hand to end, and a quiet page offers moments of
 * 50 ms; so a moment stops well short of that, and the next one goes on.
 */
export const MOMENT_BUDGET = 12;

// Safari has no requestIdleCallback: a short timeout after the last frame is
// close enough, with no time to spare (one part per moment).
const whenIdle: Idle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(() => callback({ timeRemaining: () => 0 }), 50);
};

/**
 * Lays out every part, nearest the screen first. Each idle moment lays out
 * the nearest part, then more while the moment has time left for another part
 * as costly as the costliest so far. So a moment stays within the time the
 * browser offers (a few ms between frames while the reader scrolls) and within
 * MOMENT_BUDGET. A fixed count of three parts a moment made tasks of 50–77 ms
 * at 4× CPU when the reader scrolled straight after load.
 */
export function layOutAhead(parts: HTMLElement[], idle: Idle = whenIdle, now: () => number = () => performance.now()): void {
  const waiting = [...parts];
  let costliest = 0;
  const layOutSome = (moment: IdleMoment) => {
    const began = now();
    const timeLeft = () => Math.min(moment.timeRemaining(), MOMENT_BUDGET - (now() - began));
    do {
      const [nearest = 0] = byDistanceFromScreen(
        waiting.map((part) => part.getBoundingClientRect()),
        window.innerHeight,
      );
      const started = now();
      waiting[nearest]?.classList.add(LAID_OUT);
      // Lay it out now, inside this moment, rather than in the next frame.
      void document.body.offsetHeight;
      costliest = Math.max(costliest, now() - started);
      waiting.splice(nearest, 1);
    } while (waiting.length > 0 && timeLeft() > costliest);
    if (waiting.length > 0) idle(layOutSome);
  };
  if (waiting.length > 0) idle(layOutSome);
}
