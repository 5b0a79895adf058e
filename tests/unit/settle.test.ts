/**
 * When a chart follows the steps: only once the scroll moves at a reading
 * pace, so a fast scroll past several steps plays none of their states.
 */
import { describe, expect, it } from 'vitest';
import { isReadingPace, PACE_CHECK_MS, READING_SPEED, type ScrollClock, whenReadingPace } from '../../src/scroll/settle';

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
  const fast = (READING_SPEED * 2 * PACE_CHECK_MS) / 1000;
  const slow = (READING_SPEED * PACE_CHECK_MS) / 1000 / 2;

  it('goes on at the first check when the page is still or slow', () => {
    for (const moved of [0, slow, -slow]) {
      const page = fakePage();
      let calls = 0;
      whenReadingPace(() => (calls += 1), page.clock);
      expect(calls).toBe(0);
      page.scrollThenCheck(moved);
      expect(calls).toBe(1);
      expect(page.waiting).toBe(false);
    }
  });

  it('holds on while the scroll is fast, and goes on once it slows', () => {
    const page = fakePage();
    let calls = 0;
    whenReadingPace(() => (calls += 1), page.clock);
    for (let check = 0; check < 5; check += 1) page.scrollThenCheck(fast);
    expect(calls).toBe(0);
    expect(page.waiting).toBe(true);
    page.scrollThenCheck(slow);
    expect(calls).toBe(1);
  });

  it('judges each check by the scroll since the check before, not since the start', () => {
    const page = fakePage();
    let calls = 0;
    whenReadingPace(() => (calls += 1), page.clock);
    page.scrollThenCheck(fast * 10);
    page.scrollThenCheck(0);
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
