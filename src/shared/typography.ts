/**
 * Typographic quotes on every built page: straight ' and " in what readers
 * see become ‘ ’ “ ”, whichever file the words came from (chapters, YAML,
 * CSV titles, interface strings). Markdown prose is already curled by
 * Astro's smartypants; words from data files are not, so the pages are set
 * once, at the end (src/middleware.ts), rather than each loader separately.
 *
 * Works like SmartyPants on the page's text: parse5 (the HTML standard's
 * parser, already used for the story's parts) finds each text node and the
 * reader-facing attributes; only those byte ranges are rewritten, so the rest
 * of the page stays as built. Code, embed code, scripts and styles are left
 * as they are. A quote's direction comes from the character before it, across
 * inline elements (`<em>word</em>'s`), and restarts at each block.
 *
 * Not a library: SmartyPants ports work on HTML strings and either curl
 * quotes inside <textarea> (breaking embed code) or miss the entities
 * (&#39;) Astro writes for text from data files.
 */
import { applyEdits, attributeEdit, childrenOf, parseLocated, textEdit, type HtmlEdit, type LocatedNode } from './html.ts';

/** Elements whose text is code or data, never typeset. */
const VERBATIM = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template', 'noscript', 'iframe']);

/** Elements that flow with the text around them: a quote's context carries through them. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'tspan']);

/** Attributes read by people (tooltips, screen readers, link previews). */
const READ_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder']);

/** <meta> whose content shows in link previews and search results. */
const READ_META = /^(?:description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

/** Opening context: nothing before, space, or an opening bracket or dash. */
const OPENS_AFTER = /^$|[\s([{\u2014\u2013\u201c\u2018/-]$/u;

/** Curls the straight quotes in `text`; `before` is the text just before it (for the first quote's direction). */
export function curlQuotes(text: string, before = ''): string {
  let previous = before.slice(-1);
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const next = text[index + 1] ?? '';
    let out = char;
    if (char === "'") {
      const betweenLetters = /[\p{L}\p{N}]/u.test(previous) && /\p{L}/u.test(next);
      out = !betweenLetters && OPENS_AFTER.test(previous) && next !== '' && !/\s/.test(next) ? '\u2018' : '\u2019';
    } else if (char === '"') {
      out = OPENS_AFTER.test(previous) && next !== '' && !/\s/.test(next) ? '\u201c' : '\u201d';
    }
    result += out;
    previous = out;
  }
  return result;
}

/** The page with straight quotes curled in its text and reader-facing attributes (see the file's header). */
export function typesetHtml(html: string): string {
  if (!/['"]|&#39;|&#34;|&quot;|&apos;/.test(html)) return html;
  const edits: (HtmlEdit | undefined)[] = [];
  let context = '';

  const attributes = (node: LocatedNode) => {
    if (!node.attrs) return;
    const metaName = node.tagName === 'meta' ? (node.attrs.find((attribute) => attribute.name === 'name' || attribute.name === 'property')?.value ?? '') : '';
    for (const attribute of node.attrs) {
      const read = READ_ATTRIBUTES.has(attribute.name) || (attribute.name === 'content' && READ_META.test(metaName));
      if (read && /['"]/.test(attribute.value)) edits.push(attributeEdit(node, attribute.name, curlQuotes(attribute.value)));
    }
  };

  const walk = (node: LocatedNode) => {
    if (node.nodeName === '#text') {
      const curled = curlQuotes(node.value ?? '', context);
      edits.push(textEdit(node, curled));
      context = (context + curled).slice(-1);
      return;
    }
    const tag = node.tagName;
    if (tag) attributes(node);
    if (tag && VERBATIM.has(tag)) {
      context = ' ';
      return;
    }
    const block = tag !== undefined && !INLINE.has(tag);
    if (block) context = '';
    for (const child of childrenOf(node)) walk(child);
    if (block) context = '';
  };
  walk(parseLocated(html));
  return applyEdits(html, edits);
}
