/**
 * Scrollies work from the keyboard: Page Down, Space and the arrow keys move
 * the reader through every step (Page Up back again), nothing traps the keys,
 * and a step marked active is the one on screen. Runs on the one-page story,
 * which holds every chapter's scrollies, at a phone and a desktop size, with
 * JavaScript on and off.
 *
 * The test does not depend on how charts are drawn, only on the markup
 * contract of src/scrolly/: a scrolly is `.scrolly`, its steps carry
 * `data-scrolly-step`, and, once scripted, the active step carries
 * `data-active`.
 */
import { type CDPSession, expect, type Page, test as base } from '@playwright/test';
import { scrolliesInContent } from '../../support/content';
import { READING_LINE } from '../../support/site';
import { evaluateIn } from '../support/devtools';
import { type KeyName, pressKey } from '../support/keyboard';

// Chromium animates keyboard scrolling (about 200 ms a press, far longer to
// observe from the test); positions at rest are the same without it.
const test = base.extend<object, object>({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-smooth-scrolling'] });
    },
    { scope: 'worker' },
  ],
});

const STEP = '[data-scrolly-step]';
const ARROW_PRESSES_PER_LOOK = 4;
const ACTIVE = '[data-active]';
/** Where the site's scrollies switch steps (the trigger line, as a fraction of the screen height from the top). */
const TRIGGER = READING_LINE;

const scrollies = scrolliesInContent();

interface Snapshot {
  scrollY: number;
  /** Step whose box spans the trigger line, or -1. */
  current: number;
  /** Steps at least partly on screen. */
  visible: number[];
  /** Steps the page marks as active. */
  active: number[];
  /** The scrolly's bottom edge has passed the trigger line (forwards) / its top edge has come below it (backwards), or the page can scroll no further. */
  past: boolean;
}

/**
 * What is on screen once the page has settled after a key press. With
 * JavaScript, the page's own observers mark the active step a frame or two
 * after the scroll, so the snapshot waits in the page until the scroll
 * position has held for two frames; without JavaScript (no frames to wait for
 * in the page) it reads until two readings agree.
 */
async function snapshot(cdp: CDPSession, index: number, forwards: boolean, javaScript: boolean): Promise<Snapshot> {
  const read = () =>
    evaluateIn(
      cdp,
      async ({ index, forwards, STEP, ACTIVE, TRIGGER, javaScript }) => {
        if (javaScript) {
          for (let last = Number.NaN, still = 0; still < 2;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            still = window.scrollY === last ? still + 1 : 0;
            last = window.scrollY;
          }
        }
        const scrolly = document.querySelectorAll('.scrolly')[index] as HTMLElement;
        const steps = [...scrolly.querySelectorAll<HTMLElement>(STEP)];
        const line = window.innerHeight * TRIGGER;
        const rects = steps.map((step) => step.getBoundingClientRect());
        const box = scrolly.getBoundingClientRect();
        return {
          scrollY: window.scrollY,
          current: rects.findIndex((rect) => rect.top <= line && rect.bottom > line),
          visible: rects.flatMap((rect, i) => (rect.bottom > 0 && rect.top < window.innerHeight ? [i] : [])),
          active: steps.flatMap((step, i) => (step.matches(ACTIVE) ? [i] : [])),
          // Past the scrolly, or at the end of the page where no key can scroll further.
          past: forwards ? box.bottom <= line || window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1 : box.top >= line || window.scrollY <= 0,
        };
      },
      { index, forwards, STEP, ACTIVE, TRIGGER, javaScript },
    );
  let latest = await read();
  // With JavaScript the reading above has already waited for the scroll to hold still.
  if (javaScript) return latest;
  for (let reads = 0; reads < 50; reads += 1) {
    const next = await read();
    if (next.scrollY === latest.scrollY) return next;
    latest = next;
  }
  throw new Error('the page kept scrolling after a key press');
}

/**
 * Puts the scrolly just below (forwards) or above (backwards) the screen, or,
 * with `firstStep`, its first step just below the trigger line; focus on
 * nothing in particular.
 */
async function place(cdp: CDPSession, index: number, forwards: boolean, firstStep = false): Promise<void> {
  await evaluateIn(
    cdp,
    ({ index, forwards, firstStep, STEP, TRIGGER }) => {
      const scrolly = document.querySelectorAll('.scrolly')[index] as HTMLElement;
      const box = scrolly.getBoundingClientRect();
      const top = window.scrollY + box.top;
      const step = scrolly.querySelector(STEP)?.getBoundingClientRect();
      const target = firstStep && step ? window.scrollY + step.top - window.innerHeight * TRIGGER - 80 : forwards ? top - window.innerHeight : top + box.height;
      window.scrollTo({ top: target, behavior: 'instant' });
      (document.activeElement as HTMLElement | null)?.blur();
    },
    { index, forwards, firstStep, STEP, TRIGGER },
  );
}

/**
 * Presses `key` until the reader is past the scrolly (or, when `until` is
 * given, until that returns true); returns what was on screen after each
 * press (each fourth, for the arrows).
 */
