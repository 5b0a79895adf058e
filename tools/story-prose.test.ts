/**
 * The story's length and reading level are measured on the built one-page
 * story (tools/check-story-length.ts, run by `npm run test:dist`); these
 * tests pin what counts as story prose and how the grade is worked out.
 */
import { describe, expect, it } from 'vitest';
import { measureProse, sentenceCount, STORY_LENGTH, storyLengthProblems, storyProseBlocks, syllablesOf, wordsOf } from './story-prose';

const page = `<!doctype html><html lang="en"><body>
<nav class="toc"><a href="#one">Contents link</a></nav>
<section class="chapter prose" id="one">
  <header class="chapter-header"><p class="kicker">Chapter 1</p><h2>Chapter title</h2><p class="summary">A summary.</p></header>
  <div class="story-part"><h3 id="s">A section heading</h3>
  <p>The group met in Madrid.<sup class="cite"><a href="#n1">1</a></sup> It said <q class="quote-inline">we are here</q> to <span class="term"><button class="term-toggle"><dfn>persuade</dfn></button><span class="term-popover">A long definition that must not count.</span></span> him.</p>
  <aside class="evidence-box"><p><strong>Found by courts.</strong> A man pleaded guilty.</p></aside></div>
  <figure class="quote"><blockquote><p>Someone else's words are not ours.</p></blockquote></figure>
  <figure class="chart-figure scrolly"><div class="scrolly-step"><div class="scrolly-card">Step text beside a chart.</div></div></figure>
  <table><tr><td>Table cell</td></tr></table>
  <span class="visually-hidden">Screen reader only</span>
  <details class="notes"><summary><h2>Sources for this chapter</h2></summary><ol><li>A source note.</li></ol></details>
</section>
<footer class="story-end">Cite this story</footer>
</body></html>`;

describe('story prose', () => {
  it('counts headings, paragraphs, inline quotes, term words and the box, and nothing else', () => {
    expect(storyProseBlocks(page)).toEqual([['A section heading', 'The group met in Madrid. It said we are here to persuade him.', 'Found by courts. A man pleaded guilty.']]);
  });

  it('leaves out notes, figures (charts with their steps, block quotes), tables and furniture', () => {
    const text = storyProseBlocks(page).flat().join(' ');
    for (const left of ['Contents link', 'Chapter title', 'A summary', 'definition', 'Someone else', 'Step text', 'Table cell', 'Screen reader', 'source note', 'Cite this']) expect(text).not.toContain(left);
  });
});

describe('measuring prose', () => {
  it('counts words, with figures and dates as single words', () => {
    expect(wordsOf('On 12 September 2022, it found 230,000 people’s cases.')).toEqual(['On', '12', 'September', '2022', 'it', 'found', '230,000', 'people’s', 'cases']);
  });

  it('ends a sentence at a full stop before the next word, and at the end of each block', () => {
    expect(sentenceCount('One. Two said “three.” Four')).toBe(3);
    expect(sentenceCount('A heading')).toBe(1);
    expect(sentenceCount('It cost HK$1.5 million.')).toBe(1);
  });

  it('gives a number three syllables and a word at least one', () => {
    expect(syllablesOf('230,000')).toBe(3);
    expect(syllablesOf('garden')).toBe(2);
    expect(syllablesOf('a')).toBe(1);
  });

  it('works out the Flesch–Kincaid grade without rounding on the way', () => {
    const measure = measureProse(['The cat sat on the mat. The dog ran to the park.', 'We had fun in the sun.']);
    expect(measure).toMatchObject({ words: 18, sentences: 3, syllables: 18 });
    expect(measure.grade).toBeCloseTo(0.39 * (18 / 3) + 11.8 - 15.59, 10);
  });

  it('accepts a story inside the window, and says what is wrong outside it', () => {
    const inside = { words: 2400, sentences: 180, syllables: 3700, grade: 8.5 };
    expect(storyLengthProblems(inside)).toEqual([]);
    expect(storyLengthProblems({ ...inside, words: 3300 })).toEqual([`The story has 3300 words of prose; it must have ${STORY_LENGTH.minWords} to ${STORY_LENGTH.maxWords}.`]);
    expect(storyLengthProblems({ ...inside, grade: 5.4 })[0]).toMatch(/grade 5\.4; it must read at 6\.5 to 10/);
    expect(storyLengthProblems({ ...inside, grade: 11.1 })).toHaveLength(1);
  });
});
