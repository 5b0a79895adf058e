import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterReadingGrade, MAX_READING_GRADE, proseForReadability, readingGrade, readingLevelProblems } from './readability';

const chapters = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ file: `content/chapters/${name}`, mdx: readFileSync(`content/chapters/${name}`, 'utf8') }));

/** Rewrites a chapter the way a hurried editor might: every sentence of a paragraph run into one, with longer words. */
function madeHarder(mdx: string): string {
  return mdx
    .replace(/\. (?=[A-Z])/g, ', and consequently ')
    .replace(/\bsays\b/g, 'characterises')
    .replace(/\bhelp\b/g, 'administrative assistance')
    .replace(/\bpeople\b/g, 'individuals');
}

describe('reading level', () => {
  it(`holds every chapter at Flesch–Kincaid grade ${MAX_READING_GRADE} or below`, () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
    expect(readingLevelProblems(chapters)).toEqual([]);
  });

  it('fails when a chapter is made harder to read, naming the file', () => {
    const first = chapters[0];
    if (!first) throw new Error('no chapters');
    const harder = { file: first.file, mdx: madeHarder(first.mdx) };
    expect(chapterReadingGrade(harder.mdx)).toBeGreaterThan(MAX_READING_GRADE);
    const problems = readingLevelProblems([...chapters.slice(1), harder]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(first.file);
  });

  it('grades dense official prose well above the limit and plain prose well below it', () => {
    const hard = readFileSync('tests/fixtures/readability/hard-prose.txt', 'utf8');
    expect(readingGrade(hard)).toBeGreaterThan(16);
    expect(readingGrade('The cat sat on the mat. The dog ran to the park. We had fun in the sun.')).toBeLessThan(3);
  });

  it('reads headings, paragraphs and quoted words, but not tags or front matter', () => {
    const prose = proseForReadability(
      [
        '---',
        'title: "Front matter title"',
        '---',
        '<h2 id="who">Who said it?</h2>',
        '',
        'She said it.<Cite src="voa" claim="c-x" /> It had <Fig id="stations-sept-2022" /> parts.',
        '',
        '<Quote src="voa" by="Someone" words="A quoted passage without a full stop" />',
      ].join('\n'),
    );
    expect(prose).not.toContain('Front matter');
    expect(prose).not.toMatch(/[<>]/);
    expect(prose).toContain('Who said it?');
    expect(prose).toContain('She said it.');
    expect(prose).toContain('A quoted passage without a full stop.');
  });
});
