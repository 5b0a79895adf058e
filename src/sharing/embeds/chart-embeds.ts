/**
 * Everything the embed page and the "Embed this chart" panel say about one
 * chart's embed: its address, the address of its place in the story (the
 * embed page's canonical address) and of its notes and sources there (the
 * credit's link), the fixed iframe height and the code newsrooms copy.
 * Without a site address (SITE_URL) the addresses are root-relative and the
 * page completes the code when it runs (sharing/copy/site-address.client.ts).
 * Server-side only.
 */
import { buildChart } from '../../charts/build';
import type { ChartId } from '../../charts/registry';
import { embedFrameHeight, embedPath, iframeCode, pymCode, type EmbedCodeInput } from './embed-code';
import { absoluteUrl, handedOutUrl } from '../../shared/site-address';
import { uiFor } from '../../shared/ui';
import { SOURCE_LANG, localPath, type Lang } from '../../i18n/languages';

export interface ChartEmbed {
  /** Address of the embed page: absolute, or root-relative when the build has no site address. */
  url: string;
  /** Absolute address of the chart in the whole story (its figure's anchor), when the site's address is known. */
  storyUrl?: string | undefined;
  /** The chart's notes and sources in the story (the credit's link). */
  notesUrl: string;
  /** Fixed iframe height in pixels for hosts that run no script. */
  height: number;
  /** The plain iframe code. */
  iframe: string;
  /** The same iframe wrapped for host pages that run pym.js. */
  pym: string;
}

/** The id of a chart's notes and sources in the story (ChartFooter.astro). */
export function chartNotesId(chart: string): string {
  return `${chart}-notes`;
}

/** `site` and `base` are the build's (Astro.site, import.meta.env.BASE_URL). */
export function chartEmbed(chart: ChartId, site: string | undefined, base: string, lang: Lang = SOURCE_LANG): ChartEmbed {
  const ui = uiFor(SOURCE_LANG);
  const built = buildChart(chart, lang);
  const url = handedOutUrl(localPath(embedPath(chart), lang), site, base);
  const code: EmbedCodeInput = {
    url,
    title: built.title,
    height: embedFrameHeight({ svgWidth: built.view.width, svgHeight: built.view.height, texts: [built.title, built.takeaway] }),
    // The site name keeps the id from clashing with the host page's own ids.
    containerId: `${ui.siteName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${chart}`,
  };
  return {
    url,
    storyUrl: site ? `${absoluteUrl(localPath('', lang), site, base)}#${chart}` : undefined,
    notesUrl: `${handedOutUrl(localPath('', lang), site, base)}#${chartNotesId(chart)}`,
    height: code.height,
    iframe: iframeCode(code),
    pym: pymCode(code),
  };
}
