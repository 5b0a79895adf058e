/** The name of a state, read back from its picture. */
import { describe, expect, it } from 'vitest';
import { stateHeading } from './state-heading';

describe('stateHeading', () => {
  it('reads the heading texts of a picture, lines joined, entities decoded', () => {
    const picture =
      '<svg><text class="chart-text chart-text--heading" x="2" y="15">Europe: 36 &amp; more</text><text class="chart-text">Madrid</text>' +
      '<text class="chart-text chart-text--heading"><tspan x="2">Two official</tspan><tspan x="2" dy="1.2em">totals</tspan></text></svg>';
    expect(stateHeading(picture)).toBe('Europe: 36 & more Two official totals');
  });

  it('is empty for a picture with no heading', () => {
    expect(stateHeading('<svg><text class="chart-text">x</text></svg>')).toBe('');
  });
});
