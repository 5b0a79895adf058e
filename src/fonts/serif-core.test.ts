import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as fontkit from 'fontkit';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { cutSerifCore, serifLatinSource } from './serif-core-font';
import { fontFaceRules, inUnicodeRange, missingFromCore, SERIF_CORE_CHARACTERS, SERIF_CORE_FILE, SERIF_CORE_WEIGHTS, unicodeRange, unicodeRangeWithout } from './serif-core';

const FULL_LATIN = 'source-serif-4-latin-wght-normal.woff2';

describe('unicodeRange', () => {
  it('sorts, drops repeats and merges neighbours into runs', () => {
    expect(unicodeRange('xcabca')).toBe('U+61-63,U+78');
    expect(unicodeRange('\u2019\u2018–')).toBe('U+2013,U+2018-2019');
  });
});

describe('inUnicodeRange', () => {
  it('reads single points and ranges', () => {
    expect(inUnicodeRange('U+20-7E,U+A0', 0x41)).toBe(true);
    expect(inUnicodeRange('U+20-7E,U+A0', 0xa0)).toBe(true);
    expect(inUnicodeRange('U+20-7E,U+A0', 0xa1)).toBe(false);
  });
  it('refuses wildcards rather than misreading them', () => {
    expect(() => inUnicodeRange('U+4??', 0x400)).toThrow(/wildcards/);
  });
});

describe('unicodeRangeWithout', () => {
  it('takes out the given characters and control characters, and merges what is left', () => {
    expect(unicodeRangeWithout('U+0000-0063,U+2013-2014', 'b\u2013')).toBe('U+20-61,U+63,U+2014');
    expect(unicodeRangeWithout('U+0080-00A1', '')).toBe('U+A0-A1');
  });
});

describe('missingFromCore', () => {
  it("names the face's characters the core lacks, once each, and skips white space and other scripts", () => {
    const latin = 'U+0000-00FF,U+2000-206F';
    expect(missingFromCore('São Paulo, Málaga and Málaga\t\n — 中国 ‡', latin)).toEqual(['á', '‡']);
    expect(missingFromCore('Viña del Mar\u00a0· 230,000 “persuaded”…', latin)).toEqual([]);
  });
});

describe('fonts.css', () => {
  const faces = fontFaceRules(readFileSync('src/styles/fonts.css', 'utf8'));
  const core = faces.at(-1)!;
  const full = faces.find((face) => face.src.includes(FULL_LATIN))!;

  it('declares the core face last, so the browser looks there first', () => {
    expect(core.src).toContain(basename(SERIF_CORE_FILE));
    expect(faces.filter((face) => face.src.includes(basename(SERIF_CORE_FILE)))).toHaveLength(1);
  });

  it("gives the core face exactly the core's characters", () => {
    expect(core['unicode-range']).toBe(unicodeRange(SERIF_CORE_CHARACTERS));
  });

  it("gives the full Latin face the package's Latin characters that the core lacks, and no others", () => {
    // @fontsource's own stylesheet says which characters its Latin file covers.
    const packaged = fontFaceRules(readFileSync('node_modules/@fontsource-variable/source-serif-4/index.css', 'utf8')).find((face) => face.src.includes(FULL_LATIN))!;
    expect(full['unicode-range']).toBe(unicodeRangeWithout(packaged['unicode-range'], SERIF_CORE_CHARACTERS));
    // No overlap: were the core to fail to load, the browser would fetch the full file for plain text.
    for (const character of SERIF_CORE_CHARACTERS) expect(inUnicodeRange(full['unicode-range'], character.codePointAt(0)!), character).toBe(false);
  });

  it('gives every face the same family, style, weight and display, so the browser composes them as one font', () => {
    const descriptors = (face: Record<string, string>) => [face['font-family'], face['font-style'], face['font-weight'], face['font-display']];
    for (const face of faces) expect(descriptors(face), face.src).toEqual(descriptors(core));
  });
});

describe('the core font file', async () => {
  const source = serifLatinSource(process.cwd());
  const cut = await cutSerifCore(source);
  // fontkit makes weight instances only of plain TrueType, not of WOFF2.
  const original = fontkit.create(await fontverter.convert(source, 'sfnt')) as fontkit.Font;
  const subset = fontkit.create(await fontverter.convert(cut, 'sfnt')) as fontkit.Font;

  it("keeps the font's copyright and the address of its licence (SIL Open Font License)", () => {
    expect(subset.copyright).toBe(original.copyright);
    expect(original.getName('licenseURL', 'en')).toContain('OFL');
    expect(subset.getName('licenseURL', 'en')).toBe(original.getName('licenseURL', 'en'));
  });

  it('is less than half the size of the full Latin file', () => {
    expect(cut.length).toBeLessThan(source.length / 2);
  });

  it('has a glyph for every core character and keeps only the weights the pages use', () => {
    for (const character of SERIF_CORE_CHARACTERS) expect(subset.hasGlyphForCodePoint(character.codePointAt(0)!), `U+${character.codePointAt(0)!.toString(16)}`).toBe(true);
    expect(subset.hasGlyphForCodePoint('é'.codePointAt(0)!)).toBe(false);
    expect(subset.variationAxes.wght).toMatchObject({ min: SERIF_CORE_WEIGHTS.min, max: SERIF_CORE_WEIGHTS.max });
  });

  it('draws every core character as the full file does, at every kept weight', () => {
    for (const weight of [SERIF_CORE_WEIGHTS.min, 500, 600, SERIF_CORE_WEIGHTS.max]) {
      const before = original.getVariation({ wght: weight });
      const after = subset.getVariation({ wght: weight });
      for (const character of SERIF_CORE_CHARACTERS) {
        const [a] = before.glyphsForString(character);
        const [b] = after.glyphsForString(character);
        const label = `${JSON.stringify(character)} at ${weight}`;
        expect(b.advanceWidth, label).toBeCloseTo(a.advanceWidth, 0);
        // A space has no outline: its box is empty (infinite) in both files.
        for (const edge of ['minX', 'minY', 'maxX', 'maxY'] as const) {
          if (!Number.isFinite(a.bbox[edge])) expect(b.bbox[edge], `${label} ${edge}`).toBe(a.bbox[edge]);
          else expect(Math.abs(b.bbox[edge] - a.bbox[edge]), `${label} ${edge}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
