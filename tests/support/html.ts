/**
 * Built pages as a browser parses them (parse5, the HTML standard's parser),
 * queried with CSS selectors (css-select, the engine behind cheerio) through a
 * small adapter over parse5's own tree. The dist tests read pages through it,
 * never with regular expressions.
 */
import { is, selectAll, selectOne, type Options } from 'css-select';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
/** css-select's adapter interface (the package exports it only through Options). */
type Adapter = NonNullable<Options<Node, Element>['adapter']>;

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => {
  // A <template>'s children live in its content fragment.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) return (node.content as ParentNode).childNodes;
  return 'childNodes' in node ? node.childNodes : [];
};
const parentOf = (node: Node): Node | null => ('parentNode' in node ? node.parentNode : null);

/** The text of a node and everything under it, as textContent gives it. */
export function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return childrenOf(node).map(text).join('');
}

const adapter: Adapter = {
  isTag: isElement,
  getAttributeValue: (element, name) => element.attrs.find((attr) => attr.name === name)?.value,
  hasAttrib: (element, name) => element.attrs.some((attr) => attr.name === name),
  getChildren: childrenOf,
  getName: (element) => element.tagName,
  getParent: (element) => parentOf(element),
  getSiblings: (node) => {
    const parent = parentOf(node);
    return parent ? childrenOf(parent) : [node];
  },
  prevElementSibling: (node) => {
    const siblings = adapter.getSiblings(node);
    for (let index = siblings.indexOf(node) - 1; index >= 0; index -= 1) {
      const sibling = siblings[index];
      if (sibling && isElement(sibling)) return sibling;
    }
    return null;
  },
  getText: text,
  removeSubsets: (nodes) => {
    const unique = [...new Set(nodes)];
    return unique.filter((node) => {
      for (let parent = parentOf(node); parent; parent = parentOf(parent)) if (unique.includes(parent)) return false;
      return true;
    });
  },
};

const options = { adapter };

/** One parsed HTML document with CSS-selector queries. */
export class HtmlPage {
  readonly document: Node;

  constructor(html: string) {
    this.document = parse(html, { sourceCodeLocationInfo: true }) as Node;
  }

  /** Every element matching `selector`, in document order, optionally under `within`. */
  all(selector: string, within: Node = this.document): Element[] {
    return selectAll<Node, Element>(selector, within, options);
  }

  /** The first element matching `selector`, or null. */
  one(selector: string, within: Node = this.document): Element | null {
    return selectOne<Node, Element>(selector, within, options);
  }

  /** The elements' text, whitespace collapsed. */
  texts(selector: string, within: Node = this.document): string[] {
    return this.all(selector, within).map((element) => squash(text(element)));
  }

  /** The values of `name` on the elements matching `selector` (missing attributes left out). */
  attrs(selector: string, name: string, within: Node = this.document): string[] {
    return this.all(selector, within).flatMap((element) => {
      const value = attr(element, name);
      return value === undefined ? [] : [value];
    });
  }

  private ids?: Map<string, Element>;

  /** The first element with this id, or null. */
  byId(id: string): Element | null {
    if (!this.ids) {
      this.ids = new Map();
      for (const element of this.all('[id]')) {
        const value = attr(element, 'id') ?? '';
        if (!this.ids.has(value)) this.ids.set(value, element);
      }
    }
    return this.ids.get(id) ?? null;
  }
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function matches(element: Element, selector: string): boolean {
  return is<Node, Element>(element, selector, options);
}

/** The nearest ancestor (or the element itself) that matches `selector`. */
export function closest(element: Element, selector: string): Element | null {
  for (let node: Node | null = element; node; node = parentOf(node)) if (isElement(node) && matches(node, selector)) return node;
  return null;
}

/**
 * Collapses runs of whitespace and trims. Quotes and apostrophes compare as
 * straight ones: the build sets them typographically (src/shared/typography.ts)
 * while content files may write either; the typesetting itself is checked in
 * tests/dist/reading.test.ts.
 */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
}

/** The 1-based line of an element's start tag in its file (for messages). */
export function lineOf(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 0;
}

/** A short description of an element for failure messages: <tag#id.class> "text…". */
export function describe(element: Element): string {
  const id = attr(element, 'id');
  const classes = (attr(element, 'class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2);
  return `<${element.tagName}${id ? `#${id}` : ''}${classes.map((name) => `.${name}`).join('')}> "${squash(text(element)).slice(0, 40)}" (line ${lineOf(element)})`;
}

/**
 * The text under `root`, leaving out whatever matches `skip`, with a space
 * after each element named in `blocks` (so words of adjacent blocks stay apart).
 */
export function textWithout(root: Node, skip: string, blocks: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if (isElement(node) && matches(node, skip)) return;
    for (const child of childrenOf(node)) visit(child);
    if (isElement(node) && blocks.has(node.tagName)) parts.push(' ');
  };
  visit(root);
  return parts.join('');
}
