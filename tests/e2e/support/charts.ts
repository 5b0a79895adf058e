/**
 * How the browser tests read a chart's state. The markup contract lives here
 * alone, so a change to how charts are drawn is met in one place: a chart's
 * figure is #<chart>, what draws a state carries data-chart-state (the pinned
 * .scrolly-graphic on the story, each step's .step-picture, each embed
 * .state-panel), its steps [data-scrolly-step][data-state]; a mark hidden in state i has class off-i,
 * a dimmed one dim-i, and a moving mark (.chart-move) sits at its --at-i.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { CHARTS, type ChartId } from '../../support/site';
import { animationsFinished, waitForScrollToRest } from './scroll';

export interface StepInfo {
  id: string;
  state: string;
}

export const graphic = (page: Page, chart: ChartId): Locator => page.locator(`#${chart} .scrolly-graphic`);

export async function stepsOf(page: Page, chart: ChartId): Promise<StepInfo[]> {
  return page.locator(`#${chart} [data-scrolly-step]`).evaluateAll((steps) => steps.map((step) => ({ id: step.id, state: step.getAttribute('data-state') ?? '' })));
}

/** Scrolls with the mouse wheel, as a reader does, until the step's top is a little above the middle of the screen. */
export async function wheelTo(page: Page, step: Locator): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let guard = 0; guard < 40; guard += 1) {
    const top = await step.evaluate((element) => element.getBoundingClientRect().top);
    const distance = top - viewport.height * 0.35;
    if (Math.abs(distance) < 40) return;
    // At most a screen and a half a turn: one turn reaches the next step (steps are a screen tall).
    await page.mouse.wheel(0, Math.max(-1.5 * viewport.height, Math.min(1.5 * viewport.height, distance)));
    await waitForScrollToRest(page);
  }
  throw new Error('the wheel did not bring the step to the middle of the screen');
}

/**
 * What the reader sees matches the state the chart names: every mark hidden
 * in the state is transparent, every dimmed one faint, and every moving mark
 * sits at its place for the state. Returns the marks that do not, so a
 * failure says which.
 */
export async function marksOutOfState(page: Page, chart: ChartId, state: string, root: Locator = graphic(page, chart)): Promise<string[]> {
  const index = (CHARTS[chart].states as readonly string[]).indexOf(state);
  expect(index, `${state} is a state of ${chart}`).toBeGreaterThanOrEqual(0);
  // Every state layer names the state; the layers of moving marks may follow a frame or two later.
  const layerIndexes = () => root.evaluate((element) => [...new Set([...element.querySelectorAll('[data-state-index]')].map((layer) => layer.getAttribute('data-state-index')))]);
  await expect.poll(layerIndexes, { intervals: [16, 32, 64, 100] }).toEqual([String(index)]);
  await animationsFinished(page);
  return root.evaluate((element, index) => {
    const wrong: string[] = [];
    for (const mark of element.querySelectorAll<SVGElement>('svg *')) {
      const classes = mark.classList;
      const style = getComputedStyle(mark);
      const name = `${mark.tagName}.${[...classes].join('.')}`;
      if (classes.contains(`off-${index}`) && style.opacity !== '0') wrong.push(`${name} should be hidden, opacity ${style.opacity}`);
      if (classes.contains(`dim-${index}`) && Math.abs(Number(style.opacity) - 0.28) > 0.01) wrong.push(`${name} should be dimmed, opacity ${style.opacity}`);
      if (classes.contains('chart-move')) {
        const want = new DOMMatrix(mark.style.getPropertyValue(`--at-${index}`));
        const got = new DOMMatrix(style.transform);
        const far = (['a', 'b', 'c', 'd', 'e', 'f'] as const).some((key) => Math.abs(want[key] - got[key]) > 0.01);
        if (far) wrong.push(`${name} should be at ${want.toString()}, is at ${got.toString()}`);
      }
    }
    return wrong;
  }, index);
}
