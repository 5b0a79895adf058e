import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseCssColor } from './color-contrast';

describe('colour contrast', () => {
  it('reads computed-style colours', () => {
    expect(parseCssColor('rgb(11, 83, 148)')).toEqual({ r: 11, g: 83, b: 148, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseCssColor('rgb(0 0 0 / 25%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.25 });
    expect(parseCssColor('currentcolor')).toBeUndefined();
  });

  it('gives the WCAG ratios', () => {
    const white = { r: 255, g: 255, b: 255, a: 1 };
    const black = { r: 0, g: 0, b: 0, a: 1 };
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBeCloseTo(1, 5);
    // #777 on white is the classic just-fails-AA grey: 4.48:1.
    expect(contrastRatio({ r: 0x77, g: 0x77, b: 0x77, a: 1 }, white)).toBeCloseTo(4.48, 2);
  });

  it('blends a see-through colour over its background', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255, a: 1 })).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});
