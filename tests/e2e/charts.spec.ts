/**
 * The scroll-driven charts of the built story, in Chromium with JavaScript:
 * the chart follows the step in view, forwards and back, after fast flings,
 * deep links and a resize; islands hydrate while the page is idle without
 * moving anything; reduced motion turns changes into cuts. What the HTML
 * holds (every chart whole, in its static state) is checked in
 * tests/dist/charts.test.ts; the page without JavaScript in
 * no-javascript.spec.ts. Screenshots for review: npm run shots.
 */
import { expect, test, type Page } from '@playwright/test';
import { CHARTS, CHART_IDS } from '../support/site';
import { graphic, marksOutOfState, stepsOf, wheelTo } from './support/charts';
import { fastAnimations, scrollYOf, waitForScrollFrom, waitForScrollToRest } from './support/scroll';

test.describe('scrolling', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const chart of CHART_IDS) {
    test(`${chart}: forward and back, the chart shows the step in view, animating between states`, async ({ page }) => {
      await page.goto(`./#${chart}`);
      await fastAnimations(page);
      const steps = await stepsOf(page, chart);
      expect(steps.map((step) => step.state)).toEqual(CHARTS[chart].states);
      const order = [...steps, ...[...steps].reverse().slice(1)];
      // Count transitions as they start, to check that states animate when motion is welcome.
      await page.evaluate(() =>
        document.addEventListener('transitionrun', () => (document.documentElement.dataset.transitions = String(Number(document.documentElement.dataset.transitions ?? 0) + 1))),
      );
      let previousShot: Buffer | undefined;
      for (const step of order) {
        const element = page.locator(`[id="${step.id}"]`);
        await wheelTo(page, element);
        await expect(element).toBeInViewport();
        await expect(graphic(page, chart)).toHaveAttribute('data-chart-state', step.state);
        expect(await marksOutOfState(page, chart, step.state), step.id).toEqual([]);
        const shot = await graphic(page, chart).screenshot();
        if (previousShot) expect(shot.equals(previousShot), `${step.id}: the chart should look different from the step before`).toBe(false);
        previousShot = shot;
      }
      expect(Number(await page.locator('html').getAttribute('data-transitions')), 'states should animate when reduced motion is not asked for').toBeGreaterThan(0);
    });
  }
});

