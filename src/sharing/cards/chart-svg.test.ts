/** A chart as a standalone SVG in one state, as share cards draw it. */
import { describe, expect, it } from 'vitest';
import { chartSvgMarkup, lightTokens, standaloneCss } from './chart-svg';

describe('standalone SVG markup (for share images)', () => {
  it('writes out the light colours and keeps only the chosen state', () => {
    const svg = chartSvgMarkup('stations-map', 'britain');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/class="[^"]*\bis-off\b/);
    expect(svg).toContain('#b3261e');
    expect(svg).toContain('>Croydon<');
    expect(svg).not.toContain('>Madrid<');
  });

  it('refuses a state the chart does not have', () => {
    expect(() => chartSvgMarkup('timeline', 'world')).toThrow('"world" is not a state of the chart "timeline"');
  });

  it('resolves tokens and drops motion rules and state rules', () => {
    const css = standaloneCss(
      "/* x */ .a { fill: var(--c); } @property --at-0 { syntax: '*'; inherits: false; } [data-state-index='0'] .off-0 { opacity: 0; } @media (prefers-reduced-motion: no-preference) { .a { transition: x 1s; } [data-state-index='0'] .b.off-0, [data-state-index='1'] .b.off-1 { transition: none; } }",
      lightTokens(':root { --c: #123; }'),
    );
    expect(css).toBe('.a { fill: #123; } .is-off{display:none}');
  });

  it('drops the type steps of wide drawings, nested rules and all', () => {
    const css = standaloneCss('.a { font-size: 13px; } @container chart-drawing (min-width: 480px) and (min-height: 440px) { .a { font-size: 10px; } .b { x: 1; } } .c { fill: red; }', new Map());
    expect(css).toBe('.a { font-size: 13px; } .c { fill: red; } .is-off{display:none}');
  });
});
