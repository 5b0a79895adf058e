/**
 * Chart embeds for newsrooms: the address of a chart's embed page, the fixed
 * height its iframe gets when the host page runs no script, and the two pieces
 * of code we hand out (a plain iframe, and the same iframe wrapped for pym.js,
 * the resizing protocol newsroom pages already speak). Pure string work, so it
 * can be unit-tested; the pages and the "Embed this chart" panel call it.
 */
import { escapeHtml } from '../../shared/html';

/** Path of a chart's embed page, relative to the site's base, e.g. "embed/timeline/". */
export function embedPath(chart: string): string {
  return `embed/${chart}/`;
}

/** The width a newsroom's article column usually gives an embed; the fixed height is worked out for it. */
export const EMBED_REFERENCE_WIDTH = 600;

/**
 * What the embed page shows around the drawing at the reference width,
 * measured in Chromium: the tabs, the credit and the page's padding take a
 * fixed band (with a margin for fonts that run wider), and each line of
 * running text (title, takeaway) about one line-height of small type.
 */
const FIXED_BAND = 150;
const LINE_HEIGHT = 20;
const CHARACTERS_PER_LINE = 75;
/** The chart's drawing is never wider than this in the figure (36rem in StaticChart). */
const GRAPHIC_MAX_WIDTH = 576;
/** Horizontal padding of the embed page on both sides together. */
const PAGE_PADDING = 32;

export interface EmbedSizeInput {
  /** The SVG's coordinate space (the drawing keeps this aspect ratio). */
  svgWidth: number;
  svgHeight: number;
  /** The running text around the chart, one entry per paragraph: title, takeaway. */
  texts: readonly string[];
}

/**
 * A sensible fixed iframe height in pixels for hosts that run no script: the
 * whole figure at the reference width, rounded up to a multiple of 10. Hosts
 * that run pym.js get the exact height instead.
 */
export function embedFrameHeight({ svgWidth, svgHeight, texts }: EmbedSizeInput): number {
  if (!(svgWidth > 0 && svgHeight > 0)) throw new Error(`embedFrameHeight: the chart's size must be positive (got ${svgWidth}×${svgHeight}).`);
  const graphicWidth = Math.min(GRAPHIC_MAX_WIDTH, EMBED_REFERENCE_WIDTH - PAGE_PADDING);
  const graphic = (graphicWidth * svgHeight) / svgWidth;
  const lines = texts.reduce((sum, text) => sum + Math.ceil(text.length / CHARACTERS_PER_LINE), 0);
  return Math.ceil((graphic + FIXED_BAND + LINE_HEIGHT * lines) / 10) * 10;
}

export interface EmbedCodeInput {
  /** Absolute address of the chart's embed page. */
  url: string;
  /** The chart's title: names the frame for screen readers. */
  title: string;
  /** Fixed height in pixels, used when the host runs no script. */
  height: number;
  /** Id of the element pym.js fills; unique on the host page, e.g. "overseas-110-timeline". */
  containerId: string;
}

/** A plain iframe: full column width, fixed height, no script needed on the host page. */
export function iframeCode({ url, title, height }: EmbedCodeInput): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/**
 * For host pages that load pym.js themselves: pym replaces the container's
 * content with an iframe whose height follows the chart. The plain iframe
 * stays inside <noscript>, so readers without JavaScript still see the chart.
 */
export function pymCode(input: EmbedCodeInput): string {
  const id = escapeHtml(input.containerId);
  const options = JSON.stringify({ title: input.title }).replace(/</g, '\\u003c');
  return [
    `<div id="${id}"><noscript>${iframeCode(input)}</noscript></div>`,
    `<script>new pym.Parent(${JSON.stringify(input.containerId)}, ${JSON.stringify(input.url)}, ${options});</script>`,
  ].join('\n');
}
