/**
 * Holds a chart's change of state until the reader scrolls at a reading pace.
 * A reader who flies past several steps does not need the chart to play each
 * of their states: it takes the state of the step they slow down on. On a
 * slow phone that also keeps a change of state (a frame that restyles and
 * repaints a whole drawing) out of the frames of a fast scroll, where the two
 * together ran past 50 ms (README, Performance benchmark).
 */

/** Fastest scroll, in px a second, at which a chart still follows the steps: a reader's slow drag, not a flick. */
export const READING_SPEED = 800;

/** How long the scroll is watched before deciding, in ms: a few frames, too short for a reader to notice. */
export const PACE_CHECK_MS = 100;

/** Whether `moved` px in `elapsed` ms is a reading pace (at most `limit` px a second). */
export function isReadingPace(moved: number, elapsed: number, limit: number = READING_SPEED): boolean {
  if (elapsed <= 0) return moved === 0;
  return (Math.abs(moved) / elapsed) * 1000 <= limit;
}

/** What whenReadingPace needs from the page; replaced by a fake one in unit tests. */
export interface ScrollClock {
  /** Current time in ms. */
  now(): number;
  /** Current scroll position in px. */
  position(): number;
  /** Calls `then` after about `ms` ms; returns a function that cancels the call. */
  later(ms: number, then: () => void): () => void;
}

/**
 * The browser's clock. A check waits for the animation frame after its
 * timeout, so reading the scroll position costs no style pass of its own:
 * the frame does that pass anyway, just after.
 */
export const pageClock: ScrollClock = {
  now: () => performance.now(),
  position: () => window.scrollY,
  later(ms, then) {
    let frame = 0;
    const timer = setTimeout(() => {
      frame = requestAnimationFrame(then);
    }, ms);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  },
};

/**
 * Calls `then` once the scroll moves at a reading pace (or has stopped),
 * checking every PACE_CHECK_MS. Returns a function that cancels the wait, for
 * when the reader reaches another step first.
 */
export function whenReadingPace(then: () => void, clock: ScrollClock = pageClock): () => void {
  let since = { time: clock.now(), position: clock.position() };
  let cancel = clock.later(PACE_CHECK_MS, check);
  function check(): void {
    const now = { time: clock.now(), position: clock.position() };
    if (isReadingPace(now.position - since.position, now.time - since.time)) {
      then();
      return;
    }
    since = now;
    cancel = clock.later(PACE_CHECK_MS, check);
  }
  return () => cancel();
}
