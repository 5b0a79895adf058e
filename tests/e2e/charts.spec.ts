/**
 * The four scroll-driven charts in the built story, in Chromium, with
 * JavaScript on and off (the two Playwright projects). With JavaScript the
 * chart follows the step in view; without it every step's text is there and
 * the chart stays in its static state. Screenshots of every chart at phone
 * and desktop widths are saved under artifacts/charts/ for review.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHARTS, CHART_IDS, type ChartId } from '../../src/charts/registry';
import { openDisclosure } from './support/disclosure';

const SHOTS = 'artifacts/charts';
mkdirSync(SHOTS, { recursive: true });

interface StepInfo {
  id: string;
  state: string;
}

async function stepsOf(page: Page, chart: ChartId): Promise<StepInfo[]> {
  return page.locator(`#${chart} [data-scrolly-step]`).evaluateAll((steps) => steps.map((step) => ({ id: step.id, state: step.getAttribute('data-state') ?? '' })));
}

/** Scrolls with the mouse wheel, as a reader does, until the step's top is a little above the middle of the screen. */
async function wheelTo(page: Page, step: Locator): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let guard = 0; guard < 80; guard += 1) {
    const top = await step.evaluate((element) => element.getBoundingClientRect().top);
    const distance = top - viewport.height * 0.35;
    if (Math.abs(distance) < 40) return;
    await page.mouse.wheel(0, Math.max(-600, Math.min(600, distance)));
    await page.waitForTimeout(50);
  }
}

/**
 * What the reader sees matches the state the chart names: every mark hidden
 * in the state (class off-i) is transparent, every dimmed one (dim-i) faint,
 * and every moving mark sits at its place for the state (--at-i). Returns
 * the marks that do not, so a failure says which.
 */
