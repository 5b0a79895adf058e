/**
 * What the embed tests need: the code the story's "Embed this chart" panel
 * hands out (read from the built page), pointed at the server under test, and
 * the embed frame on a host page.
 */
import { createRequire } from 'node:module';
import { expect, type Frame, type Page } from '@playwright/test';
import { page as builtPage } from '../../support/dist';
import { text } from '../../support/html';

export const PYM = createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js');

/** The code in a chart's embed panel on the story: [plain iframe, pym version]. */
export function embedCodes(chart: string): [string, string] {
  const story = builtPage('');
  const boxes = story.all(`#${chart} [data-embed-panel="${chart}"] textarea`).map((box) => text(box).trim());
  expect(boxes, `${chart}: two code boxes in its embed panel`).toHaveLength(2);
  return [boxes[0] ?? '', boxes[1] ?? ''];
}

/**
 * Points code at the server under test: code written for the public site
 * (a build with SITE_URL), or root-relative code as a build without it writes
 * it (the story completes it from the address it is served from).
 */
export function atServer(code: string, baseURL: string | undefined): string {
  const published = /src="([^"]+)"/.exec(code)?.[1] ?? '';
  const from = published.replace(/embed\/[^/]+\/$/, '');
  return code.replaceAll(`"${from}embed/`, `"${baseURL ?? ''}embed/`);
}

/** A host page at `width` px holding `html` (the host stands in for a newsroom's article). */
export async function hostPage(page: Page, width: number, html: string): Promise<void> {
  await page.setViewportSize({ width: width + 40, height: 900 });
  await page.setContent(`<!doctype html><body style="margin:20px"><div style="width:${width}px">${html}</div></body>`);
}

export async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/embed/'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed/'));
  if (!frame) throw new Error('no embed frame on the host page');
  await frame.waitForLoadState('load');
  return frame;
}

/** How far the frame's document overflows its frame: sideways and downwards, in px. */
export function overflowOf(frame: Frame): Promise<{ vertical: number; sideways: number }> {
  return frame.evaluate(() => ({
    vertical: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
}