test.describe('fast flings', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  /** The id of the timeline's first step (read from the page, so the test follows the content). */
  const firstStepId = async (page: Page) => {
    await page.goto('./');
    const id = (await stepsOf(page, 'timeline'))[0]?.id ?? '';
    // Leave the page, so that opening it at the step loads it afresh (not a jump within the page).
    await page.goto('about:blank');
    return id;
  };

  /** The state of the last timeline step whose top has passed the middle of the screen. */
  const stateInView = (page: Page) =>
    page.evaluate(() => {
      const steps = [...document.querySelectorAll<HTMLElement>('#timeline [data-scrolly-step]')];
      const passed = steps.filter((step) => step.getBoundingClientRect().top <= window.innerHeight / 2);
      return (passed.at(-1) ?? steps[0])?.dataset.state ?? '';
    });

  test('one big flick across several steps, and back, lands on the step in view', async ({ page }) => {
    await page.goto(`./#${await firstStepId(page)}`);
    await expect(graphic(page, 'timeline')).toHaveAttribute('data-chart-state', CHARTS.timeline.states[0]);
    await page.mouse.move(640, 400);
    // The landing on the step's address must be over before the flick, or it can put the page back where it was.
    await waitForScrollToRest(page);
    for (const delta of [4200, -3000]) {
      const from = await scrollYOf(page);
      // A wheel event can be lost while a loaded machine is still busy with the page (the page then never moves):
      // flick again until it does. The check below is where the flick lands, not how far it went.
      await expect(async () => {
        await page.mouse.wheel(0, delta);
        await expect.poll(() => scrollYOf(page), { timeout: 2_000 }).not.toBe(from);
      }).toPass({ timeout: 30_000 });
      await waitForScrollFrom(page, from);
      const state = await stateInView(page);
      if (delta > 0) expect(state, 'the flick should cross several steps').not.toBe(CHARTS.timeline.states[0]);
      await expect(graphic(page, 'timeline')).toHaveAttribute('data-chart-state', state);
    }
  });

  // On a slow phone the page can scroll on past the whole chart while the
  // chart's script starts up: after the script's first look at the steps and
  // before its observers' first. Here the jump is made at exactly that moment.
  test('a jump past the whole chart while it starts up still leaves it on the last step', async ({ page }) => {
    // The timeline may sit near the end of the story, so room is made below it for the jump to land past it.
    const jumpPastTimeline = () => {
      document.body.style.paddingBottom = '300vh';
      window.scrollBy({ top: document.getElementById('timeline')!.getBoundingClientRect().bottom + window.innerHeight, behavior: 'instant' });
    };
    const onceTimelineTracked = (then: () => void) =>
      new MutationObserver((records, observer) => {
        if (!records.some((record) => record.target instanceof HTMLElement && record.target.id === 'timeline')) return;
        observer.disconnect();
        then();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scrolly-active'] });
    // The jump comes just after the chart's script starts following the steps.
    // (An init script's argument must be plain data, so the one function is written into its source.)
    const first = await firstStepId(page);
    await page.addInitScript(`(${onceTimelineTracked})(${jumpPastTimeline})`);
    await page.goto(`./#${first}`);
    await expect(page.locator('#timeline')).toHaveAttribute('data-scrolly-active', '');
    await expect(page.locator('#timeline')).not.toBeInViewport();
    const lastStep = await page.locator('#timeline [data-scrolly-step]').last().getAttribute('data-state');
    await expect(graphic(page, 'timeline')).toHaveAttribute('data-chart-state', lastStep ?? '');
  });
});

test('a link to the last step of each chart opens at the step, with the chart in its state', async ({ page }) => {
  await page.goto('./');
  const lastSteps = await Promise.all(CHART_IDS.map(async (chart) => ({ chart, step: (await stepsOf(page, chart)).at(-1) })));
  for (const { chart, step } of lastSteps) {
    if (!step) throw new Error(`${chart} has no steps`);
    // From another page, so that the story loads afresh at the step.
    await page.goto('about:blank');
    await page.goto(`./#${step.id}`);
    await expect(page.locator(`[id="${step.id}"]`), chart).toBeInViewport();
    await expect(graphic(page, chart), chart).toHaveAttribute('data-chart-state', step.state);
  }
});

test.describe('hydration', () => {
  test('every island hydrates once the page is idle, before the reader scrolls to it', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('[data-scrolly][data-scrolly-active]')).toHaveCount(CHART_IDS.length);
    expect(await scrollYOf(page)).toBe(0);
  });

  test('the charts take their first step’s state in place while the page loads; steps then move them', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { started: string[] }).started = [];
      document.addEventListener('transitionrun', (event) => (window as unknown as { started: string[] }).started.push((event.target as Element).getAttribute('class') ?? ''), true);
    });
    await page.goto('./');
    await fastAnimations(page);
    await expect(page.locator('[data-scrolly][data-scrolly-active]')).toHaveCount(CHART_IDS.length);
    for (const chart of CHART_IDS) {
      const [first] = await stepsOf(page, chart);
      if (!first) throw new Error(`${chart} has no steps`);
      await expect(graphic(page, chart)).toHaveAttribute('data-chart-state', first.state);
      expect(await marksOutOfState(page, chart, first.state), chart).toEqual([]);
      // The first state is cut in while the chart is placed (data-placing), then the chart is done placing.
      await expect(graphic(page, chart)).not.toHaveAttribute('data-placing');
      await expect(graphic(page, chart).locator('[data-placing]')).toHaveCount(0);
    }
    // Far below the reader, the marks take their first state without animating.
    const started = () => page.evaluate(() => (window as unknown as { started: string[] }).started.length);
    const before = await started();
    expect(before, 'transitions started while the islands hydrated').toBe(0);
    const [, second] = await stepsOf(page, 'stations-by-continent');
    if (!second) throw new Error('stations-by-continent has one step');
    await wheelTo(page, page.locator(`[id="${second.id}"]`));
    await expect(graphic(page, 'stations-by-continent')).toHaveAttribute('data-chart-state', second.state);
    await expect.poll(started, { message: 'a change of step moves the marks' }).toBeGreaterThan(before);
  });

  test('moves nothing: each chart has the same box before and after its island starts', async ({ page, browser, viewport }) => {
    // The same page in a second browser context where the islands' scripts never arrive: the layout
    // with scripting on (without it, each step shows its own picture instead), before hydration.
    const other = await browser.newContext({ viewport });
    await other.route('**/_astro/*.js', (route) => route.abort());
    const withoutScript = await other.newPage();
    try {
      for (const chart of CHART_IDS) {
        const url = `./#${chart}`;
        await page.goto(url);
        await withoutScript.goto(new URL(url, page.url()).href);
        // Hydrated: the island has set up its scroll tracking.
        await expect(page.locator(`#${chart}[data-scrolly-active]`)).toHaveCount(1);
        const measure = (target: Page) =>
          target.evaluate((id) => {
            const box = (selector: string) => {
              const rect = document.querySelector(selector)?.getBoundingClientRect();
              return rect ? [rect.x, rect.width, rect.height].map(Math.round) : [];
            };
            // Sizes, not page positions: other parts of the page may add controls when scripts run.
            return { figure: box(`#${id}`), graphic: box(`#${id} .scrolly-graphic`), svg: box(`#${id} svg.chart-svg`) };
          }, chart);
        expect(await measure(page), chart).toEqual(await measure(withoutScript));
      }
    } finally {
      await other.close();
    }
  });
});

