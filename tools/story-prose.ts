/**
 * The story's prose, as a reader reads it, from the built one-page story
 * (dist/index.html), and its length and reading level.
 *
 * Story prose is everything inside the chapters except notes, figures, tables
 * and page furniture:
 * - counted: section headings, paragraphs, list items, the box of what is
 *   established, words marked as glossary terms, and short quotes inside a
 *   sentence (<q>), which are part of our sentences;
 * - left out: each chapter's header (number, title, summary, link to its page),
 *   the source notes, every <figure> (charts, with the step text beside them,
 *   and block quotes, which are other people's words), tables, citation
 *   numbers, link anchors, glossary pop-ups, text for screen readers only, and
 *   share, cite and embed panels.
 *
 * Flesch–Kincaid grade: 0.39 × (words per sentence) + 11.8 × (syllables per
 * word) − 15.59, over the whole story at once. Each block (paragraph, heading,
 * list item) ends a sentence; inside a block a sentence ends at ".", "?" or
 * "!" (after any closing quote or bracket) before the next word. Syllables come
 * from the `syllable` package; a number counts as three, about what a year or
 * a figure takes to say. Unlike text-readability, nothing is rounded before
 * the grade is worked out.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { syllable } from 'syllable';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The element that holds one chapter in the one-page story. */
const CHAPTER = { tag: 'section', className: 'chapter' } as const;

/** Elements whose text is never story prose. */
const LEFT_OUT_TAGS = new Set(['figure', 'table', 'nav', 'header', 'sup', 'button', 'script', 'style', 'svg', 'template', 'textarea', 'details', 'footer']);

/** Classes whose text is never story prose (furniture inside the prose). */
const LEFT_OUT_CLASSES = new Set(['notes', 'visually-hidden', 'heading-anchor', 'term-popover', 'chapter-header', 'cite-this', 'chart-embed']);

/** Elements that end a sentence where they end. */
const BLOCK_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt', 'div', 'section', 'aside']);

/** A glossary term's word sits inside its button: keep that word, not the button's other text. */
const TERM_WORD_TAG = 'dfn';

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function classesOf(element: Element): string[] {
  return (element.attrs.find((attribute) => attribute.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
}

function collectText(node: Node, out: string[]): void {
  if (node.nodeName === '#text' && 'value' in node) {
    out.push(node.value);
    return;
  }
  if (!isElement(node)) return;
  if (node.tagName === TERM_WORD_TAG) {
    for (const child of node.childNodes) collectText(child, out);
    return;
  }
  if (LEFT_OUT_TAGS.has(node.tagName) && !containsTermWord(node)) return;
  if (classesOf(node).some((name) => LEFT_OUT_CLASSES.has(name))) return;
  if (LEFT_OUT_TAGS.has(node.tagName)) {
    // A term's button: only its word counts.
    for (const child of node.childNodes) if (isElement(child) && child.tagName === TERM_WORD_TAG) collectText(child, out);
    return;
  }
  const block = BLOCK_TAGS.has(node.tagName);
  if (block) out.push('\n');
  for (const child of node.childNodes) collectText(child, out);
  if (block) out.push('\n');
}

function containsTermWord(element: Element): boolean {
  return element.tagName === 'button' && element.childNodes.some((child) => isElement(child) && child.tagName === TERM_WORD_TAG);
}

function findChapters(node: Node, found: Element[]): void {
  if (isElement(node) && node.tagName === CHAPTER.tag && classesOf(node).includes(CHAPTER.className)) {
    found.push(node);
    return;
  }
  if ('childNodes' in node) for (const child of node.childNodes) findChapters(child, found);
}

/** The story's prose blocks (one per paragraph, heading or list item), chapter by chapter. */
export function storyProseBlocks(html: string): string[][] {
  const chapters: Element[] = [];
  findChapters(parse(html), chapters);
  return chapters.map((chapter) => {
    const out: string[] = [];
    collectText(chapter, out);
    return out
      .join('')
      .split('\n')
      .map((line) => line.replace(/[\s\u00A0\u2060]+/g, ' ').trim())
      .filter((line) => /[\p{L}\p{N}]/u.test(line));
  });
}

/** Words: runs of letters or digits (with inner apostrophes, hyphens, points and commas). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,\-–]*[\p{L}\p{N}])?/gu;
/** The end of a sentence inside a block. */
const SENTENCE_END = /[.?!]+['"’”)\]]*(?=\s+\S)/g;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function sentenceCount(block: string): number {
  return (block.match(SENTENCE_END)?.length ?? 0) + 1;
}

export function syllablesOf(word: string): number {
  if (/^[\p{N}.,]+$/u.test(word)) return 3;
  return Math.max(1, syllable(word.replace(/[’']/g, "'")));
}

export interface ProseMeasure {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade, unrounded. */
  grade: number;
}

export function measureProse(blocks: readonly string[]): ProseMeasure {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const blockWords = wordsOf(block);
    if (blockWords.length === 0) continue;
    words += blockWords.length;
    sentences += sentenceCount(block);
    for (const word of blockWords) syllables += syllablesOf(word);
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade };
}

/** The window the story's prose must stay in (issue 23). */
export const STORY_LENGTH = { minWords: 2000, maxWords: 2800, minGrade: 6.5, maxGrade: 10 } as const;

/** Problems with the story's length or grade, in words a writer can act on; empty when it is in the window. */
export function storyLengthProblems(measure: ProseMeasure, window: typeof STORY_LENGTH = STORY_LENGTH): string[] {
  const problems: string[] = [];
  if (measure.words < window.minWords || measure.words > window.maxWords) {
    problems.push(`The story has ${measure.words} words of prose; it must have ${window.minWords} to ${window.maxWords}.`);
  }
  if (measure.grade < window.minGrade || measure.grade > window.maxGrade) {
    problems.push(
      `The story reads at Flesch–Kincaid grade ${measure.grade.toFixed(1)}; it must read at ${window.minGrade} to ${window.maxGrade} ` +
        `(${(measure.words / measure.sentences).toFixed(1)} words a sentence, ${(measure.syllables / measure.words).toFixed(2)} syllables a word).`,
    );
  }
  return problems;
}