async function pressThrough(page: Page, javaScript: boolean, index: number, key: KeyName, forwards: boolean, until?: (s: Snapshot) => boolean): Promise<Snapshot[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await place(cdp, index, forwards, until !== undefined);
    const height = await evaluateIn(cdp, (i) => document.querySelectorAll('.scrolly')[i]?.getBoundingClientRect().height ?? 0, index);
    const viewport = page.viewportSize()?.height ?? 800;
    // An arrow moves 40 px: the page is looked at every ARROW_PRESSES_PER_LOOK presses (160 px), still
    // several looks per step (a step is at least a screen tall); Page Down and Space are looked at every press.
    const pressesPerLook = key.startsWith('Arrow') ? ARROW_PRESSES_PER_LOOK : 1;
    const limit = Math.ceil((height + viewport) / (key.startsWith('Arrow') ? 40 * pressesPerLook : viewport * 0.5)) + 10;
    const done = until ?? ((s: Snapshot) => s.past);
    const snapshots: Snapshot[] = [await snapshot(cdp, index, forwards, javaScript)];
    for (let look = 0; look < limit && !done(snapshots.at(-1) as Snapshot); look += 1) {
      for (let press = 0; press < pressesPerLook; press += 1) await pressKey(cdp, key);
      snapshots.push(await snapshot(cdp, index, forwards, javaScript));
    }
    return snapshots;
  } finally {
    await cdp.detach();
  }
}

function checkRun(snapshots: Snapshot[], steps: number[], sticky: boolean, what: string) {
  for (let i = 1; i < snapshots.length; i += 1) {
    expect(snapshots[i]?.scrollY, `${what}: key presses did not scroll (keys trapped?)`).not.toBe(snapshots[i - 1]?.scrollY);
  }
  const all = steps;
  if (sticky) {
    // With a sticky chart, every step must reach the trigger line, or its chart state is never shown.
    const reached = [...new Set(snapshots.map((s) => s.current).filter((i) => i >= 0))].sort((a, b) => a - b);
    expect(reached, `${what}: steps that reached the trigger line`).toEqual(all);
  } else {
    const seen = [...new Set(snapshots.flatMap((s) => s.visible))].sort((a, b) => a - b);
    expect(seen, `${what}: steps that were on screen at some point`).toEqual(all);
  }
  // Once the page marks steps active, the marked step must be the one on the trigger line.
  for (const s of snapshots) {
    if (s.current >= 0 && snapshots.some((other) => other.active.length > 0)) {
      expect(s.active, `${what}: the active step should be the one on the trigger line`).toContain(s.current);
    }
  }
}

async function checkScrolly(page: Page, javaScript: boolean, index: number, withSpace: boolean) {
  const count = await page.locator('.scrolly').count();
  // Charts are written as <Scrolly> in the chapters; each must become a .scrolly on the page.
  expect(count, 'number of .scrolly elements on the story page (one per <Scrolly> in content/chapters)').toBe(scrollies);
  const scrolly = page.locator('.scrolly').nth(index);
  const name = `scrolly ${index + 1} (${(await scrolly.getAttribute('data-chart')) ?? 'unnamed'})`;
  const stepCount = await scrolly.locator(STEP).count();
  expect(stepCount, `${name} has no steps`).toBeGreaterThan(0);
  const sticky = await scrolly.evaluate((element) => [...element.querySelectorAll('*')].some((child) => /sticky|fixed/.test(getComputedStyle(child).position)));

  const all = Array.from({ length: stepCount }, (_, i) => i);
  // Space scrolls by the same page as Page Down (a browser rule): its walk runs at one width, Page Down's and Page Up's at both.
  const walks = [['PageDown', 'Page Down', true], ['PageUp', 'Page Up', false], ...(withSpace ? ([[' ', 'Space', true]] as const) : [])] as const;
  for (const [key, label, forwards] of walks) {
    const run = await pressThrough(page, javaScript, index, key, forwards);
    expect(run.at(-1)?.past, `${name}, ${label}: the keys never took the reader past the scrolly`).toBe(true);
    if (javaScript)
      expect(
        run.some((s) => s.active.length > 0),
        `${name}, ${label}: with JavaScript the page marks the active step`,
      ).toBe(true);
    checkRun(run, all, sticky, `${name}, ${label}`);
  }
  // Arrow keys scroll a line at a time: enough to check they take the first step over the trigger line, then the second.
  const firstTwo = all.slice(0, 2);
  const reached = (s: Snapshot) => firstTwo.every((i) => (sticky ? s.current >= i : s.visible.includes(i)));
  const arrows = await pressThrough(page, javaScript, index, 'ArrowDown', true, reached);
  checkRun(arrows, firstTwo, sticky, `${name}, Arrow Down`);
}

const SCREENS = [
  { name: 'phone', viewport: { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

test('the chapters use scrollies (so the tests below have something to check)', () => {
  expect(scrollies).toBeGreaterThan(0);
});

// One test per screen and JavaScript setting, each walking every scrolly of one visit to the story.
// Without JavaScript the keys must move through the steps just the same: that is the run where behaviour can differ.
for (const screen of SCREENS) {
  for (const javaScriptEnabled of [true, false]) {
    test(`${screen.name}: every scrolly moves step by step with Page Down${screen.name === 'desktop' ? ', Space' : ''} and arrows (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
      test.setTimeout(60_000 * scrollies);
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: screen.viewport });
      const page = await context.newPage();
      try {
        await page.goto('./');
        for (let index = 0; index < scrollies; index += 1) {
          await test.step(`scrolly ${index + 1}`, () => checkScrolly(page, javaScriptEnabled, index, screen.name === 'desktop'));
        }
      } finally {
        await context.close();
      }
    });
  }
}
