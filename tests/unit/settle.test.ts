/**
 * When a chart follows the steps: only once the scroll moves at a reading
 * pace, so a fast scroll past several steps plays none of their states.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inFrameOfItsOwn, isReadingPace, PACE_CHECK_MS, PACE_WINDOW_MS, READING_SPEED, type ScrollClock, whenReadingPace } from '../../src/scroll/settle';

describe('reading pace', () => {
  it('is a scroll at most READING_SPEED px a second, either way', () => {
    expect(isReadingPace(READING_SPEED / 10, 100)).toBe(true);
    expect(isReadingPace(-READING_SPEED / 10, 100)).toBe(true);
    expect(isReadingPace(READING_SPEED / 10 + 1, 100)).toBe(false);
    expect(isReadingPace(-240, 100)).toBe(false);
  });
  it('is a page at rest', () => {
    expect(isReadingPace(0, 100)).toBe(true);
    expect(isReadingPace(0, 0)).toBe(true);
  });
  it('is not a move in no time at all', () => {
    expect(isReadingPace(1, 0)).toBe(false);
  });
});

/** A page whose scroll position the test sets, with checks run by hand. */
function fakePage() {
  let time = 0;
  let position = 0;
  let waiting: { at: number; then: () => void } | undefined;
  const clock: ScrollClock = {
    now: () => time,
    position: () => position,
    later(ms, then) {
      const call = { at: time + ms, then };
      waiting = call;
      return () => {
        if (waiting === call) waiting = undefined;
      };
    },
  };
  return {
    clock,
    /** Scrolls `by` px over the next check's wait, then runs the check. */
    scrollThenCheck(by: number) {
      const call = waiting;
      if (!call) throw new Error('nothing is waiting for a check');
      position += by;
      time = call.at;
      waiting = undefined;
      call.then();
    },
    get waiting() {
      return waiting !== undefined;
    },
  };
}

describe('waiting for a reading pace', () => {
  const checksInWindow = PACE_WINDOW_MS / PACE_CHECK_MS;
  /** Px moved over one check's wait at four times, and at half, the reading speed. */
  const fast = (READING_SPEED * 4 * PACE_CHECK_MS) / 1000;
  const slow = (READING_SPEED * PACE_CHECK_MS) / 1000 / 2;

  it('goes on once the page has been still or slow for PACE_WINDOW_MS, not before', () => {
    for (const moved of [0, slow, -slow]) {
      const page = fakePage();
      let calls = 0;
      whenReadingPace(() => (calls += 1), page.clock);
      for (let check = 1; check < checksInWindow; check += 1) page.scrollThenCheck(moved);
      expect(calls).toBe(0);
      page.scrollThenCheck(moved);
      expect(calls).toBe(1);
      expect(page.waiting).toBe(false);
    }
  });

  it('holds on while the scroll is fast, and goes on once it has been slow for the whole window', () => {
    const page = fakePage();
    let calls = 0;
    whenReadingPace(() => (calls += 1), page.clock);
    for (let check = 0; check < 5; check += 1) page.scrollThenCheck(fast);
    for (let check = 1; check < checksInWindow; check += 1) page.scrollThenCheck(0);
    expect(calls).toBe(0);
    expect(page.waiting).toBe(true);
    page.scrollThenCheck(0);
    expect(calls).toBe(1);
  });

  it('takes a pause shorter than the window, between fast drags, for a skim', () => {
    const page = fakePage();
    let calls = 0;
    whenReadingPace(() => (calls += 1), page.clock);
    for (let drag = 0; drag < 5; drag += 1) {
      page.scrollThenCheck(fast * checksInWindow);
      for (let check = 1; check < checksInWindow; check += 1) page.scrollThenCheck(0);
    }
    expect(calls).toBe(0);
  });

  it('judges the last PACE_WINDOW_MS, not the time since it started waiting', () => {
    const page = fakePage();
    let calls = 0;
    whenReadingPace(() => (calls += 1), page.clock);
    page.scrollThenCheck(fast * 10);
    for (let check = 0; check < checksInWindow; check += 1) page.scrollThenCheck(0);
    expect(calls).toBe(1);
  });

  it('never goes on once cancelled', () => {
    const page = fakePage();
    let calls = 0;
    const cancel = whenReadingPace(() => (calls += 1), page.clock);
    page.scrollThenCheck(fast);
    cancel();
    expect(page.waiting).toBe(false);
    expect(calls).toBe(0);
  });
});

describe('a frame of its own', () => {
  let queued: FrameRequestCallback[] = [];
  const nextFrame = () => {
    const callbacks = queued;
    queued = [];
    for (const callback of callbacks) callback(0);
  };
  beforeEach(() => {
    queued = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
  });
  afterEach(() => {
    // Empty the module's queue for the next test.
    while (queued.length > 0) nextFrame();
    vi.unstubAllGlobals();
  });

  it('runs charts queued at the same moment one a frame, in the order queued', () => {
    const ran: string[] = [];
    for (const chart of ['map', 'timeline', 'units']) inFrameOfItsOwn(() => ran.push(chart));
    expect(ran).toEqual([]);
    nextFrame();
    expect(ran).toEqual(['map']);
    nextFrame();
    expect(ran).toEqual(['map', 'timeline']);
    nextFrame();
    expect(ran).toEqual(['map', 'timeline', 'units']);
    expect(queued).toEqual([]);
  });

  it('skips a chart taken out of the queue, and keeps the others a frame apart', () => {
    const ran: string[] = [];
    inFrameOfItsOwn(() => ran.push('map'));
    const cancel = inFrameOfItsOwn(() => ran.push('timeline'));
    inFrameOfItsOwn(() => ran.push('units'));
    cancel();
    nextFrame();
    nextFrame();
    expect(ran).toEqual(['map', 'units']);
    expect(queued).toEqual([]);
  });
});
