/**
 * A chart's id is its figure's address on the page (#<chart-id>), so it must
 * not be any chapter's slug or any section's or step's id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from './registry';

const chapters = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readFileSync(`content/chapters/${name}`, 'utf8'));
const idsInChapters = chapters.flatMap((source) => [
  ...[...source.matchAll(/^slug:\s*(\S+)/gm)].map((match) => match[1] ?? ''),
  ...[...source.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1] ?? ''),
]);

describe('chart ids', () => {
  it('are read from the chapters (the check can see their ids)', () => {
    expect(idsInChapters).toContain('persuaded-to-return');
    expect(idsInChapters).toContain('map-step-europe');
  });

  it.each(CHART_IDS)('"%s" is no chapter slug, heading id or step id, nor the start of one', (chart) => {
    expect(idsInChapters.filter((id) => id === chart || id === `${chart}-title` || id === `${chart}-alt`)).toEqual([]);
  });
});
