/** The persuaded-totals chart's own arithmetic. */
import { describe, expect, it } from 'vitest';
import { monthsInclusive } from './build';

describe('the campaign window', () => {
  it('counts calendar months inclusively: April 2021 to July 2022 is 16', () => {
    expect(monthsInclusive('2021-04', '2022-07')).toBe(16);
    expect(monthsInclusive('2022-01', '2022-01')).toBe(1);
  });
});
