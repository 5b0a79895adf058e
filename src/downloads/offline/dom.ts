/**
 * A built page as a tree to edit: parsed by parse5 (the HTML standard's
 * parser) into domhandler nodes, so css-select queries it and domutils moves
 * nodes, and written back by parse5's serializer.
 */
import { parse, parseFragment, serialize } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { selectAll, selectOne } from 'css-select';
import { isTag, isText, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import { removeElement, textContent } from 'domutils';

export type { AnyNode, Document, Element };

/** Parses a page as a browser without JavaScript does: <noscript> holds markup, not text. */
export function parsePage(html: string): Document {
  return parse(html, { treeAdapter: adapter, scriptingEnabled: false });
}

export function serializePage(document: Document): string {
  return serialize(document, { treeAdapter: adapter });
}

/** The elements of an HTML snippet, parsed in `context` (an <svg> for SVG snippets). */
export function parseElements(html: string, context?: Element): Element[] {
  const fragment = context ? parseFragment(context, html, { treeAdapter: adapter }) : parseFragment(html, { treeAdapter: adapter });
  return fragment.children.filter(isTag);
}

export function all(selector: string, root: AnyNode | AnyNode[]): Element[] {
  return selectAll(selector, root);
}

export function one(selector: string, root: AnyNode | AnyNode[]): Element | null {
  return selectOne(selector, root);
}

export function text(node: AnyNode): string {
  return textContent(node);
}

export function remove(node: AnyNode): void {
  removeElement(node);
}

/** Puts the element's children where it was, and the element away. */
export function unwrap(element: Element): void {
  const parent = element.parent;
  if (!parent) return;
  const index = parent.children.indexOf(element);
  for (const child of element.children) child.parent = parent;
  parent.children.splice(index, 1, ...element.children);
  relink(parent);
}

/** Inserts nodes into `parent` before child number `index`. */
export function insertAt(parent: ParentNode, index: number, nodes: AnyNode[]): void {
  for (const node of nodes) node.parent = parent;
  parent.children.splice(index, 0, ...(nodes as ParentNode['children']));
  relink(parent);
}

/** Puts `replacement` nodes where `node` was. */
export function replaceWith(node: AnyNode, replacement: AnyNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node as ParentNode['children'][number]);
  parent.children.splice(index, 1);
  insertAt(parent, index, replacement);
}

/** domhandler keeps sibling links on every node; they follow the children array. */
function relink(parent: ParentNode): void {
  parent.children.forEach((child, index) => {
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

/** True when a text holds no words: only spaces, punctuation and symbols (" · ", ", "). */
export function isWordless(value: string): boolean {
  return /^[\s\p{P}\p{S}]*$/u.test(value);
}

/** The text nodes right before and after a node, among its siblings. */
export function neighbourText(node: AnyNode): string {
  const before = node.prev && isText(node.prev) ? node.prev.data : '';
  const after = node.next && isText(node.next) ? node.next.data : '';
  return `${before}${after}`;
}

export { isTag, isText };
