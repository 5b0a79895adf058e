/**
 * The story's length and reading level, from the built one-page story: its
 * prose (everything inside the chapters except notes, figures, tables and page
 * furniture; see tools/story-prose.ts) must be 2,000 to 2,800 words at
 * Flesch–Kincaid grade 6.5 to 10, over the whole story.
 *
 *   node tools/check-story-length.ts [folder]      (default: dist)
 *
 * Prints the words, sentences and grade, overall and per chapter; exits with
 * status 1 and the problem when the story is outside the window.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureProse, storyLengthProblems, storyProseBlocks } from './story-prose.ts';

const folder = process.argv[2] ?? 'dist';
const html = await readFile(join(folder, 'index.html'), 'utf8');
const chapters = storyProseBlocks(html);
const whole = measureProse(chapters.flat());

chapters.forEach((blocks, index) => {
  const measure = measureProse(blocks);
  console.log(`chapter ${index + 1}: ${measure.words} words, grade ${measure.grade.toFixed(1)}`);
});
console.log(`story: ${whole.words} words in ${whole.sentences} sentences (${(whole.words / whole.sentences).toFixed(1)} a sentence), Flesch–Kincaid grade ${whole.grade.toFixed(1)}`);

const problems = storyLengthProblems(whole);
if (chapters.length === 0) problems.push(`${join(folder, 'index.html')}: no chapters found (section.chapter).`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
