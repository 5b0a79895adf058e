/**
 * Every copy control on a page, in one module: section links, "Cite this"
 * and "Embed this chart", and the addresses they hand out (site-address.client.ts). One entry keeps them out of separate files that
 * share a chunk: bundled together they are small enough for Astro to inline
 * in the page (under vite's assetsInlineLimit), so the page fetches no script
 * before its first paint. Each part does nothing where its controls are absent.
 * The language switcher's place-keeping rides along, for the same reason.
 */
import '../../i18n/keep-place.client';
import './site-address.client';
import './copy-link.client';
import '../cite-this/copy-citation.client';
import '../embeds/copy-embed.client';
