/**
 * Reading level of a chapter: the Flesch–Kincaid grade (the US school grade a
 * reader needs), computed with the text-readability library from the prose a
 * reader actually reads: headings, paragraphs and quoted words, without tags.
 */
import readability from 'text-readability';

/** The story is written for a curious 15-year-old: US grade 10 at most. */
export const MAX_READING_GRADE = 10;

/**
 * Stands in for a <Fig> number: the ledger value is not known to this pure
 * function, and any short word weighs the same in the formula.
 */
const FIGURE_PLACEHOLDER = 'ten';

/** Ends a quoted passage with a full stop when it has none, so it counts as its own sentence. */
function asSentence(words: string): string {
  const trimmed = words.trim();
  return /[.?!…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The reader-facing prose of a chapter's MDX source, one block per line. */
export function proseForReadability(mdx: string): string {
  return (
    mdx
      .replace(/^---[\s\S]*?---/, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      // A block quote stands on its own line; an inline <Q> stays inside its sentence.
      .replace(/<Quote\b[^>]*\bwords="([^"]*)"[^>]*\/>/g, (_match, words: string) => `\n${asSentence(words)}\n`)
      .replace(/<Q\b[^>]*\bwords="([^"]*)"[^>]*\/>/g, (_match, words: string) => `"${words}"`)
      .replace(/<Fig\b[^>]*\/>/g, FIGURE_PLACEHOLDER)
      // Headings and steps are blocks of their own: end them with a line break.
      .replace(/<\/(h[1-6]|Step|p|li)>/g, '\n')
      .replace(/<[^>]*>/g, ' ')
      .replace(/^\s*[-*]\s+/gm, '')
      .replace(/[*_`#>]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n[\s]*/g, '\n')
      .trim()
  );
}

/** Flesch–Kincaid grade of plain English prose, to one decimal place. */
export function readingGrade(prose: string): number {
  return readability.fleschKincaidGrade(prose);
}

/** Grade of a chapter's MDX source. */
export function chapterReadingGrade(mdx: string): number {
  return readingGrade(proseForReadability(mdx));
}

/** One line per chapter above the limit, naming the file and its grade; empty when all read easily enough. */
export function readingLevelProblems(chapters: ReadonlyArray<{ file: string; mdx: string }>, max = MAX_READING_GRADE): string[] {
  return chapters.flatMap(({ file, mdx }) => {
    const grade = chapterReadingGrade(mdx);
    return grade > max ? [`${file}: Flesch–Kincaid grade ${grade} is above ${max}. Use shorter sentences and plainer words.`] : [];
  });
}
