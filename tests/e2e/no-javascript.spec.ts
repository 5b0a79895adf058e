/**
 * The site without JavaScript, where it behaves differently: every step's
 * text is on the page beside the picture of its own state (the pinned chart,
 * which would stay in one state, is left out);
 * addresses still land below the sticky header; controls that need scripts
 * stay hidden; definitions open (popovers are HTML); print shows every chart;
 * an embed is a plain iframe whose fixed height fits; nothing errs or leaves
 * the site. (Walking the scrollies with the keyboard without JavaScript is in
 * the keyboard gate.)
 */
import { expect, test } from '@playwright/test';
import { chaptersFromContent, glossaryFromContent } from '../support/content';
import { CHARTS, CHART_IDS, curlQuotes } from '../support/site';
import { REPRESENTATIVES } from '../support/templates';
import { stepsOf } from './support/charts';
import { atServer, embedCodes, embedFrame, hostPage, overflowOf } from './support/embeds';
import { guardPage } from './support/guards';
import { printProblems } from './support/print';
import { waitForScrollToRest } from './support/scroll';

test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

test('every step’s text is on the story page beside the picture of its own state, and a link to a step opens the story there', async ({ page }) => {
  await page.goto('./');
  for (const chart of CHART_IDS) {
    await expect(page.locator(`#${chart} .scrolly-frame`), chart).toBeHidden();
    const steps = await stepsOf(page, chart);
    expect(
      steps.map((step) => step.state),
      chart,
    ).toEqual(CHARTS[chart].states);
    for (const step of steps) {
      const element = page.locator(`[id="${step.id}"]`);
      await element.scrollIntoViewIfNeeded();
      await expect(element, step.id).toBeVisible();
      expect((await element.locator('.scrolly-text').innerText()).trim().length, `${step.id} has text`).toBeGreaterThan(20);
      const picture = element.locator('.step-picture');
      await expect(picture, step.id).toHaveAttribute('data-chart-state', step.state);
      await expect(picture.locator('img'), step.id).toBeVisible();
      await expect.poll(() => picture.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth), `${step.id}: its picture drew`).toBeGreaterThan(0);
    }
  }
  await expect(page.locator('[data-scrolly-active]')).toHaveCount(0);
  // A link to the last step of a chart opens the story with that step and its picture on screen.
  const last = (await stepsOf(page, CHART_IDS[CHART_IDS.length - 1] as (typeof CHART_IDS)[number])).at(-1);
  await page.goto('about:blank');
  await page.goto(`./#${last?.id}`);
  await expect(page.locator(`[id="${last?.id}"] .scrolly-text`)).toBeInViewport();
  await expect(page.locator(`[id="${last?.id}"] .step-picture`)).toBeInViewport();
});

test('opening /#<chapter> lands the chapter below the sticky header', async ({ page }) => {
  const [first] = chaptersFromContent();
  await page.goto(`./#${first?.slug}`);
  const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height);
  const top = await page.locator(`#${first?.slug}`).evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(header - 1);
  expect(top).toBeLessThan(header + 48);
});

test('controls that need scripts stay hidden; a section link is still a link', async ({ page }) => {
  await page.goto('./');
  const shown = await page
    .locator('button[data-copy-embed], button[data-copy-citation], [data-copy-status]:not(:empty)')
    .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
  expect(shown).toBe(0);
  const anchor = page.locator('a[data-copy-link]').nth(1);
  const href = (await anchor.getAttribute('href')) ?? '';
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a citation opens the folded source list at its note without scripts', async ({ page }) => {
  const chapter = REPRESENTATIVES.find((representative) => representative.template === 'chapter')?.path ?? '';
  await page.goto(chapter);
  const link = page.locator('sup.cite a').first();
  const noteHref = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${noteHref}$`));
  await expect(page.locator(`details:has(${noteHref})`)).toHaveAttribute('open');
  await expect(page.locator(noteHref)).toBeInViewport();
});

test('a term opens and closes its definition without scripts', async ({ page }) => {
  const [first] = chaptersFromContent();
  await page.goto(`chapters/${first?.slug}/`);
  const toggle = page.locator('button.term-toggle').first();
  const popoverId = (await toggle.getAttribute('popovertarget')) ?? '';
  const entry = glossaryFromContent().find((candidate) => `term-popover-${candidate.id}` === popoverId);
  const popover = page.locator(`[id="${popoverId}"]`);
  await toggle.click();
  await expect(popover).toBeVisible();
  // The definition as the build sets it, quotes and apostrophes typographic.
  await expect(popover).toContainText(curlQuotes(entry?.definition ?? 'a definition from content/glossary.yaml'));
  await popover.locator('button').click();
  await expect(popover).toBeHidden();
});

test('the story prints without navigation or controls, with every chart and definition', async ({ page }) => {
  await page.goto('./');
  expect(await printProblems(page)).toEqual([]);
});

test('the story logs no errors, fetches nothing from another host and sets no cookie', async ({ page, baseURL }) => {
  const guards = guardPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  // Read to the end: the browser lays out each part (and loads its fonts) as the reader nears it.
  await page.keyboard.press('End');
  await waitForScrollToRest(page);
  expect(guards.consoleErrors).toEqual([]);
  expect(guards.foreignRequests).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test.describe('an embed in a host page, without scripts', () => {
  // The host stands in for a newsroom's page, which does not carry our CSP.
  test.use({ bypassCSP: true });

  for (const chart of CHART_IDS) {
    test(`${chart}: the plain iframe keeps its fixed height, which fits at 800 px; nothing scrolls sideways at 320 px`, async ({ page, baseURL }) => {
      const iframe = atServer(embedCodes(chart)[0], baseURL);
      const fixed = Number(/height="(\d+)"/.exec(iframe)?.[1]);
      for (const width of [320, 800]) {
        await hostPage(page, width, iframe);
        const frame = await embedFrame(page);
        await expect(page.locator('iframe')).toHaveJSProperty('offsetHeight', fixed);
        await expect(frame.locator('.state-panel svg.chart-svg').filter({ visible: true })).toHaveCount(1);
        const overflow = await overflowOf(frame);
        expect(overflow.sideways, `${width} px: no sideways scrolling inside the frame`).toBeLessThanOrEqual(0);
        if (width >= 600) {
          expect(overflow.vertical, `${width} px: no scrollbar inside the frame`).toBeLessThanOrEqual(1);
          // Sensible, not just safe: the fixed height leaves no large empty band under the chart.
          const content = await frame.evaluate(() => document.body.offsetHeight);
          expect(fixed - content, `${width} px: empty space under the chart`).toBeLessThan(200);
        }
      }
    });
  }
});
