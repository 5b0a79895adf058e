/**
 * What the font budget looks at in a page: the font files it asks for, and
 * the text it sets in the serif with the weights it sets it at (text in the
 * system sans is no concern of the budget).
 */
import type { Page } from '@playwright/test';

/** The names of the font files the page asks for, from now on (filled in as requests go out). */
export function fontFilesRequested(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') files.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return files;
}

/** The text the page sets in the serif, and the weights it sets it at. */
export function serifText(page: Page): Promise<{ text: string; weights: number[] }> {
  return page.evaluate(() => {
    const found = new Set<number>();
    let serifText = '';
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (!style.fontFamily.includes('Source Serif')) continue;
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('');
      if (!own.trim()) continue;
      found.add(Number(style.fontWeight));
      serifText += own;
    }
    return { text: serifText, weights: [...found].sort((a, b) => a - b) };
  });
}
