/** The corrections log: newest first, and never ahead of the story's own last-updated date. */
import { describe, expect, it } from 'vitest';
import { parseCorrections } from './corrections';

describe('the corrections log', () => {
  it('lists corrections newest first', () => {
    const log = parseCorrections(
      [
        { date: '2026-11-27', text: 'First publication. No corrections yet.' },
        { date: '2026-12-02', text: 'Fixed the number of countries in chapter two.' },
      ],
      'c.yaml',
      '2026-12-02',
      'story.yaml',
    );
    expect(log.map((entry) => entry.date)).toEqual(['2026-12-02', '2026-11-27']);
  });

  it('fails when a correction is newer than the story’s last-updated date', () => {
    expect(() => parseCorrections([{ date: '2026-12-02', text: 'Fixed a date in chapter two.' }], 'content/corrections.yaml', '2026-11-27', 'content/story.yaml')).toThrow(
      'content/corrections.yaml: the correction of 2026-12-02 is later than "updated: 2026-11-27" in content/story.yaml. Set updated to 2026-12-02 or later.',
    );
  });
});
