/**
 * Draws a share card: the 1200×630 PNG that social sites and chat apps show
 * for a link. Satori lays the text out into an SVG with fonts the caller loads
 * from disk (no network), and resvg turns the SVG into a PNG. A chart SVG can
 * be passed to sit beside the title (the per-chart cards use it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_LOCALES, isChinese, type CardLanguage } from './card-languages';
import { phraseRuns, startsWithOpening, type BreakOpportunity } from './cjk-line-breaks';
import { woffToSfnt } from './woff-to-sfnt';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The most bytes a card may take: social sites fetch it for every shared link, so it stays far under their limits. */
export const CARD_MAX_BYTES = 150_000;

export interface CardContent {
  /** Small capitals above the title: the site name, or "Chapter 3". */
  kicker: string;
  /** The page's headline or question. */
  title: string;
  /** One line under the title, e.g. the standfirst. Optional. */
  subtitle?: string | undefined;
  /** Credit line at the foot of the card, e.g. "Overseas 110 · the story's headline". */
  footer: string;
  /** An SVG document (a chart) shown to the right of the text. Optional. */
  svg?: string | undefined;
  /** The language of the words (English unless given): sets the type and how lines break. */
  lang?: CardLanguage | undefined;
}

/** The card's colours: the light theme of src/styles/tokens.css. */
export const CARD_COLOURS = {
  background: '#fdfcf9',
  text: '#1b1b1b',
  muted: '#595959',
  accent: '#b3261e',
  rule: '#d6d2c8',
} as const;

/** Font families the layout names; the caller supplies their files. */
export const CARD_FONTS = { serif: 'Source Serif 4', sans: 'Inter' } as const;

/** The CSS font-family lists the layout sets its text in: the title, the bold kicker, the rest. */
export interface CardFaces {
  serif: string;
  sansBold: string;
  sans: string;
}

const LATIN_FACES: CardFaces = { serif: CARD_FONTS.serif, sansBold: CARD_FONTS.sans, sans: CARD_FONTS.sans };

/** A minimal element tree in the shape satori reads (it needs no React). */
interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: CardNode | BreakOpportunity | string | Array<CardNode | BreakOpportunity | string>;
    src?: string;
    width?: number;
    height?: number;
    lang?: string;
  };
}

function node(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/** A full-width character (Han, kana, hangul, full-width punctuation) sets about twice as wide as a Latin letter. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The title's width in Latin letters: what the size steps below are measured in. */
export function titleLength(title: string): number {
  return [...title].reduce((length, character) => length + (WIDE.test(character) ? 2 : 1), 0);
}

/** Longer titles get smaller type so that they always fit in four lines. */
export function titleSize(title: string, narrow: boolean): number {
  const length = titleLength(title) * (narrow ? 1.6 : 1);
  if (length <= 45) return 76;
  if (length <= 75) return 64;
  if (length <= 110) return 54;
  return 46;
}

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Layout in pixels. Satori sizes boxes like CSS content-box, so widths are worked out here. */
const PADDING_X = 72;
const PADDING_TOP = 56;
const PADDING_BOTTOM = 40;
const ACCENT_BAR = 14;
const FOOTER_HEIGHT = 56;
const CHART_WIDTH = 440;
const CHART_GAP = 48;

/** How each script is set: Chinese has no capitals to track out, needs more leading, and breaks titles between words. */
function typography(lang: CardLanguage): { kicker: Record<string, string | number>; titleLineHeight: number; subtitleLineHeight: number } {
  return isChinese(lang)
    ? { kicker: { letterSpacing: 2 }, titleLineHeight: 1.28, subtitleLineHeight: 1.55 }
    : { kicker: { letterSpacing: 3, textTransform: 'uppercase' }, titleLineHeight: 1.12, subtitleLineHeight: 1.4 };
}

function titleNode(content: CardContent, faces: CardFaces, size: number, lineHeight: number): CardNode {
  const lang = content.lang ?? 'en';
  const style = { fontFamily: faces.serif, fontWeight: 700, fontSize: size, lineHeight, color: CARD_COLOURS.text };
  if (!isChinese(lang)) return node('div', style, content.title);
  const trim: Record<string, string> = startsWithOpening(content.title) ? { textIndent: '-0.5em' } : {};
  const title = node('div', { ...style, ...trim, wordBreak: 'keep-all', overflowWrap: 'anywhere', textWrap: 'balance' }, phraseRuns(content.title, lang));
  return { ...title, props: { ...title.props, lang: CARD_LOCALES[lang] } };
}

export function cardTree(content: CardContent, faces: CardFaces = LATIN_FACES): CardNode {
  const lang = content.lang ?? 'en';
  const type = typography(lang);
  const withChart = content.svg !== undefined;
  const innerWidth = CARD_WIDTH - 2 * PADDING_X;
  const bodyHeight = CARD_HEIGHT - ACCENT_BAR - PADDING_TOP - PADDING_BOTTOM - FOOTER_HEIGHT;
  const textWidth = withChart ? innerWidth - CHART_WIDTH - CHART_GAP : innerWidth;
  const text = node(
    'div',
    { display: 'flex', flexDirection: 'column', width: textWidth, height: bodyHeight, justifyContent: 'center', overflow: 'hidden' },
    [
      node('div', { fontFamily: faces.sansBold, fontWeight: 700, fontSize: 26, ...type.kicker, color: CARD_COLOURS.accent, marginBottom: 24 }, content.kicker),
      titleNode(content, faces, titleSize(content.title, withChart), type.titleLineHeight),
      ...(content.subtitle
        ? [node('div', { fontFamily: faces.sans, fontWeight: 400, fontSize: 28, lineHeight: type.subtitleLineHeight, color: CARD_COLOURS.muted, marginTop: 28 }, content.subtitle)]
        : []),
    ],
  );
  const chart = withChart
    ? [
        node('div', { display: 'flex', width: CHART_WIDTH, height: bodyHeight, marginLeft: CHART_GAP, alignItems: 'center', justifyContent: 'center' }, [
          { type: 'img', props: { src: svgDataUri(content.svg ?? ''), width: CHART_WIDTH, height: bodyHeight, style: { objectFit: 'contain' } } },
        ]),
      ]
    : [];
  return node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: CARD_COLOURS.background,
      borderTop: `${ACCENT_BAR}px solid ${CARD_COLOURS.accent}`,
      padding: `${PADDING_TOP}px ${PADDING_X}px ${PADDING_BOTTOM}px`,
    },
    [
      node('div', { display: 'flex', flexDirection: 'row', width: innerWidth, height: bodyHeight }, [text, ...chart]),
      node(
        'div',
        {
          display: 'flex',
          alignItems: 'flex-end',
          width: innerWidth,
          height: FOOTER_HEIGHT,
          borderTop: `2px solid ${CARD_COLOURS.rule}`,
          fontFamily: faces.sans,
          fontSize: 24,
          color: CARD_COLOURS.muted,
          overflow: 'hidden',
        },
        content.footer,
      ),
    ],
  );
}

