/**
 * What a page tells search engines and link previews about itself, beyond its
 * title and description. Pages pass these options to their layout, which
 * hands them to SeoHead.
 */
import type { CardSpec } from '../cards/page-cards';

export interface SeoOptions {
  /** Share card of the page; the story's card when left out. */
  card?: CardSpec | undefined;
  /** 'article' for the story and its chapters; 'page' (the default) for the rest. */
  kind?: 'article' | 'page';
  /** Headline for share metadata when it differs from the <title> (which carries the site name). */
  headline?: string | undefined;
  /** The larger work this page belongs to: the story, for a chapter. `path` is relative to the base. */
  partOf?: { headline: string; path: string } | undefined;
  /** False keeps the page out of search results and gives it no canonical address (the 404 page). */
  index?: boolean;
  /**
   * The page shows a part of another (an embed: one chart of the story). It
   * carries no structured data of its own, and its canonical link and og:url
   * point to `canonical`, the part's place in the story (when the site's
   * address is known).
   */
  partOfPage?: { canonical?: string | undefined } | undefined;
}
