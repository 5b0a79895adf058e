/**
 * Draws a share card: the 1200×630 PNG that social sites and chat apps show
 * for a link. Satori lays the text out into an SVG with fonts the caller loads
 * from disk (no network), and resvg turns the SVG into a PNG. A chart SVG can
 * be passed to sit beside the title (the per-chart cards use it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { woffToSfnt } from './woff-to-sfnt';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

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

/** A minimal element tree in the shape satori reads (it needs no React). */
interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | Array<CardNode | string>; src?: string; width?: number; height?: number };
}

function node(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/** Longer titles get smaller type so that they always fit in four lines. */
export function titleSize(title: string, narrow: boolean): number {
  const length = title.length * (narrow ? 1.6 : 1);
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

export function cardTree(content: CardContent): CardNode {
  const withChart = content.svg !== undefined;
  const innerWidth = CARD_WIDTH - 2 * PADDING_X;
  const bodyHeight = CARD_HEIGHT - ACCENT_BAR - PADDING_TOP - PADDING_BOTTOM - FOOTER_HEIGHT;
  const textWidth = withChart ? innerWidth - CHART_WIDTH - CHART_GAP : innerWidth;
  const text = node(
    'div',
    { display: 'flex', flexDirection: 'column', width: textWidth, height: bodyHeight, justifyContent: 'center', overflow: 'hidden' },
    [
      node('div', { fontFamily: CARD_FONTS.sans, fontWeight: 700, fontSize: 26, letterSpacing: 3, textTransform: 'uppercase', color: CARD_COLOURS.accent, marginBottom: 24 }, content.kicker),
      node('div', { fontFamily: CARD_FONTS.serif, fontWeight: 700, fontSize: titleSize(content.title, withChart), lineHeight: 1.12, color: CARD_COLOURS.text }, content.title),
      ...(content.subtitle
        ? [node('div', { fontFamily: CARD_FONTS.sans, fontWeight: 400, fontSize: 28, lineHeight: 1.4, color: CARD_COLOURS.muted, marginTop: 28 }, content.subtitle)]
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
          fontFamily: CARD_FONTS.sans,
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

let fontFiles: string[] | undefined;

/** The card fonts as SFNT files on disk, which is how resvg takes fonts; written once per build. */
function resvgFontFiles(fonts: Font[]): string[] {
  if (fontFiles) return fontFiles;
  const dir = join(tmpdir(), 'overseas-110-card-fonts');
  mkdirSync(dir, { recursive: true });
  fontFiles = fonts.map((font) => {
    const file = join(dir, `${font.name.replace(/\W+/g, '-')}-${font.weight ?? 400}-${font.style ?? 'normal'}.ttf`);
    writeFileSync(file, woffToSfnt(new Uint8Array(font.data as ArrayBuffer | Buffer)));
    return file;
  });
  return fontFiles;
}

/** Renders a card to PNG bytes. `fonts` (WOFF) must include the serif and sans families above. */
export async function renderCard(content: CardContent, fonts: Font[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(cardTree(content), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // A chart brings its own text; resvg draws it in the card's sans-serif.
  const font = content.svg ? { fontFiles: resvgFontFiles(fonts), defaultFontFamily: CARD_FONTS.sans, sansSerifFamily: CARD_FONTS.sans } : {};
  const png = new Resvg(inlineSvgImages(svg), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false, ...font } }).render().asPng();
  return new Uint8Array(png);
}
