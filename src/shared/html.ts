/**
 * HTML as strings: escaping for the HTML this project builds as strings
 * (citation notes, source lists), and edits of a built page in place. A page
 * is parsed by parse5 (the HTML standard's parser) with source locations;
 * only the byte ranges of the text nodes and attributes that change are
 * rewritten, so the rest of the page stays byte for byte as built.
 */
import { parse } from 'parse5';

/** Text escaped for HTML anywhere, attribute values included. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A parse5 node with the source locations an edit needs. */
export interface LocatedNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: LocatedNode[];
  /** A <template>'s content. */
  content?: LocatedNode;
  sourceCodeLocation?: {
    startOffset: number;
    endOffset: number;
    attrs?: Record<string, { startOffset: number; endOffset: number }>;
  } | null;
}

/** The page (or a fragment such as an SVG drawing: it is parsed as a page, and offsets still refer to it). */
export function parseLocated(html: string): LocatedNode {
  return parse(html, { sourceCodeLocationInfo: true }) as unknown as LocatedNode;
}

/** The children of a node, a <template>'s content included. */
export function childrenOf(node: LocatedNode): LocatedNode[] {
  return node.content?.childNodes ?? node.childNodes ?? [];
}

/** One range of the page to write anew. */
export interface HtmlEdit {
  start: number;
  end: number;
  text: string;
}

/** A text node written as `value`; `raw` for the text of a <script> (not escaped). */
export function textEdit(node: LocatedNode, value: string, raw = false): HtmlEdit | undefined {
  const location = node.sourceCodeLocation;
  if (!location || value === node.value) return undefined;
  return { start: location.startOffset, end: location.endOffset, text: raw ? value : escapeHtml(value) };
}

/** An element's attribute written as `name="value"`. */
export function attributeEdit(node: LocatedNode, name: string, value: string): HtmlEdit | undefined {
  const where = node.sourceCodeLocation?.attrs?.[name];
  const current = node.attrs?.find((attribute) => attribute.name === name)?.value;
  if (!where || value === current) return undefined;
  return { start: where.startOffset, end: where.endOffset, text: `${name}="${escapeHtml(value)}"` };
}

/** The page with its edits made; an edit inside one already made is dropped. */
export function applyEdits(html: string, edits: readonly (HtmlEdit | undefined)[]): string {
  const sorted = edits.filter((edit): edit is HtmlEdit => edit !== undefined).sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return html;
  let result = '';
  let at = 0;
  for (const { start, end, text } of sorted) {
    if (start < at) continue;
    result += html.slice(at, start) + text;
    at = end;
  }
  return result + html.slice(at);
}
