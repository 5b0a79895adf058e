/**
 * A translated chapter or page mirrors its English MDX element by element:
 * the same ids (headings, paragraphs, anchors), the same citations and
 * claims, figures, terms, scrollies and steps with their states, and the same
 * quotes (an English-original quote keeps its exact English words and adds
 * `zh`; a Chinese original names the same statement). Only words change.
 * The first difference stops the build, naming the file and line.
 */
import { ContentError } from '../shared/validation-error';

export interface SkeletonItem {
  line: number;
  /** What must match, e.g. `<Step id="europe" state="europe">`. */
  key: string;
}

const TAG = /<([A-Za-z][\w]*)((?:\s+[A-Za-z][\w-]*(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)(?:="([^"]*)")?/g;
/** Attributes that are not words, per component; any element with an id keeps its id. */
const KEPT: Record<string, readonly string[]> = {
  Cite: ['src', 'claim'],
  // A figure's id, not its form: a language spells out what another writes in digits (as="word").
  Fig: ['id'],
  Term: ['id'],
  Q: ['src', 'claim', 'statement'],
  Quote: ['src', 'claim', 'statement'],
  Scrolly: ['chart'],
  Step: ['id', 'state'],
};

function blankKeepingLines(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The non-word skeleton of an MDX file, in order. `withWords` adds an English-original quote's words. */
export function skeletonOf(source: string, englishWordsOf: (attributes: Map<string, string>) => boolean): SkeletonItem[] {
  const text = source.replace(/^---\n[\s\S]*?\n---/, blankKeepingLines).replace(/\{\/\*[\s\S]*?\*\/\}/g, blankKeepingLines);
  const items: SkeletonItem[] = [];
  for (const match of text.matchAll(TAG)) {
    const [, name = '', rawAttributes = ''] = match;
    const attributes = new Map<string, string>();
    for (const attribute of rawAttributes.matchAll(ATTRIBUTE)) attributes.set(attribute[1] ?? '', attribute[2] ?? '');
    const kept = KEPT[name] ?? (attributes.has('id') ? ['id'] : []);
    if (kept.length === 0) continue;
    const parts = kept.filter((key) => attributes.has(key)).map((key) => `${key}="${attributes.get(key)}"`);
    if ((name === 'Q' || name === 'Quote') && englishWordsOf(attributes)) parts.push(`words="${attributes.get('words') ?? ''}"`);
    items.push({ line: text.slice(0, match.index).split('\n').length, key: `<${name}${parts.length ? ' ' : ''}${parts.join(' ')}>` });
  }
  return items;
}

/** Items that hold a place in the page (ids, scrollies, steps) divide it into blocks; inside a block, Chinese word order may move a figure or a citation. */
function isLandmark(key: string): boolean {
  return / id="/.test(key) && !key.startsWith('<Fig ') && !key.startsWith('<Term ') || key.startsWith('<Scrolly ');
}

function blocksOf(items: readonly SkeletonItem[]): { landmark: SkeletonItem | undefined; items: SkeletonItem[] }[] {
  const blocks: { landmark: SkeletonItem | undefined; items: SkeletonItem[] }[] = [{ landmark: undefined, items: [] }];
  for (const item of items) {
    if (isLandmark(item.key)) blocks.push({ landmark: item, items: [] });
    else blocks.at(-1)?.items.push(item);
  }
  return blocks;
}

/**
 * Fails at the first place the translation's skeleton differs from the
 * original's: the ids, scrollies and steps in the same order, and between
 * them the same figures, citations, terms and quotes (in any order, as the
 * language's word order puts them).
 */
export function assertMdxMirrors(original: { file: string; source: string }, translation: { file: string; source: string }): void {
  // A Chinese original may name its own statement (ST05, the ministry's Chinese words, for ST04, their English rendering); its words are verified against it.
  const strip = (key: string) => key.replace(/ words="[^"]*"/, '').replace(/ statement="[^"]*"/, '');
  const expected = blocksOf(skeletonOf(original.source, (attributes) => attributes.has('words')));
  // A translated quote (zh="…") keeps the English words exactly.
  const actual = blocksOf(skeletonOf(translation.source, (attributes) => attributes.has('zh')));
  const fail = (found: SkeletonItem | undefined, foundText: string, want: string) => {
    const where = found ? `${translation.file}, line ${found.line}` : `${translation.file}, at the end`;
    throw new ContentError(`${where}: found ${foundText} where the original has ${want}. A translation keeps every id, citation, figure, term, step and quote of the original; only words change.`);
  };
  for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
    const want = expected[index];
    const found = actual[index];
    if (!want || !found || want.landmark?.key !== found.landmark?.key) {
      fail(found?.landmark, found?.landmark?.key ?? 'nothing', want?.landmark ? `${want.landmark.key} (${original.file}, line ${want.landmark.line})` : 'nothing more');
      return;
    }
    const remaining = [...want.items];
    for (const item of found.items) {
      const at = remaining.findIndex((candidate) => (item.key.includes(' words="') ? candidate.key === item.key : strip(candidate.key) === strip(item.key)));
      if (at === -1) fail(item, item.key, `none such in its block (${original.file}, from line ${want.landmark?.line ?? 1})`);
      remaining.splice(at, 1);
    }
    const left = remaining[0];
    if (left) fail(found.landmark, `no ${left.key} in the block`, `it (${original.file}, line ${left.line})`);
  }
}
