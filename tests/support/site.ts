/**
 * Everything the tests take from the site's own code, in one place: the chart
 * registry, the checkers and formats the build uses, and the static server.
 * Tests import these from here, never from src/ or scripts/ directly, so a
 * move of the site's files is re-pathed in this one file.
 */
export { CHARTS, CHART_IDS, type ChartId } from '../../src/charts/registry.ts';
export { composite, contrastRatio, parseCssColor, type Rgba } from '../../src/lib/color-contrast.ts';
export { parseCsp } from '../../src/lib/csp.ts';
export { formatNumber } from '../../src/lib/figures.ts';
export { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
export { htmlElements, metaCsp } from '../../src/lib/html-document.ts';
export { gzipSize, inlineScripts, scriptClosure, scriptsFetchedByParser, scriptsNamedIn, STORY_JS_BUDGET } from '../../src/lib/js-budget.ts';
export { findStrayNumbers, monthNamesFor, type NumberScanOptions } from '../../src/lib/number-scan.ts';
export { pngSize } from '../../src/lib/png-size.ts';
export { EMBED_FOLDER } from '../../src/lib/security-headers.ts';
export { fontFaceRules, missingFromCore, SERIF_CORE_FILE, SERIF_CORE_WEIGHTS } from '../../src/lib/serif-core.ts';
export { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

/** The stylesheet that declares the site's font faces (read by the font checks). */
export const FONTS_CSS = 'src/styles/fonts.css';

/** The seed article, kept byte for byte; /sources/article.txt must equal it. */
export const SEED_ARTICLE = 'seeds/000_bee7d83bfa564166.txt';
