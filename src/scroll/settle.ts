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

/** How often the scroll is checked, in ms. */
export const PACE_CHECK_MS = 100;

/**
 * How long the scroll must keep a reading pace before a chart follows, in ms.
 * A skim with a thumb pauses for up to about 130 ms between drags on a slow
 * phone (measured at 4× CPU), which a shorter wait took for a stop.
 */
export const PACE_WINDOW_MS = 200;

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
 * Calls `then` once the scroll has kept a reading pace (or stood still) for
 * the last PACE_WINDOW_MS, checking every PACE_CHECK_MS. Returns a function
 * that cancels the wait, for when the reader reaches another step first.
 */
export function whenReadingPace(then: () => void, clock: ScrollClock = pageClock): () => void {
  type Sample = { time: number; position: number };
  const sample = (): Sample => ({ time: clock.now(), position: clock.position() });
  // The newest sample at least PACE_WINDOW_MS old is the start of the window; newer ones wait their turn.
  let samples: Sample[] = [sample()];
  let cancel = clock.later(PACE_CHECK_MS, check);
  function check(): void {
    const now = sample();
    samples = [...samples, now];
    while (samples.length > 1 && now.time - (samples[1] as Sample).time >= PACE_WINDOW_MS) samples = samples.slice(1);
    const start = samples[0] as Sample;
    if (now.time - start.time >= PACE_WINDOW_MS && isReadingPace(now.position - start.position, now.time - start.time)) {
      then();
      return;
    }
    cancel = clock.later(PACE_CHECK_MS, check);
  }
  return () => cancel();
}

// Waiting charts, each to change in an animation frame of its own (see inFrameOfItsOwn).
const queue: (() => void)[] = [];
let queueFrame = 0;

function runNextInQueue(): void {
  queueFrame = 0;
  queue.shift()?.();
  if (queue.length > 0) queueFrame = requestAnimationFrame(runNextInQueue);
}

/**
 * Runs `then` in an animation frame that runs nothing else queued here, one
 * frame after the one queued before it. Charts a skim has left waiting off
 * screen all take their states when the reader slows: four in one frame took
 * up to 115 ms at 4× CPU, one a frame at most 70 (each restyled whole, before
 * placeState went layer by layer). Returns a function that takes `then` out
 * of the queue.
 */
export function inFrameOfItsOwn(then: () => void): () => void {
  queue.push(then);
  if (!queueFrame) queueFrame = requestAnimationFrame(runNextInQueue);
  return () => {
    const at = queue.indexOf(then);
    if (at >= 0) queue.splice(at, 1);
  };
}
