import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from './chapter-schema';
import { extractHeadings, assertUniqueIds } from './section-headings';
import { parseOrThrow } from '../shared/validation-error';

function frontmatterOf(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  return parse(match?.[1] ?? '');
}

describe('chapter front matter', () => {
  it('rejects a wrong field, naming the file and the field', () => {
    const file = 'tests/fixtures/chapters/broken-order.mdx';
    expect(() => parseOrThrow(chapterSchema, frontmatterOf(file), { file })).toThrow(
      /tests\/fixtures\/chapters\/broken-order\.mdx[\s\S]*field "order"/,
    );
  });

  it('rejects a missing field, naming the file and the field', () => {
    const file = 'tests/fixtures/chapters/missing-title.mdx';
    expect(() => parseOrThrow(chapterSchema, frontmatterOf(file), { file })).toThrow(
      /missing-title\.mdx[\s\S]*field "title"/,
    );
  });

  it('accepts every real chapter', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('content/chapters').filter((name) => name.endsWith('.mdx'));
    // The story is told in five to seven chapters.
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBeLessThanOrEqual(7);
    for (const name of files) {
      const file = `content/chapters/${name}`;
      expect(() => parseOrThrow(chapterSchema, frontmatterOf(file), { file })).not.toThrow();
    }
  });
});

describe('chapter headings', () => {
  it('reads explicit ids and heading text', () => {
    const headings = extractHeadings('<h2 id="who-runs-them">Who runs them?</h2>\n\n<h3 id="why">Why <Fig id="x" />?</h3>', 'a.mdx');
    expect(headings).toEqual([
      { level: 2, id: 'who-runs-them', text: 'Who runs them?' },
      { level: 3, id: 'why', text: 'Why ?' },
    ]);
  });

  it('rejects a Markdown heading without a stable id, naming the file', () => {
    const file = 'tests/fixtures/chapters/bad-heading.mdx';
    expect(() => extractHeadings(readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, ''), file)).toThrow(
      /bad-heading\.mdx: the Markdown heading "## A heading without an id"/,
    );
  });

  it('rejects a heading id that is not lower-case-hyphenated', () => {
    expect(() => extractHeadings('<h2 id="Who Runs">Who?</h2>', 'b.mdx')).toThrow(/b\.mdx: the heading id "Who Runs"/);
  });

  it('rejects an id used twice across chapters', () => {
    expect(() =>
      assertUniqueIds([
        { id: 'why', file: 'one.mdx' },
        { id: 'why', file: 'two.mdx' },
      ]),
    ).toThrow(/two\.mdx: the id "why" is already used in one\.mdx/);
  });
});
