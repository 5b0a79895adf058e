/**
 * Reads, from a chapter's MDX source, every use of the components that carry
 * evidence: <Cite>, <Quote>, <Q> and <Fig>, in document order, with the line
 * they are on. The build checks these before rendering, so a mistake is
 * reported with the file and line rather than deep inside a render.
 *
 * Their attributes must be plain quoted text (src="voa S08"), never {…}
 * expressions: the checks, and the reader of the file, must see the value.
 */
import { ContentError } from '../../shared/validation-error';

export interface CiteRef {
  kind: 'cite';
  line: number;
  sources: string[];
  claims: string[];
}

export interface QuoteRef {
  kind: 'quote' | 'q';
  line: number;
  sources: string[];
  claims: string[];
  words: string;
  /** The statement (content/research/statements.csv) the words come from, when not from the article. */
  statement?: string | undefined;
  /** True when the words are the statement's English translation, not its original. */
  translated: boolean;
  /** How the words reached us, when second-hand (e.g. "as quoted by Reuters"). */
  via?: string | undefined;
  /** The text of the source line outside the tag: where a <Q>'s "via" must be said. */
  lineText: string;
  /** On a Chinese page: the site's translation of English words. */
  zh?: string | undefined;
}

export interface FigRef {
  kind: 'fig';
  line: number;
  id: string;
  as: string | undefined;
}

export type EvidenceRef = CiteRef | QuoteRef | FigRef;

const TAG_NAMES = ['Cite', 'Quote', 'Q', 'Fig'] as const;
const TAG_START = /<(Cite|Quote|Q|Fig)(?=[\s/>])/g;
const ATTRIBUTE = /\s+([A-Za-z][\w-]*)(?:=("[^"]*"|'[^']*'|\{))?/y;

/** Blanks a span of text but keeps its line breaks, so line numbers stay right. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The file with front matter, code and MDX comments blanked out. */
export function scannableSource(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---/, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function splitIds(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/** Reads the attributes after a tag name up to the closing > or />. */
function readAttributes(text: string, from: number, where: string, tag: string): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  let position = from;
  for (;;) {
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(text);
    if (!match) break;
    const [whole, name = '', quoted] = match;
    if (quoted === '{') {
      throw new ContentError(`${where}: <${tag}> attribute ${name} is an {…} expression. Write it as plain text in quotes, e.g. ${name}="…".`);
    }
    attributes.set(name, quoted === undefined ? '' : quoted.slice(1, -1));
    position += whole.length;
  }
  const close = /^\s*\/?>/.exec(text.slice(position));
  if (!close) throw new ContentError(`${where}: could not read the <${tag}> tag here. Check its quotes and closing "/>".`);
  return { attributes, end: position + close[0].length };
}

/** Every evidence component in the file, in reading order. */
export function scanReferences(source: string, file: string): EvidenceRef[] {
  const text = scannableSource(source);
  const refs: EvidenceRef[] = [];
  for (const match of text.matchAll(TAG_START)) {
    const tag = match[1] as (typeof TAG_NAMES)[number];
    const line = lineAt(text, match.index);
    const where = `${file}, line ${line}`;
    const { attributes, end } = readAttributes(text, match.index + match[0].length, where, tag);
    const require = (name: string): string => {
      const value = attributes.get(name);
      if (value === undefined || value.trim() === '') throw new ContentError(`${where}: <${tag}> needs a ${name}="…" attribute.`);
      return value;
    };
    if (tag === 'Fig') {
      refs.push({ kind: 'fig', line, id: require('id'), as: attributes.get('as') });
    } else if (tag === 'Cite') {
      refs.push({ kind: 'cite', line, sources: splitIds(require('src')), claims: splitIds(attributes.get('claim')) });
    } else {
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      const lineEnd = text.indexOf('\n', end);
      const lineText = `${text.slice(lineStart, match.index)} ${text.slice(end, lineEnd === -1 ? text.length : lineEnd)}`;
      refs.push({
        kind: tag === 'Quote' ? 'quote' : 'q',
        line,
        sources: splitIds(require('src')),
        claims: splitIds(attributes.get('claim')),
        words: require('words'),
        statement: attributes.get('statement'),
        translated: attributes.has('translated'),
        via: attributes.get('via'),
        lineText,
        zh: attributes.get('zh'),
      });
    }
  }
  return refs;
}

/** The source-id lists of the citing places (Cite, Quote, Q) in order: what numbering sees. */
export function citationSequence(refs: readonly EvidenceRef[]): string[][] {
  return refs.flatMap((ref) => (ref.kind === 'fig' ? [] : [ref.sources]));
}

/**
 * The prose a reader sees, roughly: tags (with their attributes), expressions
 * and link addresses removed. Used to catch numbers typed into the text.
 * Line breaks are kept so findings can name a line.
 */
export function proseOf(source: string): string {
  return scannableSource(source)
    .replace(/<[^>]*>/g, blank)
    .replace(/\{[^}]*\}/g, blank)
    .replace(/\]\([^)]*\)/g, blank);
}
