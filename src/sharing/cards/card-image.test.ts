import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Font } from 'satori';
import { pngSize } from '../../../tools/png-size';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, renderCard, titleSize } from './card-image';

const font = (file: string) => readFileSync(`node_modules/${file}`);
const fonts: Font[] = [
  { name: CARD_FONTS.serif, weight: 700, style: 'normal', data: font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff') },
  { name: CARD_FONTS.sans, weight: 400, style: 'normal', data: font('@fontsource/inter/files/inter-latin-400-normal.woff') },
  { name: CARD_FONTS.sans, weight: 700, style: 'normal', data: font('@fontsource/inter/files/inter-latin-700-normal.woff') },
];

describe('share cards', () => {
  it('draws a 1200×630 PNG from a title and kicker', async () => {
    const png = await renderCard({ kicker: 'Chapter 1', title: 'What are the stations?', footer: 'Overseas 110' }, fonts);
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(png.byteLength).toBeGreaterThan(5_000);
  }, 20_000);

  it('draws a chart SVG beside the title when one is given', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="5" fill="#b3261e"/></svg>';
    const withChart = await renderCard({ kicker: 'Chart', title: 'Stations by continent', footer: 'Overseas 110', svg }, fonts);
    const without = await renderCard({ kicker: 'Chart', title: 'Stations by continent', footer: 'Overseas 110' }, fonts);
    expect(pngSize(withChart)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(Buffer.from(withChart).equals(Buffer.from(without))).toBe(false);
  }, 20_000);

  it('sets long titles smaller, and smaller again beside a chart', () => {
    const short = 'What are the stations?';
    const long = 'How many people has China persuaded to come home, and what does the number really count?';
    expect(titleSize(long, false)).toBeLessThan(titleSize(short, false));
    expect(titleSize(short, true)).toBeLessThanOrEqual(titleSize(short, false));
  });

  it('reads PNG dimensions and rejects other files', () => {
    expect(() => pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toThrow(/not a PNG/);
  });
});
