/**
 * Keyboard helpers for the gates: list the controls a keyboard user should
 * reach (in document order), Tab through a page recording where focus lands
 * and how the focus ring looks, and press keys through DevTools.
 */
import type { CDPSession, Page } from '@playwright/test';
import { composite, contrastRatio, parseCssColor, type Rgba } from '../../support/site';
import { evaluateIn } from './devtools';

export interface FocusStop {
  /** Position among listTabbables() in document order; -1 when focus landed elsewhere. */
  index: number;
  description: string;
  /** Chromium makes scrollable boxes focusable; those stops are allowed extras. */
  scroller: boolean;
  /** Some part of the element is on screen and not covered (e.g. by the sticky header). */
  onScreen: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  /** Outline and box-shadow before the element had focus. */
  unfocusedRing: string;
  /** Background colours under the ring, from the element (or, for a ring outside it, its parent) up to the first opaque one. */
  backgrounds: string[];
}

export interface TabbableControls {
  /** Controls in the Tab order, in document order. */
  controls: string[];
  /** Elements with tabindex above 0, which jump the queue. */
  positiveTabindex: string[];
  /** Visible links and form controls taken out of the Tab order (outside a widget with arrow-key navigation). */
  unreachable: string[];
}

/** Marks every control that should be in the Tab order with data-gate-tab="<n>" and describes them. */
export async function listTabbables(page: Page): Promise<TabbableControls> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const href = element.getAttribute('href');
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${href ? ` href="${href}"` : ''}> ${text}`;
    };
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
    const controls: string[] = [];
    const radioGroups = new Set<string>();
    const unreachable: string[] = [];
    // Widgets where arrow keys move between items, so only one item needs to be in the Tab order.
    const compositeWidget = '[role="toolbar"], [role="tablist"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="menubar"], [role="grid"], [role="tree"], [role="treegrid"]';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.matches(':disabled') || element.closest('[inert]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      if (element.tabIndex < 0) {
        const native = element.matches('a[href], button, input, select, textarea, summary');
        const radio = element instanceof HTMLInputElement && element.type === 'radio';
        if (native && !radio && !element.closest(compositeWidget)) unreachable.push(describe(element));
        continue;
      }
      if (element.tagName === 'SUMMARY' && element.parentElement?.querySelector(':scope > summary') !== element) continue;
      // Only one radio button of a group is in the Tab order: the checked one, or the first.
      if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
        const checked = document.querySelector(`input[type="radio"][name="${CSS.escape(element.name)}"]:checked`);
        if (checked ? checked !== element : radioGroups.has(element.name)) continue;
        radioGroups.add(element.name);
      }
      element.dataset.gateTab = String(controls.length);
      element.dataset.gateRing = `${getComputedStyle(element).outline} | ${getComputedStyle(element).boxShadow}`;
      controls.push(describe(element));
    }
    const positiveTabindex = [...document.querySelectorAll<HTMLElement>('[tabindex]')].filter((element) => element.tabIndex > 0).map(describe);
    return { controls, positiveTabindex, unreachable };
  });
}

// DevTools key events: three times faster than page.keyboard on a long page, and the same to the browser.
const KEYS = {
  Tab: { code: 'Tab', keyCode: 9, text: undefined },
  PageDown: { code: 'PageDown', keyCode: 34, text: undefined },
  PageUp: { code: 'PageUp', keyCode: 33, text: undefined },
  ArrowDown: { code: 'ArrowDown', keyCode: 40, text: undefined },
  ArrowUp: { code: 'ArrowUp', keyCode: 38, text: undefined },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
} as const;

export type KeyName = keyof typeof KEYS;

export async function pressKey(cdp: CDPSession, key: KeyName): Promise<void> {
  const { code, keyCode, text } = KEYS[key];
  const common = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  // Sent together: DevTools handles a session's input events in order, and one round trip is half the wait.
  await Promise.all([
    cdp.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', ...common, ...(text ? { text } : {}) }),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common }),
  ]);
}

/**
 * Where focus is now and how its ring looks, or null when focus is not in the page.
 * No frame is awaited: DevTools answers a key event once the page has handled it,
 * focus scrolling is instant under reduced motion (the walk turns it on), and
 * reading styles and boxes brings layout up to date.
 */
function inspectFocus(cdp: CDPSession): Promise<FocusStop | null> {
  return evaluateIn(cdp, (): FocusStop | null => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return null;
    const style = getComputedStyle(element);
    const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const points: [number, number][] = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 2, rect.top + 2],
      [rect.right - 2, rect.bottom - 2],
      [rect.left + 2, rect.bottom - 2],
      [rect.right - 2, rect.top + 2],
    ];
    const onScreen = points.some(([x, y]) => {
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return !!hit && (hit === element || element.contains(hit));
    });
    // An outline is drawn outside the border (unless pulled in by a negative offset), over what is behind the element.
    const backgrounds: string[] = [];
    const outlineInside = (parseFloat(style.outlineOffset) || 0) < 0;
    for (let node: Element | null = outlineInside ? element : element.parentElement; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      if (background === 'rgba(0, 0, 0, 0)' || background === 'transparent') continue;
      backgrounds.push(background);
      if (!/rgba|\/\s*0?\.\d/.test(background)) break;
    }
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const href = element.getAttribute('href');
    const scrollable = /(auto|scroll)/.test(`${style.overflowX} ${style.overflowY}`) && (element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight);
    return {
      index: element.dataset.gateTab === undefined ? -1 : Number(element.dataset.gateTab),
      description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${href ? ` href="${href}"` : ''}> ${text}`,
      scroller: scrollable && element.dataset.gateTab === undefined,
      onScreen,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      unfocusedRing: element.dataset.gateRing ?? '',
      backgrounds,
    };
  });
}

