/**
 * The classes and custom properties that let CSS alone switch a chart's
 * state, and the stylesheet rules they rely on: one block per state index,
 * written for every state of every chart in the registry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTS, CHART_IDS, MOST_STATES } from '../registry';
import { stateRules } from '../state-styles';
import { lookClasses, onlyIn, placeStyle, restingStates, stateIndex, transformValue } from './state-looks';

const states = ['world', 'europe', 'britain'] as const;

describe('look classes', () => {
  it('names the states a mark is hidden or dimmed in, by position', () => {
    expect(lookClasses(states, (state) => (state === 'world' ? 1 : state === 'europe' ? 2 : 0))).toBe('dim-1 off-2');
  });
  it('is empty for a mark that always shows', () => {
    expect(lookClasses(states, () => 1)).toBe('');
  });
  it('shows a mark in one state only', () => {
    expect(onlyIn(states, 'europe')).toBe('off-0 off-2');
  });
});

describe('places', () => {
  it('writes a move, and a scale only when there is one, rounded', () => {
    expect(transformValue({ x: 1.234, y: -5 })).toBe('translate(1.2px,-5px)');
    expect(transformValue({ x: 0, y: 3, scaleX: 2 })).toBe('translate(0px,3px) scale(2,2)');
    expect(transformValue({ x: 0, y: 3, scaleX: 1, scaleY: 47.666 })).toBe('translate(0px,3px) scale(1,47.67)');
  });
  it('gives a custom property per state, in order', () => {
    expect(placeStyle(states, (state) => ({ x: states.indexOf(state), y: 0 }))).toBe('--at-0:translate(0px,0px);--at-1:translate(1px,0px);--at-2:translate(2px,0px)');
  });
  it('finds a state by position and refuses one the list lacks', () => {
    expect(stateIndex(states, 'britain')).toBe(2);
    expect(() => stateIndex(states, 'americas')).toThrow('"americas" is not one of the states world, europe, britain');
  });
});

describe('where a hidden mark waits', () => {
  it('waits, through a run of hidden states, at the place it enters from', () => {
    expect(restingStates([0, 0, 0, 1])).toEqual([2, 2, 2, 3]);
    expect(restingStates([1, 2, 0, 0])).toEqual([0, 1, 2, 2]);
  });
  it('keeps both ends of a run that has shown states on both sides', () => {
    expect(restingStates([1, 0, 0, 0, 1])).toEqual([0, 1, 3, 3, 4]);
    expect(restingStates([2, 0, 0, 1])).toEqual([0, 1, 2, 3]);
    expect(restingStates([1, 0, 1, 0, 1])).toEqual([0, 1, 2, 3, 4]);
  });
  it('moves a mark that never shows nowhere, and leaves a shown mark alone', () => {
    expect(restingStates([0, 0, 0])).toEqual([0, 0, 0]);
    expect(restingStates([1, 2, 1])).toEqual([0, 1, 2]);
    expect(restingStates([])).toEqual([]);
  });
  it('writes the waiting place into the style of a mark that is hidden', () => {
    const hiddenUntilBritain = (state: (typeof states)[number]) => (state === 'britain' ? 1 : 0);
    // Hidden in world and europe: it waits at its europe place, where it enters britain from.
    expect(placeStyle(states, (state) => ({ x: states.indexOf(state), y: 0 }), hiddenUntilBritain)).toBe(
      '--at-0:translate(1px,0px);--at-1:translate(1px,0px);--at-2:translate(2px,0px)',
    );
  });
});

describe('the stylesheet and the registry agree', () => {
  const css = readFileSync('src/charts/charts.css', 'utf8').replace(/\s+/g, ' ');
  const rules = stateRules(MOST_STATES).replace(/\s+/g, ' ');

  it('keeps vector-effect out of the charts: on a moving or zooming mark it costs a layout and repaint of the drawing on every frame', () => {
    expect(css.replace(/\/\*.*?\*\//g, '')).not.toMatch(/vector-effect/);
  });

  it.each(CHART_IDS)('%s has no more states than the state rules are written for', (chart) => {
    expect(CHARTS[chart].states.length).toBeLessThanOrEqual(MOST_STATES);
  });

  it.each(Array.from({ length: MOST_STATES }, (_value, index) => index))('the state rules switch state index %i', (index) => {
    const at = `[data-state-index='${index}']`;
    expect(rules).toContain(`${at} .chart-move { transform: var(--at-${index}); }`);
    expect(rules).toContain(`${at} .off-${index} { opacity: 0; pointer-events: none; }`);
    expect(rules).toContain(`${at} .dim-${index} { opacity: 0.28; }`);
    expect(rules).toContain(`@property --at-${index} { syntax: '*'; inherits: false; }`);
    // Leaving marks fade in place, then jump unseen.
    expect(rules).toMatch(new RegExp(`\\[data-state-index='${index}'\\] \\.chart-move\\.off-${index}[ ,{][^}]*transform 0s linear 300ms`));
    // A map border leaves at once (drawn for one zoom, it must not be seen at another).
    expect(rules).toMatch(new RegExp(`\\[data-state-index='${index}'\\] \\.map-border\\.off-${index}[ ,{][^}]*transition: none`));
  });

  it('writes no rule for an index no chart has', () => {
    expect(rules).not.toContain(`[data-state-index='${MOST_STATES}']`);
  });
});
