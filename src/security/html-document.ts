/**
 * A flat view of a built HTML page, parsed with parse5 (the HTML standard's
 * parser, as browsers parse): every element with its attributes and line, and
 * the text of <style> and <script> elements. The quality gates read pages
 * through it instead of with regular expressions.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface HtmlElement {
  /** Lower-case tag name. */
  tag: string;
  /** Attributes by lower-case name. */
  attrs: Map<string, string>;
  /** 1-based line of the start tag in the file. */
  line: number;
  /** Text content, for <script> and <style> only (other elements: ""). */
  text: string;
}

function isParent(node: Node): node is ParentNode {
  return 'childNodes' in node;
}

export function htmlElements(html: string): HtmlElement[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const elements: HtmlElement[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const tag = node.tagName.toLowerCase();
      const text = tag === 'script' || tag === 'style' ? node.childNodes.map((child) => ('value' in child ? child.value : '')).join('') : '';
      elements.push({
        tag,
        attrs: new Map(node.attrs.map((attr) => [attr.name.toLowerCase(), attr.value])),
        line: node.sourceCodeLocation?.startLine ?? 0,
        text,
      });
      // <template> keeps its children in a separate fragment.
      if (tag === 'template' && 'content' in node) visit(node.content as Node);
    }
    if (isParent(node)) node.childNodes.forEach(visit);
  };
  visit(document);
  return elements;
}

/** The page's Content-Security-Policy from its <meta http-equiv> tag, if it has one. */
export function metaCsp(elements: HtmlElement[]): string | undefined {
  return elements.find((element) => element.tag === 'meta' && element.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')?.attrs.get('content');
}

/**
 * The address a redirect page sends readers to (its <meta http-equiv="refresh">),
 * if the page is one: Astro writes such a page for each of astro.config.mjs's redirects.
 */
export function redirectTarget(elements: HtmlElement[]): string | undefined {
  const content = elements.find((element) => element.tag === 'meta' && element.attrs.get('http-equiv')?.toLowerCase() === 'refresh')?.attrs.get('content');
  return content ? /url=(.+)$/i.exec(content)?.[1] : undefined;
}

/** Every id on the page (the targets a #fragment can point to). */
export function idsOf(elements: HtmlElement[]): Set<string> {
  const ids = new Set<string>();
  for (const element of elements) {
    const id = element.attrs.get('id');
    if (id) ids.add(id);
    // Old-style <a name> anchors are still valid fragment targets.
    const name = element.tag === 'a' ? element.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}