/** Presses Tab until focus leaves the page or comes back round; returns each place focus stopped. */
export async function tabThrough(page: Page, limit: number): Promise<FocusStop[]> {
  const cdp = await page.context().newCDPSession(page);
  const stops: FocusStop[] = [];
  try {
    for (let press = 0; press < limit; press += 1) {
      await pressKey(cdp, 'Tab');
      const stop = await inspectFocus(cdp);
      if (!stop) break;
      if (stops.length > 0 && stop.index >= 0 && stop.index === stops[0]?.index) break;
      // Tabbing inside a frame keeps the frame focused in this document.
      if (stops.at(-1)?.description === stop.description && stop.index === stops.at(-1)?.index) continue;
      stops.push(stop);
    }
  } finally {
    await cdp.detach();
  }
  return stops;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** What is wrong with a stop's focus indicator, or undefined when it is clearly visible. */
export function focusRingProblem(stop: FocusStop): string | undefined {
  if (!stop.onScreen) return 'focused element is off screen or covered';
  const ring = `${stop.outlineStyle} ${stop.outlineWidth}px ${stop.outlineColor} | ${stop.boxShadow}`;
  const hasOutline = stop.outlineStyle !== 'none' && stop.outlineWidth >= 2;
  const hasShadow = stop.boxShadow !== 'none';
  if (!hasOutline && !hasShadow) return `no focus ring (outline ${stop.outlineStyle} ${stop.outlineWidth}px, box-shadow ${stop.boxShadow})`;
  if (stop.unfocusedRing.startsWith(`${stop.outlineColor} ${stop.outlineStyle} ${stop.outlineWidth}px`) && stop.unfocusedRing.endsWith(`| ${stop.boxShadow}`)) {
    return `focus does not change the element's outline or shadow (${ring})`;
  }
  if (hasOutline) {
    const outline = parseCssColor(stop.outlineColor);
    const background = [...stop.backgrounds].reverse().reduce<Rgba>((below, colour) => {
      const parsed = parseCssColor(colour);
      return parsed ? composite(parsed, below) : below;
    }, WHITE);
    if (outline && contrastRatio(composite(outline, background), background) < 3) {
      return `focus ring contrast ${contrastRatio(composite(outline, background), background).toFixed(2)}:1 is below 3:1 (${stop.outlineColor} on ${stop.backgrounds[0] ?? 'white'})`;
    }
  }
  return undefined;
}
