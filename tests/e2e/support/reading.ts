/**
 * The reader's two positions in a step, and what the screen shows there:
 * the step's text starting at 60 % of the screen height (where a reader
 * starts it, below the chart on a phone), and the text centred (where a
 * reader finishes it). At each, which chart state is drawn where the reader
 * looks, and how much of the chart's marks the text's box covers.
 */
import type { Page } from '@playwright/test';

export type ReadingPosition = 'starting' | 'centred';
export const READING_POSITIONS: readonly ReadingPosition[] = ['starting', 'centred'];

export interface StepRef {
  chart: string;
  id: string;
  state: string;
}

/** Every step of every scrolly on the page, in reading order. */
export async function stepsOf(page: Page): Promise<StepRef[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly] [data-scrolly-step]')].map((step) => ({
      chart: step.closest<HTMLElement>('[data-scrolly]')?.dataset.chart ?? '',
      id: step.id,
      state: step.dataset.state ?? '',
    })),
  );
}

/** Scrolls (instantly) so the step's text box starts at 60 % of the screen, or is centred on it. */
export async function readAt(page: Page, stepId: string, position: ReadingPosition): Promise<void> {
  await page.evaluate(
    ([id, where]) => {
      const text = document.getElementById(id)?.querySelector('.scrolly-text');
      if (!text) throw new Error(`no step text for #${id}`);
      const box = text.getBoundingClientRect();
      const target = where === 'starting' ? window.innerHeight * 0.6 : window.innerHeight / 2 - box.height / 2;
      window.scrollBy({ top: box.top - target, behavior: 'instant' });
    },
    [stepId, position] as const,
  );
}

/**
 * The chart state the reader sees: of the elements that draw a state
 * ([data-chart-state]) inside this step's scrolly and on screen, the one
 * with the most area in view. Empty when none is on screen.
 */
export async function stateInView(page: Page, chart: string): Promise<string> {
  return page.evaluate((id) => {
    const scrolly = document.getElementById(id);
    let best = { area: 0, state: '' };
    for (const drawing of scrolly?.querySelectorAll<HTMLElement>('[data-chart-state]') ?? []) {
      if (!drawing.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = drawing.getBoundingClientRect();
      const width = Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0));
      const height = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
      if (width * height > best.area) best = { area: width * height, state: drawing.dataset.chartState ?? '' };
    }
    return best.state;
  }, chart);
}

/** Shapes that are the chart's ground, not its marks: the map's land, borders and sea, grid lines and lanes. */
const GROUND = '.map-land, .map-border, .map-sea, .chart-grid, .timeline-lane';

/**
 * The share of the chart's marks in view (by the area of their boxes) that
 * the step's text box covers. Marks are the drawn shapes and words of the
 * drawings that show a state, seen (not hidden by their state) and on
 * screen; boxes are the browser's, so a diagonal line counts its whole box.
 * A picture drawn from a file (<img>) counts as one mark, its whole box.
 */
export async function marksCovered(page: Page, stepId: string): Promise<{ covered: number; marks: number }> {
  return page.evaluate(
    ([id, ground]) => {
      const step = document.getElementById(id);
      const text = step?.querySelector('.scrolly-text')?.getBoundingClientRect();
      const scrolly = step?.closest('[data-scrolly]');
      if (!text || !scrolly) throw new Error(`no step #${id}`);
      const view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      const overlap = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) => ({
        left: Math.max(a.left, b.left),
        top: Math.max(a.top, b.top),
        right: Math.min(a.right, b.right),
        bottom: Math.min(a.bottom, b.bottom),
      });
      const area = (box: { left: number; top: number; right: number; bottom: number }) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
      let marks = 0;
      let covered = 0;
      for (const drawing of scrolly.querySelectorAll('[data-chart-state]')) {
        for (const mark of drawing.querySelectorAll<SVGGraphicsElement | HTMLImageElement>('circle, rect, path, use, line, polyline, polygon, text, img')) {
          if (mark.closest('defs, clipPath') || mark.matches(ground)) continue;
          if (!mark.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
          const inView = overlap(mark.getBoundingClientRect(), view);
          const seen = area(inView);
          if (seen === 0) continue;
          marks += seen;
          covered += area(overlap(inView, text));
        }
      }
      return { covered, marks };
    },
    [stepId, GROUND] as const,
  );
}

/** Waits until every scroll island on the page has started (its scrolly is marked active). */
export async function islandsStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const scrollies = document.querySelectorAll('[data-scrolly]');
    return scrollies.length > 0 && [...scrollies].every((scrolly) => scrolly.hasAttribute('data-scrolly-active'));
  });
}
