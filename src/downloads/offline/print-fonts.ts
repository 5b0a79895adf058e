/**
 * The Chinese font written into the print source of a Chinese offline
 * edition: what Chromium prints to PDF, never the HTML file readers get
 * (that one keeps the reader's own system CJK fonts, editions.ts).
 *
 * Why: Chromium embeds in the PDF whatever CJK font the build machine has. A
 * machine with none (CI's fresh one) prints boxes; one with a large system
 * face prints megabytes. So the print source carries Noto Sans SC or TC cut
 * to exactly the characters of its page (src/fonts/cjk-slices.ts), pinned
 * to a static instance: a variable font is embedded glyph by glyph as
 * pictures (static-weights.ts says more). Chromium subsets it again as it
 * embeds it.
 */
import { CJK_FAMILIES, QUOTED_SCRIPT_FAMILIES, cutSlices, drawnCharacters, type CjkWeight, type ChineseScript, type QuotedScript } from '../../fonts/cjk-slices.ts';
import { mergeFonts } from '../../fonts/merge-fonts.ts';
import { all, one, parsePage, text } from './dom.ts';
import { dataUrl } from './offline-pictures.ts';

/**
 * The weights cut: the regular alone, for every text (headings stand out by
 * size; `em` keeps its emphasis dots). A bold cut as well takes the 繁體 PDF
 * to within a few KB of OFFLINE_MAX_BYTES.
 */
export const PRINT_WEIGHTS: readonly CjkWeight[] = [400];

/**
 * Drawn by the print whatever the page's text: the printable ASCII (page
 * numbers, a link's address after it), list bullets and the emphasis marks
 * Chromium draws beside `em` (cjk.css, text-emphasis). A character the cut
 * font lacks sends Chromium to a system face, which the PDF would embed.
 */
const ALWAYS_DRAWN = `${Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('')}•●○◦◉﹅﹆▪`;

/**
 * Every character the print of `html` may draw: its text, its title, and the
 * text of its style sheets (what `content` and `quotes` add), so a little
 * more than it draws, never less.
 */
export function printedCharacters(html: string): string[] {
  // Spaces count: a space the cut font lacks is drawn in a system face, which the PDF then embeds.
  return [...new Set(text(parsePage(html)) + ALWAYS_DRAWN)].filter((character) => !/[\u0000-\u001f]/u.test(character));
}

/** The page's title, as its footer shows it. */
export function documentTitle(html: string): string {
  const title = one('title', parsePage(html));
  return title ? text(title).trim() : '';
}

/** The family the print source names: its own name, so no system face of the same name stands in for it. */
export function printFamily(script: ChineseScript): string {
  return `${CJK_FAMILIES[script].sans.name} Print`;
}

/**
 * A style sheet for the print source of a page in `script`: the page's
 * Chinese sans cut to `characters` at each weight, its slices merged into
 * one font (merge-fonts.ts: one embedded font, not thirty), and the page's
 * font stacks pointed at it.
 */
export async function printFontCss(script: ChineseScript, characters: readonly string[]): Promise<string> {
  const source = CJK_FAMILIES[script].sans;
  const family = printFamily(script);
  const faces = await Promise.all(
    PRINT_WEIGHTS.map(async (weight) => {
      const { cuts } = await cutSlices(source, weight, characters, { outlinesOnly: true });
      const font = mergeFonts(cuts.map((cut) => cut.data));
      return `@font-face{font-family:"${family}";font-weight:${weight};font-style:normal;src:url(${dataUrl('font.ttf', font)}) format("truetype")}`;
    }),
  );
  // The page's stacks are set per language (cjk.css, on :lang()); in print the cut font comes first everywhere.
  const stacks = `:root,:root *{--font-sans:"${family}",sans-serif !important;--font-serif:"${family}",sans-serif !important}`;
  return [...faces, stacks].join('\n');
}

/** A CSS string. */
const cssString = (value: string) => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The page's footer, the title and the page numbers, drawn by the page itself
 * (@page margin boxes) in the cut font: Chromium's own footer template sees
 * only system fonts, which print a Chinese title as boxes where there is no
 * CJK font. Printed with displayHeaderFooter off (offline-pdf.ts).
 */
export function printFooterCss(script: ChineseScript, title: string): string {
  const font = `font: 8pt "${printFamily(script)}", sans-serif; color: #555`;
  return `@page{@bottom-left{content:${cssString(title)};${font}}@bottom-right{content:counter(page) " / " counter(pages);${font}}}`;
}

/** The word joiner: no CJK face has it, and Chromium would embed a system face to draw nothing. */
const WORD_JOINER = /\u2060/g;

/** The print source: the offline file with the style sheet written in, last, so its stacks win. */
export function withPrintFonts(html: string, css: string): string {
  const at = html.lastIndexOf('</head>');
  if (at < 0) throw new Error('print source: the offline file has no </head> to write the print fonts before.');
  return `${html.slice(0, at)}<style>${css}</style>${html.slice(at)}`.replace(WORD_JOINER, '');
}

/** The characters of the elements marked `lang="<script>"`, for each East Asian script an English page quotes. */
export function quotedCharacters(html: string): Map<QuotedScript, string[]> {
  const page = parsePage(html);
  const found = new Map<QuotedScript, string[]>();
  for (const script of Object.keys(QUOTED_SCRIPT_FAMILIES) as QuotedScript[]) {
    const characters = drawnCharacters(all(`[lang="${script}"]`, page).map(text).join(''));
    if (characters.length > 0) found.set(script, characters);
  }
  return found;
}

/**
 * A style sheet for the print source of a page in a Latin script that quotes
 * Chinese or Korean (source titles in their own script): each script's sans
 * cut to the characters marked with it, merged into one font, and set on
 * those elements only. Without it a machine with no CJK font prints them as
 * boxes; with one, the PDF embeds a whole system face. Latin letters inside
 * them fall back to the page's own font.
 */
export async function quotedScriptsCss(quoted: ReadonlyMap<QuotedScript, readonly string[]>): Promise<string> {
  const rules = await Promise.all(
    [...quoted].map(async ([script, characters]) => {
      const source = QUOTED_SCRIPT_FAMILIES[script];
      const family = `${source.name} Print`;
      const { cuts } = await cutSlices(source, 400, characters, { outlinesOnly: true });
      if (cuts.length === 0) return '';
      const font = mergeFonts(cuts.map((cut) => cut.data));
      return `@font-face{font-family:"${family}";font-weight:100 900;font-style:normal;src:url(${dataUrl('font.ttf', font)}) format("truetype")}\n[lang="${script}"]{font-family:var(--font-sans),"${family}",sans-serif !important}`;
    }),
  );
  return rules.filter(Boolean).join('\n');
}
