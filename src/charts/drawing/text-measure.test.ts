/** Text wrapped and measured for SVG at build time. */
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-measure';

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
