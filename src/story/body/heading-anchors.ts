/**
 * Post-processes a rendered chapter: gives every h2/h3 a visible "link to this
 * section" anchor (a plain link, so it works without JavaScript) and, when the
 * chapter sits inside the one-page story, moves headings one level down so
 * the chapter title keeps its place in the outline.
 */
import { escapeHtml } from '../../shared/html';

export interface AnchorOptions {
  /** Shift h2→h3 and h3→h4 (the one-page story, where the chapter title is the h2). */
  demote: boolean;
  /** Words before the heading text in the anchor's accessible name, e.g. "Link to this section:". */
  label: string;
}

const HEADING = /<h([23])([^>]*?)\sid="([^"]+)"([^>]*)>([\s\S]*?)<\/h\1>/g;

export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function addHeadingAnchors(html: string, options: AnchorOptions): string {
  return html.replace(HEADING, (_match, level: string, before: string, id: string, after: string, inner: string) => {
    const tag = `h${Number(level) + (options.demote ? 1 : 0)}`;
    const name = escapeHtml(`${options.label} ${textOf(inner)}`);
    const anchor = `<a class="heading-anchor" href="#${id}" aria-label="${name}" data-copy-link>#</a>`;
    return `<${tag}${before} id="${id}"${after}>${inner} ${anchor}</${tag}>`;
  });
}
