/**
 * One type scale: the sizes the layouts measure with (type-scale.ts) are the
 * sizes charts.css draws with, at the drawing's narrow size and at every step
 * down in a wide drawing; and the smallest is at least 12 px on a phone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAWING_WIDTH, MIN_TEXT_PX, NARROWEST_WIDTH, TYPE, TYPE_STEPS } from './type-scale';

const css = readFileSync('src/charts/charts.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The font size each tone gets from rules in this CSS (a tone without its own size takes .chart-text's). */
function sizesIn(block: string): Partial<Record<keyof typeof TYPE, number>> {
  const sizeOf = (selector: string) => {
    const rule = new RegExp(`(?:^|[}\\s])${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(block)?.[1] ?? '';
    const size = /font-size:\s*([\d.]+)px/.exec(rule)?.[1];
    return size === undefined ? undefined : Number(size);
  };
  const base = sizeOf('.chart-text');
  return Object.fromEntries((Object.keys(TYPE) as Array<keyof typeof TYPE>).map((tone) => [tone, sizeOf(`.chart-text--${tone}`) ?? base]));
}

/** The body of the block that opens with `prelude`. */
function blockAfter(prelude: string): string {
  const start = css.indexOf(prelude);
  if (start < 0) return '';
  let depth = 0;
  for (let index = css.indexOf('{', start); index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    if (css[index] === '}' && --depth === 0) return css.slice(css.indexOf('{', start) + 1, index);
  }
  return '';
}

describe('the charts\u2019 type scale', () => {
  it('draws every tone at the size the layouts measure it with', () => {
    const outside = css.replace(/@container[^{]*\{[\s\S]*?\}\s*\}/g, '');
    const drawn = sizesIn(outside);
    for (const tone of Object.keys(TYPE) as Array<keyof typeof TYPE>) expect(drawn[tone], tone).toBe(TYPE[tone].size);
  });

  it.each(TYPE_STEPS)('steps every tone down by $scale in a drawing at least $minWidth × $minHeight px', (step) => {
    const block = blockAfter(`@container chart-drawing (min-width: ${step.minWidth}px) and (min-height: ${step.minHeight}px)`);
    expect(block).not.toBe('');
    const drawn = sizesIn(block);
    for (const tone of Object.keys(TYPE) as Array<keyof typeof TYPE>) expect(drawn[tone], tone).toBeCloseTo(TYPE[tone].size * step.scale, 5);
  });

  it('keeps the smallest text at least 12 px on a 375 px phone', () => {
    const smallest = Math.min(...Object.values(TYPE).map((type) => type.size));
    expect(smallest * (NARROWEST_WIDTH / DRAWING_WIDTH)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it('sets no other type size in the charts\u2019 stylesheet', () => {
    const selectors = [...css.matchAll(/([^{}]+)\{[^{}]*font-size/g)].map((match) => (match[1] ?? '').trim());
    expect(selectors.filter((selector) => !/^\.chart-text(--\w+)?$/.test(selector))).toEqual([]);
  });
});
