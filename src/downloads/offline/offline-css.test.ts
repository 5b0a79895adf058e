import { describe, expect, it } from 'vitest';
import { offlineCss } from './offline-css.ts';

const files: Record<string, string> = {
  '/_astro/core.woff2': 'data:font/woff2;base64,Q09SRQ==',
  '/_astro/greek.woff2': 'data:font/woff2;base64,R1JFRUs=',
  '/pattern.svg': 'data:image/svg+xml;base64,PHN2Zy8+',
};
const fonts = new Map([
  [
    '/_astro/core.woff2',
    [
      { weight: 400, url: 'data:font/woff2;base64,NDAw' },
      { weight: 700, url: 'data:font/woff2;base64,NzAw' },
    ],
  ],
]);
const options = { fonts, dataUrl: (address: string) => files[address], where: 'test.css' };
const run = (css: string) => offlineCss(css, options);

describe('offlineCss: scripting queries decided for a reader without JavaScript', () => {
  it('applies (scripting: none) rules unconditionally', () => {
    expect(run('@media (scripting: none) { .picture { display: block } }')).toBe('.picture{display:block}');
  });

  it('keeps the other features of a query that also asks for no scripting', () => {
    expect(run('@media (scripting: none) and (min-width: 64rem) { .a { color: red } }')).toBe('@media (width>=64rem){.a{color:red}}');
  });

  it('drops rules for scripting readers', () => {
    expect(run('@media (scripting: enabled) { .a { color: red } } @media (scripting: initial-only) { .b { color: red } } .c { color: blue }')).toBe('.c{color:#00f}');
  });

  it('decides negations and alternatives', () => {
    expect(run('@media not all and (scripting: none) { .a { color: red } }')).toBe('');
    expect(run('@media (not (scripting: none)) or (min-width: 10rem) { .a { color: red } }')).toBe('@media (width>=10rem){.a{color:red}}');
    expect(run('@media (scripting: none) or (min-width: 10rem) { .a { color: red } }')).toBe('.a{color:red}');
  });

  it('leaves other queries alone', () => {
    expect(run('@media print { .a { color: red } } @media (prefers-color-scheme: dark) { .b { color: red } }')).toBe('@media print{.a{color:red}}@media (prefers-color-scheme:dark){.b{color:red}}');
  });
});

describe('offlineCss: pictures', () => {
  it('gives every img rule to the inline pictures that replaced images', () => {
    expect(run('.step-picture img { max-height: 62mm }')).toBe('.step-picture :is(img,svg[data-offline-picture]){max-height:62mm}');
  });

  it('does not touch other selectors', () => {
    expect(run('.image, #img, [data-img] { color: red }')).toBe('.image,#img,[data-img]{color:red}');
  });
});

describe('offlineCss: fonts and files', () => {
  const faces = [
    '@font-face { font-family: "Text Serif"; src: url(/_astro/greek.woff2) format("woff2"); unicode-range: U+370-3FF }',
    '@font-face { font-family: "Text Serif"; font-display: optional; font-weight: 200 900; src: url(/_astro/core.woff2) format("woff2-variations"); unicode-range: U+20-7E }',
  ].join(' ');

  it('writes the preloaded face in as one face for each static weight, and leaves the other faces out', () => {
    const css = run(faces);
    const written = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(written).toHaveLength(2);
    for (const [face, weight, data] of [[written[0], 400, 'NDAw'], [written[1], 700, 'NzAw']] as const) {
      expect(face).toContain(`font-weight:${weight};`);
      expect(face).toContain(`src:url(data:font/woff2;base64,${data})format("woff2")`);
      // The file is in the page: wait for it rather than keep the fallback ("optional" gives up after 100 ms).
      expect(face).toContain('font-display:block');
      expect(face).toContain('unicode-range:U+20-7E');
    }
    expect(css).not.toContain('R1JFRUs=');
  });

  it('writes other files of the build in', () => {
    expect(run('.a { background: url(/pattern.svg) }')).toContain('url(data:image/svg+xml;base64,PHN2Zy8+)');
  });

  it('fails, naming the address, when a url() names no file of the build', () => {
    expect(() => run('.a { background: url(/missing.png) }')).toThrow(/test\.css: url\(\/missing\.png\) names no file of the build/);
  });
});
