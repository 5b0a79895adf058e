/**
 * Everything the tests take from the site's own code and tools, in one
 * place: the chart registry, the checkers and formats the build uses, and the
 * static server. Tests import these from here, never from src/ or tools/
 * directly, so a move of those files is re-pathed in this one file.
 */
export { CHARTS, CHART_IDS, type ChartId } from '../../src/charts/registry.ts';
export { fontFaceRules, missingFromCore, SERIF_CORE_FILE, SERIF_CORE_WEIGHTS } from '../../src/fonts/serif-core.ts';
export { parseCsp } from '../../src/security/csp.ts';
export { PARTS_SELECTOR } from '../../src/story/body/story-parts.ts';
export { READING_LINE } from '../../src/scrolly/reading-line.ts';
export { curlQuotes } from '../../src/shared/typography.ts';
export { htmlElements, metaCsp } from '../../src/security/html-document.ts';
export { EMBED_FOLDER } from '../../src/security/security-policy.ts';
export { findStrayNumbers, monthNamesFor, type NumberScanOptions } from '../../src/trust/checks/number-scan.ts';
export { formatNumber } from '../../src/trust/figures.ts';
export { composite, contrastRatio, parseCssColor, type Rgba } from '../../tools/color-contrast.ts';
export { headersFor, parseHeadersFile } from '../../tools/headers-file.ts';
export { gzipSize, inlineScripts, scriptClosure, scriptsFetchedByParser, scriptsNamedIn, STORY_JS_BUDGET } from '../../tools/js-budget.ts';
export { pngSize } from '../../tools/png-size.ts';
export { startStaticServer, type StaticServer } from '../../tools/static-server.ts';

/** The stylesheet that declares the site's font faces (read by the font checks). */
export const FONTS_CSS = 'src/styles/fonts.css';

/** The seed article, kept byte for byte; /sources/article.txt must equal it. */
export const SEED_ARTICLE = 'seeds/000_bee7d83bfa564166.txt';
export { LANGUAGES, SOURCE_LANG, language, localPath, splitLangPath, type Lang } from '../../src/i18n/languages.ts';
export { toSimplified, toTraditionalCharacters } from '../../src/i18n/traditional.ts';
export { averageSentenceLength, chineseSentences, MAX_AVERAGE_SENTENCE } from '../../src/i18n/chinese-text.ts';
export { formatCompact } from '../../src/trust/figures.ts';
export { toTraditional } from '../../src/i18n/traditional.ts';
export { editionForPage, OFFLINE_MAX_BYTES, offlineEditions, pdfChromium, type OfflineEdition } from '../../src/downloads/offline/editions.ts';
export { CJK_FAMILIES } from '../../src/fonts/cjk-slices.ts';