test('resized from desktop to phone, the map keeps following the steps, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const europe = (await stepsOf(page, 'stations-map')).find((step) => step.state === 'europe');
  await page.goto(`./#${europe?.id}`);
  await expect(graphic(page, 'stations-map')).toHaveAttribute('data-chart-state', 'europe');
  await page.setViewportSize({ width: 375, height: 700 });
  for (const state of ['britain', 'americas']) {
    await wheelTo(page, page.locator(`#stations-map [data-scrolly-step][data-state="${state}"]`));
    await expect(graphic(page, 'stations-map')).toHaveAttribute('data-chart-state', state);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The chart still fits the screen beside (or under) the step cards.
  const box = await graphic(page, 'stations-map').boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(300);
  expect(box?.width ?? 999).toBeLessThanOrEqual(375);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

  test('states change as cuts: no transition runs', async ({ page }) => {
    await page.goto('./#stations-by-continent');
    const [first, second] = await stepsOf(page, 'stations-by-continent');
    if (!first || !second) throw new Error('stations-by-continent needs two steps');
    await page.goto(`./#${first.id}`);
    const mark = page.locator('#stations-by-continent .chart-move').first();
    expect(await mark.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration))).toBeLessThan(0.01);
    await wheelTo(page, page.locator(`[id="${second.id}"]`));
    await expect(graphic(page, 'stations-by-continent')).toHaveAttribute('data-chart-state', second.state);
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
        .map((animation) => (animation as CSSTransition).transitionProperty ?? 'animation'),
    );
    expect(running, 'animations longer than 10 ms').toEqual([]);
  });
});

test('?debug draws the trigger line of every step', async ({ page }) => {
  await page.goto('./?debug');
  await expect(page.locator('.scrollama__debug-step')).toHaveCount(await page.locator('[data-scrolly-step]').count());
});
