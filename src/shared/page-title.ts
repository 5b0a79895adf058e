/**
 * The text of a page's <title>: the page's own name, then what it belongs
 * to, then the site's name, with one separator (content/ui/<lang>.json,
 * titleSeparator). The story's own page is titled by its headline alone.
 */
import type { UiStrings } from './ui';

export function pageTitle(ui: UiStrings, ...parts: string[]): string {
  return [...parts, ui.siteName].join(ui.titleSeparator);
}
