/**
 * What lets a chart's share card show the chart's own labels: the WOFF fonts
 * unpacked to SFNT for resvg, and the chart SVG written into the card's SVG.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineSvgImages } from './card-image';
import { woffToSfnt } from './woff-to-sfnt';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff'));

/** Offset and length of a table in an SFNT, from its directory. */
function sfntTable(font: Buffer, tag: string): { offset: number; length: number } | undefined {
  for (let index = 0; index < font.readUInt16BE(4); index += 1) {
    const at = 12 + 16 * index;
    if (font.toString('latin1', at, at + 4) === tag) return { offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) };
  }
  return undefined;
}

describe('woffToSfnt', () => {
  it('gives a TrueType font with every table of the WOFF, unpacked', () => {
    const font = woffToSfnt(woff);
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(font.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    const head = sfntTable(font, 'head');
    expect(head).toBeDefined();
    // The head table's magic number sits 12 bytes in: only a correctly unpacked table has it.
    expect(font.readUInt32BE((head?.offset ?? 0) + 12)).toBe(0x5f0f3cf5);
    expect(sfntTable(font, 'glyf')?.length ?? 0).toBeGreaterThan(1000);
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF/);
  });
});

describe('inlineSvgImages', () => {
  it('replaces an SVG image with the same SVG, nested at the same place and size', () => {
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 400" width="360" height="400"><text>Europe</text></svg>';
    const card = `<svg width="1200" height="630"><image x="668" y="70" width="440" height="460" href="data:image/svg+xml;base64,${Buffer.from(chart).toString('base64')}" preserveAspectRatio="none"/></svg>`;
    const inlined = inlineSvgImages(card);
    expect(inlined).not.toContain('<image');
    expect(inlined).toContain('<text>Europe</text>');
    expect(inlined).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 400" x="668" y="70" width="440" height="460" preserveAspectRatio="xMidYMid meet">');
  });

  it('leaves other images alone', () => {
    const card = '<svg><image x="0" y="0" width="10" height="10" href="data:image/png;base64,AAAA"/></svg>';
    expect(inlineSvgImages(card)).toBe(card);
  });
});
