/**
 * Reduced-motion gate: when the reader asks for less motion, nothing moves on
 * its own. On one page of each template, at a phone and a desktop width, CSS
 * transitions and time-based animations are (near) zero, in-page links jump
 * instead of gliding, and while the page is read through, no animation runs
 * and no attribute keeps changing once the scroll has stopped (which catches
 * JavaScript tweens, e.g. d3 transitions; checked on pages that run any
 * script). Scroll-driven animations (the reading-progress bar) follow the
 * reader's own scrolling and are allowed.
 */
import { expect, type Page, test } from '@playwright/test';
import { label } from '../../support/dist';
import { REPRESENTATIVES } from '../../support/templates';
import { evaluateIn } from '../support/devtools';

test.use({ reducedMotion: 'reduce' });

/** Elements whose computed transitions or time-based animations last longer than 10 ms. */
async function movingStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const longest = (list: string) => Math.max(...list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value) || 0)));
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const name = `<${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : ''}>`;
      if (style.transitionProperty !== 'none' && longest(style.transitionDuration) > 0.01) found.push(`${name} transition ${style.transitionProperty} ${style.transitionDuration}`);
      const timeBased = style.animationTimeline.split(',').every((timeline) => timeline.trim() === 'auto');
      if (style.animationName !== 'none' && timeBased && longest(style.animationDuration) > 0.01) found.push(`${name} animation ${style.animationName} ${style.animationDuration}`);
    }
    return found.slice(0, 20);
  });
}

/**
 * Reads the page through, a screen at a time, in the page itself: after each
 * jump it waits for the frames that follow (observers fire, charts change
 * state), then watches a few more frames. Anything animating on the
 * document's clock then, or any attribute of one element that changes in
 * three or more of those frames, is motion the reader did not ask for.
 */
function motionWhileReading(): Promise<string[]> {
  const describe = (node: Node) =>
    node instanceof Element
      ? `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${typeof node.className === 'string' && node.className ? `.${node.className.split(' ')[0]}` : ''}>`
      : node.nodeName;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const running = () =>
    document
      .getAnimations()
      .filter((animation) => animation.timeline instanceof DocumentTimeline && animation.playState === 'running')
      .filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
      .map((animation) => {
        const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        const what = animation instanceof CSSAnimation ? animation.animationName : animation instanceof CSSTransition ? animation.transitionProperty : 'script';
        return `running after a scroll: ${target ? describe(target) : 'animation'} ${what}`;
      });
  // Frames in which each attribute of each element changed (an attribute set once on many elements is no tween).
  let changes = new Map<Node, Map<string, Set<number>>>();
  let frameNumber = 0;
  new MutationObserver((records) => {
    for (const record of records) {
      const attributes = changes.get(record.target) ?? new Map<string, Set<number>>();
      changes.set(record.target, attributes);
      const name = record.attributeName ?? '';
      attributes.set(name, (attributes.get(name) ?? new Set()).add(frameNumber));
    }
  }).observe(document.body, { attributes: true, subtree: true });
  return (async () => {
    const problems = new Set<string>();
    for (let top = 0; ; top += window.innerHeight) {
      window.scrollTo({ top, behavior: 'instant' });
      // Settle: the scroll has landed, observers have fired and state changes have been made.
      for (let last = Number.NaN, still = 0; still < 3;) {
        await frame();
        still = window.scrollY === last ? still + 1 : 0;
        last = window.scrollY;
      }
      await frame();
      changes = new Map();
      // Watch: with reduced motion nothing should keep changing.
      for (frameNumber = 0; frameNumber < 8; frameNumber += 1) await frame();
      for (const animation of running()) problems.add(animation);
      for (const [node, attributes] of changes) {
        for (const [name, frames] of attributes) if (frames.size >= 3) problems.add(`${describe(node)} ${name} changed in ${frames.size} frames after scrolling stopped`);
      }
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
    }
    return [...problems].slice(0, 20);
  })();
}

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

for (const { template, path } of REPRESENTATIVES) {
  for (const viewport of VIEWPORTS) {
    test(`${template} (${label(path)}) at ${viewport.width}px: with reduced motion, nothing moves on its own`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path || './');
      // Smooth scrolling is switched on by :focus-within, so test with something focused.
      await page.keyboard.press('Tab');
      const scrollBehaviour = await page.evaluate(() => [getComputedStyle(document.documentElement).scrollBehavior, getComputedStyle(document.body).scrollBehavior]);
      expect(scrollBehaviour, 'scroll-behavior of <html> and <body>').toEqual(['auto', 'auto']);
      expect(await movingStyles(page), 'transitions and animations longer than 10 ms').toEqual([]);
      const cdp = await page.context().newCDPSession(page);
      try {
        expect(await evaluateIn(cdp, motionWhileReading), 'motion while reading through with reduced motion on').toEqual([]);
      } finally {
        await cdp.detach();
      }
    });
  }
}

test('in-page links jump straight to their target with reduced motion', async ({ page }) => {
  await page.goto('./');
  const link = page.locator('nav.toc a[href^="#"]').last();
  const target = (await link.getAttribute('href')) ?? '';
  // The page scrolls smoothly only while focus is inside it, and only without reduced motion.
  await link.focus();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'scroll behaviour with reduced motion').toBe('auto');
  // Where the target sits on screen in each of the frames after the click (not scrollY: once the
  // page is idle, parts above the target are laid out, and scroll anchoring changes scrollY so
  // that the target stays where it is).
  await page.evaluate((selector) => {
    const tops: number[] = [];
    (window as unknown as { targetTops: number[] }).targetTops = tops;
    const element = document.querySelector(selector);
    const record = () => {
      tops.push(Math.round(element?.getBoundingClientRect().top ?? Number.NaN));
      if (tops.length < 20) requestAnimationFrame(record);
    };
    document.addEventListener('click', () => requestAnimationFrame(record), { once: true });
  }, target);
  await link.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { targetTops: number[] }).targetTops.length)).toBe(20);
  const tops = await page.evaluate(() => (window as unknown as { targetTops: number[] }).targetTops);
  expect(new Set(tops).size, `the jump to ${target} should be over in the first frame (tops: ${tops.join(', ')})`).toBe(1);
  expect(tops[0], `the jump to ${target} should put it at the top of the screen`).toBeLessThan(200);
  expect(await page.evaluate(() => window.scrollY), `the jump to ${target} should have moved the page`).toBeGreaterThan(0);
});
