/**
 * Reduced-motion gate: when the reader asks for less motion, nothing moves on
 * its own. CSS transitions and time-based animations are (near) zero, in-page
 * links jump instead of gliding, and while scrolling through, no animation
 * runs and no chart attribute keeps changing once the scroll has stopped
 * (which catches JavaScript tweens, e.g. d3 transitions; checked on pages
 * that run any script). Scroll-driven
 * animations (the reading-progress bar) follow the reader's own scrolling and
 * are allowed.
 */
import { expect, type Page, test } from '@playwright/test';
import { allPages, label } from '../support/all-pages';

test.use({ viewport: { width: 1280, height: 800 } });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

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

/** Web Animations and CSS animations running on the document clock for more than 10 ms. */
async function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((animation) => animation.timeline instanceof DocumentTimeline && animation.playState === 'running')
      .filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
      .map((animation) => {
        const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        return `${target ? `<${target.tagName.toLowerCase()}>` : 'animation'} ${animation instanceof CSSAnimation ? animation.animationName : animation instanceof CSSTransition ? animation.transitionProperty : 'script'} (${animation.effect?.getComputedTiming().duration} ms)`;
      }),
  );
}

for (const path of allPages()) {
  test(`${label(path)}: with reduced motion, nothing moves on its own`, async ({ page }) => {
    await page.goto(path || './');
    // Smooth scrolling is switched on by :focus-within, so test with something focused.
    await page.keyboard.press('Tab');
    const scrollBehaviour = await page.evaluate(() => [getComputedStyle(document.documentElement).scrollBehavior, getComputedStyle(document.body).scrollBehavior]);
    expect(scrollBehaviour, 'scroll-behavior of <html> and <body>').toEqual(['auto', 'auto']);
    expect(await movingStyles(page), 'transitions and animations longer than 10 ms').toEqual([]);
    expect(await runningAnimations(page), 'animations running after load').toEqual([]);

    // Without any script, nothing can start moving later: the checks above are the whole story.
    const scripted = await page.evaluate(() => document.scripts.length > 0 || document.querySelector('astro-island') !== null);
    if (!scripted) return;
    test.setTimeout(180_000);

    // Record every attribute change, to spot values that keep changing after a scroll stops.
    await page.evaluate(() => {
      const log: { target: Node; name: string; time: number }[] = [];
      (window as unknown as { motionLog: typeof log }).motionLog = log;
      new MutationObserver((records) => {
        const time = performance.now();
        for (const record of records) log.push({ target: record.target, name: record.attributeName ?? '', time });
      }).observe(document.body, { attributes: true, subtree: true });
    });
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    const problems: string[] = [];
    for (let step = 0, previous = -1; step < 200; step += 1) {
      await page.mouse.wheel(0, viewport.height * 0.8);
      await page.waitForTimeout(120);
      const settled = await page.evaluate(() => performance.now());
      await page.waitForTimeout(200);
      for (const animation of await runningAnimations(page)) problems.push(`running after a scroll: ${animation}`);
      const tweens = await page.evaluate((since) => {
        const counts = new Map<string, number>();
        const log = (window as unknown as { motionLog: { target: Node; name: string; time: number }[] }).motionLog;
        const names = new Map<Node, string>();
        for (const entry of log.filter((e) => e.time > since)) {
          if (!names.has(entry.target)) names.set(entry.target, `<${(entry.target as Element).tagName?.toLowerCase()}> ${entry.name}`);
          const key = `${names.get(entry.target)}#${[...names.keys()].indexOf(entry.target)}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return [...counts].filter(([, count]) => count >= 3).map(([key, count]) => `${key.replace(/#\d+$/, '')} changed ${count} times after scrolling stopped`);
      }, settled);
      problems.push(...tweens);
      const y = await page.evaluate(() => window.scrollY);
      if (y === previous) break;
      previous = y;
    }
    expect([...new Set(problems)].slice(0, 20), 'motion while scrolling with reduced motion on').toEqual([]);
  });
}

test('in-page links jump straight to their target with reduced motion', async ({ page }) => {
  await page.goto('./');
  const link = page.locator('nav.toc a[href^="#"]').last();
  const target = (await link.getAttribute('href')) ?? '';
  // Where the target sits on screen, not scrollY: once the page is idle, the parts
  // above the target are laid out (lib/story-parts), and the browser's scroll
  // anchoring changes scrollY so that the target stays where it is.
  const targetTop = () => page.locator(target).evaluate((element) => Math.round(element.getBoundingClientRect().top));
  // The page scrolls smoothly only while focus is inside it, and only without reduced motion.
  await link.focus();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'scroll behaviour with reduced motion').toBe('auto');
  await link.click();
  const soon = await targetTop();
  await page.waitForTimeout(600);
  const later = await targetTop();
  expect(later, `the jump to ${target} should be over at once`).toBe(soon);
  expect(later, `the jump to ${target} should put it at the top of the screen`).toBeLessThan(200);
  expect(await page.evaluate(() => window.scrollY), `the jump to ${target} should have moved the page`).toBeGreaterThan(0);
});
