/**
 * Reduced-motion checks for the gates: transitions and time-based animations
 * in the computed styles, and motion while the page is read through (CSS
 * animations on the document's clock, and attributes that keep changing once
 * the scroll has stopped, which catches JavaScript tweens such as d3
 * transitions). Scroll-driven animations (the reading-progress bar) follow
 * the reader's own scrolling and are allowed.
 */
import type { Page } from '@playwright/test';

/** Elements whose computed transitions or time-based animations last longer than 10 ms. */
export async function movingStyles(page: Page): Promise<string[]> {
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
export function motionWhileReading(): Promise<string[]> {
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
      for (let last = Number.NaN, still = 0; still < 1;) {
        await frame();
        still = window.scrollY === last ? still + 1 : 0;
        last = window.scrollY;
      }
      changes = new Map();
      // Watch: with reduced motion nothing should keep changing (a tween changes its marks every frame).
      for (frameNumber = 0; frameNumber < 4; frameNumber += 1) await frame();
      for (const animation of running()) problems.add(animation);
      for (const [node, attributes] of changes) {
        for (const [name, frames] of attributes) if (frames.size >= 3) problems.add(`${describe(node)} ${name} changed in ${frames.size} frames after scrolling stopped`);
      }
      if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
    }
    return [...problems].slice(0, 20);
  })();
}
