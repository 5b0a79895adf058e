import { afterEach, describe, expect, it, vi } from 'vitest';
import { byDistanceFromScreen, distanceFromScreen, LAID_OUT, layOutAhead } from '../../src/scripts/lay-out-ahead';

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

  it('lays out a few parts per idle moment, nearest the screen first, and forces their layout in that moment', () => {
    let layouts = 0;
    vi.stubGlobal('window', { innerHeight: 800 });
    vi.stubGlobal('document', {
      body: {
        get offsetHeight() {
          layouts += 1;
          return 0;
        },
      },
    });
    const parts = [fakePart('far', 5000), fakePart('next', 900), fakePart('above', -2000), fakePart('on screen', 200), fakePart('farther', 9000)];
    const moments: (() => void)[] = [];
    layOutAhead(parts as unknown as HTMLElement[], (callback) => moments.push(callback), 2);
    expect(parts.some((part) => part.classList.contains(LAID_OUT))).toBe(false);
    const laidOutAfter: string[][] = [];
    while (moments.length) {
      moments.shift()!();
      laidOutAfter.push(parts.filter((part) => part.classList.contains(LAID_OUT)).map((part) => part.name));
    }
    // Nearest first: on screen and next, then above and far, then farther (listed in page order).
    expect(laidOutAfter).toEqual([
      ['next', 'on screen'],
      ['far', 'next', 'above', 'on screen'],
      ['far', 'next', 'above', 'on screen', 'farther'],
    ]);
    expect(layouts).toBe(3);
  });
});