async function marksOutOfState(page: Page, chart: ChartId, state: string): Promise<string[]> {
  const index = (CHARTS[chart].states as readonly string[]).indexOf(state);
  // Every state layer names the state; the layers of moving marks may follow a frame or two later.
  const layerIndexes = () => graphic(page, chart).evaluate((root) => [...new Set([...root.querySelectorAll('[data-state-index]')].map((layer) => layer.getAttribute('data-state-index')))]);
  await expect.poll(layerIndexes).toEqual([String(index)]);
  await settled(page);
  return graphic(page, chart).evaluate((root, index) => {
    const wrong: string[] = [];
    for (const mark of root.querySelectorAll<SVGElement>('svg *')) {
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

/** Waits until no CSS transition or animation is running, so a screenshot shows the settled state. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length), { timeout: 5000 }).toBe(0);
}

const graphic = (page: Page, chart: ChartId) => page.locator(`#${chart} .scrolly-graphic`);

test.describe('every chart in the HTML', () => {
  for (const chart of CHART_IDS) {
    test(`${chart}: figure, labelled SVG with marks, table, sources and data download`, async ({ page }) => {
      await page.goto('./');
      const figure = page.locator(`figure#${chart}`);
      await expect(figure).toHaveCount(1);
      await expect(figure.locator('.chart-title')).not.toBeEmpty();
      await expect(figure.locator('.chart-takeaway')).not.toBeEmpty();
      const svg = figure.locator('svg.chart-svg[role="img"]');
      await expect(svg).toHaveCount(1);
      const labelledBy = (await svg.getAttribute('aria-labelledby')) ?? '';
      expect((await page.locator(`[id="${labelledBy}"]`).textContent())?.length ?? 0).toBeGreaterThan(40);
      expect(await svg.locator('rect, circle, path, line').count()).toBeGreaterThan(5);
      const rows = figure.locator('details.chart-data table tbody tr');
      expect(await rows.count()).toBeGreaterThan(2);
      expect(await figure.locator('details.chart-data table caption').count()).toBeGreaterThan(0);
      expect(await figure.locator('.chart-sources a[href^="http"]').count()).toBeGreaterThan(0);
      const downloads = await figure.locator('.chart-download a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(downloads).toEqual(CHARTS[chart].datasets.map((dataset) => expect.stringMatching(new RegExp(`/data/${dataset}\\.csv$`))));
      // Opening the details shows the table (it is in the HTML, not fetched).
      await openDisclosure(figure.locator('details.chart-data'));
      await expect(rows.first()).toBeVisible();
    });
  }
});

test('no id is used twice on the story page (chart ids are addresses too)', async ({ page }) => {
  await page.goto('./');
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
  expect(duplicates).toEqual([]);
});

test.describe('scrolling', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const chart of CHART_IDS) {
    test(`${chart}: forward and back, the chart shows the step in view`, async ({ page, javaScriptEnabled }) => {
      // Wheel scrolling in small steps, as a reader does, takes a while on a slow machine.
      test.setTimeout(120_000);
      await page.goto(`./#${chart}`);
      const steps = await stepsOf(page, chart);
      expect(steps.length).toBe(CHARTS[chart].states.length);
      const order = [...steps, ...[...steps].reverse().slice(1)];
      let previousShot: Buffer | undefined;
      // Count transitions as they start, to check that states animate when motion is welcome.
      if (javaScriptEnabled) await page.evaluate(() => document.addEventListener('transitionrun', () => document.documentElement.dataset.transitions = String(Number(document.documentElement.dataset.transitions ?? 0) + 1)));
      for (const step of order) {
        const element = page.locator(`[id="${step.id}"]`);
        await wheelTo(page, element);
        await expect(element).toBeInViewport();
        if (javaScriptEnabled) {
          await expect(graphic(page, chart)).toHaveAttribute('data-state', step.state);
        } else {
          // Without JavaScript the chart stays complete, in its static state, beside every step's text.
          await expect(graphic(page, chart)).toHaveAttribute('data-state', CHARTS[chart].staticState);
        }
        expect(await marksOutOfState(page, chart, javaScriptEnabled ? step.state : CHARTS[chart].staticState)).toEqual([]);
        const shot = await graphic(page, chart).screenshot();
        if (javaScriptEnabled && previousShot) expect(shot.equals(previousShot), `${step.id}: the chart should look different from the step before`).toBe(false);
        previousShot = shot;
      }
      if (javaScriptEnabled) expect(Number(await page.locator('html').getAttribute('data-transitions')), 'states should animate when reduced motion is not asked for').toBeGreaterThan(0);
    });
  }
});

test.describe('fast flings', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('one big flick across several steps, and back, lands on the step in view', async ({ page, javaScriptEnabled }) => {
    await page.goto('./#timeline-step-origins');
    await page.mouse.move(640, 400);
    const expected = () =>
      page.evaluate(() => {
        const steps = [...document.querySelectorAll<HTMLElement>('#timeline [data-scrolly-step]')];
        const passed = steps.filter((step) => step.getBoundingClientRect().top <= window.innerHeight / 2);
        return (passed[passed.length - 1] ?? steps[0])?.dataset.state;
      });
    for (const delta of [4200, -3000]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(400);
      const state = javaScriptEnabled ? await expected() : CHARTS.timeline.staticState;
      expect(state).toBeTruthy();
      if (javaScriptEnabled && delta > 0) expect(state, 'the flick should cross several steps').not.toBe('origins');
      await expect(graphic(page, 'timeline')).toHaveAttribute('data-state', state ?? '');
    }
  });

  // On a slow phone the page can scroll on past the whole chart while the
  // chart's script starts up: after the script's first look at the steps and
  // before its observers' first. Here the jump is made at exactly that moment.
  test('a jump past the whole chart while it starts up still leaves it on the last step', async ({ page, javaScriptEnabled }) => {
    // The timeline sits near the end of the story, so room is made below it for the jump to land past it.
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
    // With JavaScript, the jump comes just after the chart's script starts following the steps.
    // (An init script's argument must be plain data, so the one function is written into its source.)
    await page.addInitScript(`(${onceTimelineTracked})(${jumpPastTimeline})`);
    await page.goto('./#timeline-step-origins');
    if (javaScriptEnabled) await expect(page.locator('#timeline')).toHaveAttribute('data-scrolly-active', '');
    else await page.evaluate(jumpPastTimeline);
    await expect(page.locator('#timeline')).not.toBeInViewport();
    const lastStep = await page.locator('#timeline [data-scrolly-step]').last().getAttribute('data-state');
    await expect(graphic(page, 'timeline')).toHaveAttribute('data-state', javaScriptEnabled ? (lastStep ?? '') : CHARTS.timeline.staticState);
  });
});

test.describe('deep links to a step', () => {
  for (const chart of CHART_IDS) {
    test(`${chart}: /#<last step> opens at the step, with the chart in its state`, async ({ page, javaScriptEnabled }) => {
      await page.goto('./');
      const steps = await stepsOf(page, chart);
      const last = steps[steps.length - 1];
      if (!last) throw new Error(`${chart} has no steps`);
      await page.goto(`./#${last.id}`);
      await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
      await expect(graphic(page, chart)).toHaveAttribute('data-state', javaScriptEnabled ? last.state : CHARTS[chart].staticState);
    });
  }
});

test.describe('hydration', () => {
  test('every island hydrates once the page is idle, before the reader scrolls to it', async ({ page, javaScriptEnabled }) => {
    // Hydrating as a chart came into view put a 35 ms task (at 4x CPU
    // slowdown) into the scroll, where a chart's first move could push it
    // past 50 ms (scripts/bench.ts).
    await page.goto('./');
    const active = page.locator('[data-scrolly][data-scrolly-active]');
    if (javaScriptEnabled) await expect(active).toHaveCount(CHART_IDS.length);
    else {
      await page.waitForLoadState('networkidle');
      await expect(active).toHaveCount(0);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the charts take their first state in place while the page loads; steps still move them', async ({ page, javaScriptEnabled }) => {
    // At load the islands swap the server's state for the first step's. Moving
    // 200 marks there, far below the reader, cost a slow phone about a second
    // of 20-60 ms frames (show-state.ts: placeState).
    await page.addInitScript(() => {
      (window as unknown as { started: string[] }).started = [];
      document.addEventListener('transitionrun', (event) => (window as unknown as { started: string[] }).started.push((event.target as Element).getAttribute('class') ?? ''), true);
    });
    await page.goto('./');
    const started = () => page.evaluate(() => (window as unknown as { started: string[] }).started.length);
    if (!javaScriptEnabled) {
      await page.waitForLoadState('networkidle');
      expect(await started()).toBe(0);
      return;
    }
    await expect(page.locator('[data-scrolly][data-scrolly-active]')).toHaveCount(CHART_IDS.length);
    for (const chart of CHART_IDS) {
      const [first] = await stepsOf(page, chart);
      await expect(graphic(page, chart)).toHaveAttribute('data-state', first.state);
      expect(await marksOutOfState(page, chart, first.state)).toEqual([]);
      await expect(graphic(page, chart).locator('[data-placing]')).toHaveCount(0);
    }
    expect(await started(), 'transitions started while the islands hydrated').toBe(0);
    const [, second] = await stepsOf(page, 'stations-by-continent');
    await wheelTo(page, page.locator(`[id="${second.id}"]`));
    await expect(graphic(page, 'stations-by-continent')).toHaveAttribute('data-state', second.state);
    await expect.poll(started, { message: 'a change of step moves the marks' }).toBeGreaterThan(0);
  });

  test('moves nothing: each chart has the same box with and without JavaScript', async ({ page, browser, javaScriptEnabled, viewport }) => {
    test.setTimeout(90_000);
    // The same page in a second browser context with JavaScript the other way round.
    const other = await browser.newContext({ javaScriptEnabled: !javaScriptEnabled, viewport });
    const otherPage = await other.newPage();
    for (const chart of CHART_IDS) {
      const url = `./#${chart}`;
      await page.goto(url);
      await otherPage.goto(new URL(url, page.url()).href);
      const withScript = javaScriptEnabled ? page : otherPage;
      // Hydrated: the island has set up its scroll tracking.
      await expect(withScript.locator(`#${chart}[data-scrolly-active]`)).toHaveCount(1);
      const measure = (target: Page) =>
        target.evaluate((id) => {
          const box = (selector: string) => {
            const rect = document.querySelector(selector)?.getBoundingClientRect();
            return rect ? [rect.x, rect.width, rect.height].map(Math.round) : [];
          };
          // Sizes, not page positions: other parts of the page may add controls when scripts run.
          return { figure: box(`#${id}`), graphic: box(`#${id} .scrolly-graphic`), svg: box(`#${id} svg.chart-svg`) };
        }, chart);
      expect(await measure(page), chart).toEqual(await measure(otherPage));
    }
    await other.close();
  });
});

test.describe('resizing from desktop to phone', () => {
  test('the map keeps following the steps, with no sideways scrolling', async ({ page, javaScriptEnabled }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./#map-step-europe');
    await expect(graphic(page, 'stations-map')).toHaveAttribute('data-state', javaScriptEnabled ? 'europe' : 'world');
    await page.setViewportSize({ width: 375, height: 700 });
    await wheelTo(page, page.locator('#map-step-britain'));
    await expect(graphic(page, 'stations-map')).toHaveAttribute('data-state', javaScriptEnabled ? 'britain' : 'world');
    await wheelTo(page, page.locator('#map-step-americas'));
    await expect(graphic(page, 'stations-map')).toHaveAttribute('data-state', javaScriptEnabled ? 'americas' : 'world');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The chart still fits the screen beside (or under) the step cards.
    const box = await graphic(page, 'stations-map').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.width ?? 999).toBeLessThanOrEqual(375);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

  test('states change as cuts: no transition runs', async ({ page, javaScriptEnabled }) => {
    await page.goto('./#continent-step-all');
    const mark = page.locator('#stations-by-continent .chart-move').first();
    const duration = await mark.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
    expect(duration).toBeLessThan(0.01);
    await wheelTo(page, page.locator('#continent-step-continents'));
    if (javaScriptEnabled) await expect(graphic(page, 'stations-by-continent')).toHaveAttribute('data-state', 'continents');
    const running = await page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().duration !== 0).map((animation) => (animation as CSSTransition).transitionProperty ?? 'animation'));
    const longRunning = await page.evaluate(() => document.getAnimations().filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10).length);
    expect(longRunning, `running: ${running.join(', ')}`).toBe(0);
  });
});

test.describe('debug switch', () => {
  test('?debug draws the trigger line only when scripts run', async ({ page, javaScriptEnabled }) => {
    await page.goto('./?debug#map-step-world');
    await expect(page.locator('.scrollama__debug-step')).toHaveCount(javaScriptEnabled ? await page.locator('[data-scrolly-step]').count() : 0);
  });
});

test.describe('screenshots for review', () => {
  for (const width of [375, 1280]) {
    for (const chart of CHART_IDS) {
      test(`${chart} at ${width}px`, async ({ page, javaScriptEnabled }, testInfo) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: width < 600 ? 740 : 860 });
        await page.goto('./');
        const steps = await stepsOf(page, chart);
        const mode = javaScriptEnabled ? 'js' : 'nojs';
        for (const step of javaScriptEnabled ? steps : steps.slice(0, 1)) {
          await page.goto(`./#${step.id}`);
          await expect(graphic(page, chart)).toHaveAttribute('data-state', javaScriptEnabled ? step.state : CHARTS[chart].staticState);
          await settled(page);
          const name = `${chart}-${javaScriptEnabled ? step.state : 'static'}-${width}-${mode}.png`;
          const shot = await page.screenshot({ path: `${SHOTS}/${name}` });
          await testInfo.attach(name, { body: shot, contentType: 'image/png' });
        }
        // The whole figure, footer included (notes, sources, table, download).
        const figure = await page.locator(`figure#${chart} figcaption`).screenshot({ path: `${SHOTS}/${chart}-footer-${width}-${mode}.png` });
        expect(figure.length).toBeGreaterThan(1000);
      });
    }
  }
});
