/**
 * Reading the story as a reader does, on a phone (375×812) and a desktop
 * (1280×800), with JavaScript on and off: at each step, with its text
 * starting at 60 % of the screen and again centred, the chart drawn where
 * the reader looks shows that step's state (the state contract:
 * data-chart-state on what draws, data-state on the step), and the text
 * covers at most a tenth of the chart's marks in view. Also the first
 * screen, the embeds' states and height, and the reading-progress bar.
 * Reduced motion makes every change of state a cut, so the marks are where
 * they end up as soon as the state is named.
 */
import { expect, test } from '@playwright/test';
import { CHART_IDS } from '../support/site';
import { islandsStarted, marksCovered, READING_POSITIONS, readAt, stateInView, stepsOf } from './support/reading';

const SCREENS = [
  { name: 'phone', viewport: { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** The most of the chart's marks in view that a step's text may cover. */
const MOST_COVERED = 0.1;

for (const javaScriptEnabled of [true, false]) {
  for (const screen of SCREENS) {
    test.describe(`${screen.name}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: screen.viewport, javaScriptEnabled, reducedMotion: 'reduce' });

      test('the first screen holds the headline and the story’s picture; at every step, starting and centred, the chart shows that step and the text covers ≤ 10 % of its marks', async ({ page }) => {
        await page.goto('./');
        // The first screen: the headline, and a picture of a chart state taking at least a fifth of it.
        const headline = await page.locator('h1').boundingBox();
        expect(headline, 'the headline').not.toBeNull();
        expect((headline?.y ?? 0) + (headline?.height ?? 0)).toBeLessThanOrEqual(screen.viewport.height);
        const picture = page.locator('.masthead [data-chart-state]');
        await expect(picture).toHaveCount(1);
        const share = await picture.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
          const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
          return (width * height) / (innerWidth * innerHeight);
        });
        expect(share, 'share of the first screen the picture takes').toBeGreaterThanOrEqual(0.2);
        // Its land is drawn: the shapes it reuses from further down the page are found.
        const land = await picture.evaluate((element) => [...element.querySelectorAll('use')].every((use) => (use as SVGGraphicsElement).getBBox().width > 10));
        expect(land).toBe(true);

        // Every step, read from where its text starts to where it is centred.
        if (javaScriptEnabled) await islandsStarted(page);
        const steps = await stepsOf(page);
        expect(steps.length).toBeGreaterThan(8);
        for (const step of steps) {
          for (const position of READING_POSITIONS) {
            await readAt(page, step.id, position);
            await expect.poll(() => stateInView(page, step.chart), { message: `#${step.id}, text ${position}: the chart in view shows "${step.state}"` }).toBe(step.state);
            const { covered, marks } = await marksCovered(page, step.id);
            expect(marks, `#${step.id}, text ${position}: chart marks in view`).toBeGreaterThan(0);
            expect(covered / marks, `#${step.id}, text ${position}: share of the marks in view under the text`).toBeLessThanOrEqual(MOST_COVERED);
          }
        }
      });
    });
  }
}

test.describe('embeds at 375 px, without scripts', () => {
  test.use({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });

  test('each embed offers every state behind its tabs, has an h1 and is at most 1,000 px tall', async ({ page }) => {
    for (const chart of CHART_IDS) {
      await page.goto(`embed/${chart}/`);
      await expect(page.locator('h1')).toHaveCount(1);
      const tabs = page.locator('.state-input');
      const states = await page.locator('.state-panel').evaluateAll((panels) => panels.map((panel) => (panel as HTMLElement).dataset.chartState ?? ''));
      expect(states.length).toBeGreaterThan(1);
      await expect(tabs).toHaveCount(states.length);
      for (const [index, state] of states.entries()) {
        await tabs.nth(index).click();
        const shown = await page.locator('[data-chart-state]').evaluateAll((drawings) =>
          drawings.filter((drawing) => (drawing as HTMLElement).checkVisibility()).map((drawing) => (drawing as HTMLElement).dataset.chartState),
        );
        expect(shown, `${chart}: tab ${index + 1} shows "${state}" only`).toEqual([state]);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, `${chart}, tab ${index + 1}: height at 375 px`).toBeLessThanOrEqual(1000);
      }
    }
  });
});

test.describe('quiet furniture and working links', () => {
  test('a section link shows only while the reader points at its heading or focuses it', async ({ page }) => {
    await page.goto('./');
    const heading = page.locator('.chapter h3:has(> .heading-anchor)').first();
    const anchor = heading.locator('.heading-anchor');
    const opacity = () => anchor.evaluate((element) => Number(getComputedStyle(element).opacity));
    await heading.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await expect.poll(opacity).toBe(0);
    await heading.hover();
    await expect.poll(opacity).toBe(1);
    await page.mouse.move(0, 0);
    await anchor.focus();
    await expect.poll(opacity).toBe(1);
  });

  test('the addresses handed out (Cite this, embed code) are the address the page is served from', async ({ page, baseURL }) => {
    await page.goto('./');
    const here = new URL('./', baseURL).href;
    // A build with SITE_URL writes its own address; without it, the page completes root-relative ones.
    const references = await page.locator('#cite-this [data-citation-text]').allTextContents();
    expect(references.length).toBe(4);
    for (const reference of references) expect(reference.includes(here) || reference.includes(here.replace(/^https?:\/\//, '')), reference).toBe(true);
    const codes = await page.locator('textarea[data-embed-code]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(new RegExp(`"${here.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}embed/[a-z-]+/"`));
  });
});

test.describe('the reading-progress bar', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('grows with the scroll, from nothing at the top to full at the end', async ({ page }) => {
    await page.goto('./');
    const scale = () => page.locator('.progress').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
    await expect.poll(scale).toBeLessThan(0.01);
    await page.evaluate(() => window.scrollTo({ top: (document.documentElement.scrollHeight - innerHeight) / 2, behavior: 'instant' }));
    await expect.poll(scale).toBeGreaterThan(0.4);
    expect(await scale()).toBeLessThan(0.6);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect.poll(scale).toBeGreaterThan(0.99);
  });
});
