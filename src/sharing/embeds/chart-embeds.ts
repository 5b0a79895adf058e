/**
 * Everything the embed page and the "Embed this chart" panel say about one
 * chart's embed: its address, the address of its place in the story (the
 * credit's link back and the embed page's canonical address), the fixed
 * iframe height and the code newsrooms copy. Server-side only.
 */
import { buildChart } from '../../charts/build';
import type { ChartId } from '../../charts/registry';
import { embedFrameHeight, embedPath, iframeCode, pymCode, type EmbedCodeInput } from './embed-code';
import { absoluteUrl } from '../../shared/site-address';
import { getSource } from '../../trust/sources/sources';
import { ui } from '../../shared/ui';

export interface ChartEmbed {
  /** Absolute address of the embed page. */
  url: string;
  /** Absolute address of the chart in the whole story (its figure's anchor). */
  storyUrl: string;
  /** Fixed iframe height in pixels for hosts that run no script. */
  height: number;
  /** The plain iframe code. */
  iframe: string;
  /** The same iframe wrapped for host pages that run pym.js. */
  pym: string;
}

/** `site` and `base` are the build's (Astro.site, import.meta.env.BASE_URL). */
export function chartEmbed(chart: ChartId, site: string, base: string): ChartEmbed {
  const built = buildChart(chart);
  const url = absoluteUrl(embedPath(chart), site, base);
  const sourcesLine = built.sources.map((id) => getSource(id, `the ${chart} chart`).publisher).join('; ');
  const code: EmbedCodeInput = {
    url,
    title: built.title,
    height: embedFrameHeight({ svgWidth: built.view.width, svgHeight: built.view.height, texts: [built.takeaway, sourcesLine, ...built.notes] }),
    // The site name keeps the id from clashing with the host page's own ids.
    containerId: `${ui.siteName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${chart}`,
  };
  return {
    url,
    storyUrl: `${absoluteUrl('', site, base)}#${chart}`,
    height: code.height,
    iframe: iframeCode(code),
    pym: pymCode(code),
  };
}
