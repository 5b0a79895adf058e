/**
 * Chart words never type a number: every count a chart shows is filled in
 * from the data ({placeholders}), so editing a words file cannot make a chart
 * disagree with its rows. Digits may only be ledger figures (as in the name
 * "110 Overseas") or dates, as in the story's prose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderedNumberScan } from '../trust/checks/evidence';
import { strayNumbers } from '../trust/checks/number-scan';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const files = readdirSync('content/charts').filter((name) => name.endsWith('.yaml'));

describe('chart words', () => {
  it('exist for every chart', () => {
    expect(files.sort()).toEqual(['persuaded-totals.yaml', 'stations-by-continent.yaml', 'stations-map.yaml', 'timeline.yaml']);
  });

  it.each(files)('%s types no number that is not a ledger figure or a date', (file) => {
    const data = parse(readFileSync(`content/charts/${file}`, 'utf8')) as Record<string, unknown>;
    // Source ids (S04) are ids, not numbers.
    const { sources: _ids, ...words } = data;
    const text = strings(words).join(' \n ');
    expect(strayNumbers(text, renderedNumberScan())).toEqual([]);
  });

  it('the check sees a typed number', () => {
    expect(strayNumbers('Europe has 37 stations', renderedNumberScan())).toEqual(['37']);
  });
});
