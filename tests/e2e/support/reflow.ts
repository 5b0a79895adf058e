/**
 * Finds what a narrow or zoomed window cuts off: sideways scrolling of the
 * page, elements that stick out of the window (unless inside a box the reader
 * can scroll, which WCAG allows for tables and maps), text clipped by
 * `overflow: hidden`, and chart labels that fall outside their SVG. In a
 * drawing, the marks and labels are measured, not the groups that hold them.
 */
import type { Page } from '@playwright/test';

export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> "${text}"`;
    };
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`the page scrolls sideways: content is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    }
    const scrollsSideways = (element: Element) => /(auto|scroll)/.test(getComputedStyle(element).overflowX);
    const insideScroller = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) if (scrollsSideways(node)) return true;
      return false;
    };
    const reported = new Set<Element>();
    const underReported = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) if (reported.has(node)) return true;
      return false;
    };
    // Shapes inside an <svg> that clips to its box, or under a clip-path (a
    // map cut to its frame), cannot stick out of the window whatever their
    // own box says; the labels are checked against their chart below.
    const clippedBySvg = (element: Element) => {
      const svg = element.parentElement?.closest('svg');
      if (!svg) return false;
      if (getComputedStyle(svg).overflow !== 'visible') return true;
      for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
        if (getComputedStyle(node).clipPath !== 'none') return true;
      }
      return false;
    };
    // Inside a drawing, only what paints counts: a group's box is the union of its children's
    // boxes before any clip-path a child applies, so it can reach past a frame its marks stay in.
    const svgContainer = (element: Element) => element instanceof SVGElement && !(element instanceof SVGSVGElement) && /^(g|defs|symbol|clipPath|mask|marker|pattern|a|switch)$/.test(element.tagName);
    for (const element of document.body.querySelectorAll('*')) {
      if (svgContainer(element) || clippedBySvg(element)) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      // 1px boxes are the visually-hidden pattern, meant for screen readers only.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(element);
      if ((rect.right > width + 1 || rect.left < -1) && !insideScroller(element) && !underReported(element)) {
        reported.add(element);
        problems.push(`${describe(element)} sticks out of the ${width}px window (${Math.round(rect.left)}…${Math.round(rect.right)}px)`);
      }
      const clips = /(hidden|clip)/.test(`${style.overflowX} ${style.overflowY}`);
      const html = element as HTMLElement;
      if (clips && (element.textContent ?? '').trim() && (html.scrollWidth > html.clientWidth + 1 || html.scrollHeight > html.clientHeight + 1) && !underReported(element)) {
        reported.add(element);
        problems.push(`${describe(element)} clips its text (${html.scrollWidth}×${html.scrollHeight} content in a ${html.clientWidth}×${html.clientHeight} box)`);
      }
    }
    for (const label of document.querySelectorAll('svg text')) {
      const svg = label.closest('svg');
      if (!svg || !label.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || !(label.textContent ?? '').trim()) continue;
      const box = svg.getBoundingClientRect();
      const rect = label.getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
        problems.push(`chart label "${(label.textContent ?? '').trim().slice(0, 40)}" falls outside its chart`);
      }
    }
    return problems.slice(0, 25);
  });
}
