/**
 * Chart words: placeholders filled from data, and text wrapped and measured
 * for SVG at build time.
 */
import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn } from '../../shared/text-template';
import { textWidth, wrapText } from './text-measure';
import { monthsInclusive } from '../persuaded-totals/build';

describe('text templates', () => {
  it('fills placeholders from values', () => {
    expect(fillTemplate('{located} of the {total} stations', { located: 52, total: 54 }, 'x.yaml')).toBe('52 of the 54 stations');
    expect(placeholdersIn('{a} and {b} and {a}')).toEqual(['a', 'b']);
  });

  it('names the file, the place and the unknown placeholder', () => {
    expect(() => fillTemplate('{totl} stations', { total: 54 }, 'content/charts/x.yaml, title')).toThrow('content/charts/x.yaml, title: unknown placeholder {totl}. Known here: total.');
  });
});

describe('wrapping SVG text', () => {
  it('breaks at spaces within the width', () => {
    const lines = wrapText('Not broken down by country in our sources', 100, 12.5);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12.5)).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe('Not broken down by country in our sources');
  });

  it('breaks Chinese text between characters', () => {
    const lines = wrapText('官方说法未经独立核实中国并未将这些返回归因于海外警务站', 120, 12);
    expect(lines.length).toBe(3);
    expect(lines.join('')).toBe('官方说法未经独立核实中国并未将这些返回归因于海外警务站');
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapText('Supercalifragilistic is long', 40, 12)[0]).toBe('Supercalifragilistic');
  });
});

describe('the campaign window', () => {
  it('counts calendar months inclusively: April 2021 to July 2022 is 16', () => {
    expect(monthsInclusive('2021-04', '2022-07')).toBe(16);
    expect(monthsInclusive('2022-01', '2022-01')).toBe(1);
  });
});
