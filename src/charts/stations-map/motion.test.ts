/**
 * A map move runs pan, then dots, then labels: the land's zoom first (the
 * dots riding it, so each stays on its city), then the dots the new state
 * brings in or dims, then the new state's labels. Words that leave go at
 * once. All of it only for readers who have not asked for less motion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateRules } from '../state-styles';

const css = readFileSync('src/charts/charts.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const motion = /@media \(prefers-reduced-motion: no-preference\)\s*\{([\s\S]*)\}\s*$/.exec(css.slice(css.indexOf('@media (prefers-reduced-motion: no-preference)')))?.[1] ?? '';

/** The transitions set by the rule whose selector list includes `selector`, as property → [duration, delay] in ms. */
function transitionsOf(block: string, selector: string): Map<string, [number, number]> {
  for (const [, selectors = '', body = ''] of block.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!selectors.split(',').some((part) => part.trim() === selector)) continue;
    const value = /transition:\s*([^;]+);/.exec(body)?.[1] ?? '';
    return new Map(
      value.split(/,(?![^(]*\))/).map((part) => {
        const [property = '', ...times] = part.trim().split(/\s+/);
        const ms = times.filter((word) => /^\d+m?s$/.test(word)).map((word) => (word.endsWith('ms') ? Number.parseFloat(word) : Number.parseFloat(word) * 1000));
        return [property, [ms[0] ?? 0, ms[1] ?? 0]];
      }),
    );
  }
  return new Map();
}

describe('a move of the stations map', () => {
  const land = transitionsOf(motion, '.chart-move').get('transform');
  const dots = transitionsOf(motion, '.chart-svg--stations-map .map-dot.chart-move');
  const labels = transitionsOf(motion, '.chart-svg--stations-map .chart-texts').get('opacity');

  it('moves only for readers who have not asked for less motion', () => {
    expect(motion).not.toBe('');
    expect(css.replace(/@media \(prefers-reduced-motion: no-preference\)[\s\S]*$/, '')).not.toMatch(/transition/);
  });

  it('pans the land, with the dots riding it', () => {
    expect(land?.[0]).toBeGreaterThan(0);
    expect(dots.get('transform')).toEqual(land);
  });

  it('then shows or dims dots, once the pan has landed', () => {
    const [, delay = 0] = dots.get('opacity') ?? [];
    expect(delay).toBeGreaterThanOrEqual((land?.[0] ?? 0) * 0.9);
  });

  it('then brings in the labels, last', () => {
    const [dotDuration = 0, dotDelay = 0] = dots.get('opacity') ?? [];
    expect(labels?.[1]).toBeGreaterThanOrEqual(dotDelay + dotDuration * 0.9);
    expect(transitionsOf(motion, '.chart-svg--stations-map .chart-legend').get('opacity')).toEqual(labels);
  });

  it('takes away the words of the state it leaves at once, not after the pan', () => {
    const rules = stateRules(4);
    const leaving = /\.chart-svg \[data-state-index='1'\] \.chart-texts\.off-1[^{]*\{\s*transition:\s*([^;]+);/.exec(rules)?.[1] ?? '';
    expect(leaving).toMatch(/^opacity \d+ms ease$/);
    // Three classes and an attribute: it beats the map's own rules for arriving words and dots, which have two or three classes.
    const dotsLeaving = /\.chart-svg \[data-state-index='1'\] \.chart-move\.off-1[^{]*\{\s*transition:\s*([^;]+);/.exec(rules)?.[1] ?? '';
    expect(dotsLeaving).toMatch(/^opacity \d+ms ease, transform 0s/);
  });
});
