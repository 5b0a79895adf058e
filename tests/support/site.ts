/**
 * Everything the tests take from the site's own code, in one place: the chart
 * registry, the checkers and formats the build uses, and the static server.
 * Tests import these from here, never from src/ or scripts/ directly, so a
 * move of the site's files is re-pathed in this one file.
 */
export { CHARTS, CHART_IDS, type ChartId } from '../../src/charts/registry';
export { composite, contrastRatio, parseCssColor, type Rgba } from '../../src/lib/color-contrast';
export { parseCsp } from '../../src/lib/csp';
export { formatNumber } from '../../src/lib/figures';
export { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
export { htmlElements, metaCsp } from '../../src/lib/html-document';
export { gzipSize, inlineScripts, scriptClosure, scriptsFetchedByParser, scriptsNamedIn, STORY_JS_BUDGET } from '../../src/lib/js-budget';
export { findStrayNumbers, monthNamesFor, type NumberScanOptions } from '../../src/lib/number-scan';
export { pngSize } from '../../src/lib/png-size';
export { EMBED_FOLDER } from '../../src/lib/security-headers';
export { fontFaceRules, missingFromCore, SERIF_CORE_FILE, SERIF_CORE_WEIGHTS } from '../../src/lib/serif-core';
export { startStaticServer, type StaticServer } from '../../scripts/static-server';

/** The stylesheet that declares the site's font faces (read by the font checks). */
export const FONTS_CSS = 'src/styles/fonts.css';

/** The seed article, kept byte for byte; /sources/article.txt must equal it. */
export const SEED_ARTICLE = 'seeds/000_bee7d83bfa564166.txt';