/**
 * resvg draws no text inside an SVG that is shown as an image, so each SVG
 * image satori placed is written into the card's SVG itself, as a nested
 * <svg> at the same position and size: the chart keeps its labels.
 */
export function inlineSvgImages(cardSvg: string): string {
  return cardSvg.replace(/<image\b[^>]*\bhref="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"[^>]*\/>/g, (image, base64: string) => {
    const box = ['x', 'y', 'width', 'height'].map((name) => `${name}="${new RegExp(`\\s${name}="([^"]*)"`).exec(image)?.[1] ?? '0'}"`).join(' ');
    const svg = Buffer.from(base64, 'base64').toString('utf8');
    return svg.replace(/^<svg\b([^>]*)>/, (_open, attributes: string) => `<svg${attributes.replace(/\s(?:x|y|width|height|preserveAspectRatio)="[^"]*"/g, '')} ${box} preserveAspectRatio="xMidYMid meet">`);
  });
}

/**
 * Fonts as SFNT files on disk, which is how resvg takes fonts. Each file is
 * named by its bytes' hash, so it is written once per machine and different
 * fonts (a Chinese card's cuts) never reuse another card's file.
 */
function resvgFontFiles(fonts: readonly Uint8Array[]): string[] {
  const dir = join(tmpdir(), 'overseas-110-card-fonts');
  mkdirSync(dir, { recursive: true });
  return fonts.map((font) => {
    const file = join(dir, `${createHash('sha256').update(font).digest('hex').slice(0, 24)}.ttf`);
    if (!existsSync(file)) writeFileSync(file, font);
    return file;
  });
}

const unpacked = new WeakMap<Font[], Uint8Array[]>();

/** The WOFF fonts unpacked for resvg, once per font list. */
function sfntOf(fonts: Font[]): Uint8Array[] {
  const sfnt = unpacked.get(fonts) ?? fonts.map((font) => woffToSfnt(new Uint8Array(font.data as ArrayBuffer | Buffer)));
  unpacked.set(fonts, sfnt);
  return sfnt;
}

export interface RenderOptions {
  /** The font-family lists to set the text in; the Latin families by default. */
  faces?: CardFaces;
  /** TrueType/OpenType fonts for the chart's labels (drawn by resvg); by default the WOFF `fonts`, unpacked. */
  chartFonts?: readonly Uint8Array[];
  /** The family resvg draws chart labels in when the chart's own families are not loaded. */
  chartFamily?: string;
}

/** Renders a card to PNG bytes. Without options, `fonts` (WOFF) must include the serif and sans families above. */
export async function renderCard(content: CardContent, fonts: Font[], options: RenderOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardTree(content, options.faces), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // A chart brings its own text; resvg draws it in the card's sans-serif.
  const family = options.chartFamily ?? CARD_FONTS.sans;
  const font = content.svg ? { fontFiles: resvgFontFiles(options.chartFonts ?? sfntOf(fonts)), defaultFontFamily: family, sansSerifFamily: family } : {};
  const png = new Resvg(inlineSvgImages(svg), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false, ...font } }).render().asPng();
  return new Uint8Array(png);
}
