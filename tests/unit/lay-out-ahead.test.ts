import { afterEach, describe, expect, it, vi } from 'vitest';
import { byDistanceFromScreen, distanceFromScreen, LAID_OUT, layOutAhead, MOMENT_BUDGET } from '../../src/scripts/lay-out-ahead';

describe('distanceFromScreen', () => {
  it('is 0 for a part on the screen, even partly', () => {
    expect(distanceFromScreen({ top: 100, bottom: 300 }, 800)).toBe(0);
    expect(distanceFromScreen({ top: -200, bottom: 10 }, 800)).toBe(0);
    expect(distanceFromScreen({ top: 790, bottom: 1400 }, 800)).toBe(0);
  });

  it('measures from the bottom of the screen to a part below, and from the top to a part above', () => {
    expect(distanceFromScreen({ top: 1000, bottom: 1500 }, 800)).toBe(200);
    expect(distanceFromScreen({ top: -900, bottom: -300 }, 800)).toBe(300);
  });
});

describe('byDistanceFromScreen', () => {
  it('orders the parts nearest the screen first, above or below, keeping page order among equals', () => {
    const boxes = [
      { top: 3000, bottom: 3500 },
      { top: -700, bottom: -100 },
      { top: 100, bottom: 500 },
      { top: 1200, bottom: 1700 },
      { top: 600, bottom: 900 },
    ];
    expect(byDistanceFromScreen(boxes, 800)).toEqual([2, 4, 1, 3, 0]);
  });
});

describe('layOutAhead', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A stand-in for a part: a fixed box, and whether it was marked laid out. */
  function fakePart(name: string, top: number) {
    const classes = new Set<string>();
    return {
      name,
      classList: { add: (value: string) => classes.add(value), contains: (value: string) => classes.has(value) },
      getBoundingClientRect: () => ({ top, bottom: top + 400 }),
    };
  }

  /** Stubs the page: the screen's height, and a clock that a forced layout moves on by `layoutCost` ms. */
  function stubPage(layoutCost: number) {
    const clock = { now: 0, layouts: 0 };
    vi.stubGlobal('window', { innerHeight: 800 });
    vi.stubGlobal('document', {
      body: {
        get offsetHeight() {
          clock.layouts += 1;
          clock.now += layoutCost;
          return 0;
        },
      },
    });
    return clock;
  }

  const someParts = () => [fakePart('far', 5000), fakePart('next', 900), fakePart('above', -2000), fakePart('on screen', 200), fakePart('farther', 9000)];

  /** Runs the idle moments one after another, each `length` ms long; returns the parts laid out after each. */
  function runMoments(parts: ReturnType<typeof someParts>, clock: { now: number }, length: number): string[][] {
    const moments: ((moment: { timeRemaining(): number }) => void)[] = [];
    layOutAhead(parts as unknown as HTMLElement[], (callback) => moments.push(callback), () => clock.now);
    expect(parts.some((part) => part.classList.contains(LAID_OUT)), 'nothing is laid out before the page is idle').toBe(false);
    const laidOutAfter: string[][] = [];
    while (moments.length) {
      const ends = clock.now + length;
      moments.shift()!({ timeRemaining: () => Math.max(0, ends - clock.now) });
      laidOutAfter.push(parts.filter((part) => part.classList.contains(LAID_OUT)).map((part) => part.name));
    }
    return laidOutAfter;
  }

  it('lays out the nearest part in every moment, and forces its layout in that moment, even when the moment has no time left', () => {
    const clock = stubPage(10);
    const parts = someParts();
    expect(runMoments(parts, clock, 0)).toEqual([
      ['on screen'],
      ['next', 'on screen'],
      ['next', 'above', 'on screen'],
      ['far', 'next', 'above', 'on screen'],
      ['far', 'next', 'above', 'on screen', 'farther'],
    ]);
    expect(clock.layouts).toBe(5);
  });

  it('lays out more parts while the moment has time for one as costly as the costliest so far', () => {
    const clock = stubPage(3);
    // 8 ms moments: 3 ms for a part leaves 5, then 2, too little for a third.
    expect(runMoments(someParts(), clock, 8)).toEqual([
      ['next', 'on screen'],
      ['far', 'next', 'above', 'on screen'],
      ['far', 'next', 'above', 'on screen', 'farther'],
    ]);
  });

  it('spends at most MOMENT_BUDGET ms of a long moment, so that a tap waits little', () => {
    const clock = stubPage(MOMENT_BUDGET / 4);
    // 50 ms moments (a quiet page's): three parts take three quarters of the
    // budget, which leaves too little for a fourth.
    expect(runMoments(someParts(), clock, 50)).toEqual([
      ['next', 'above', 'on screen'],
      ['far', 'next', 'above', 'on screen', 'farther'],
    ]);
  });

  it('asks for no idle moment when there is nothing to lay out', () => {
    const moments: unknown[] = [];
    layOutAhead([], (callback) => moments.push(callback));
    expect(moments).toEqual([]);
  });
});
