/**
 * The one call that draws a share card in any of the site's languages:
 *
 *   const png = await cardFor({ name: 'zh-hans/cards/story.png', lang: 'zh-Hans', kicker, title, subtitle, footer });
 *
 * English is set in the site's Latin fonts (card-fonts.ts); Chinese in Noto
 * Serif (title) and Noto Sans (the rest, and a chart's labels), cut to the
 * card's own characters (cjk-fonts.ts). Either way, a character the fonts
 * cannot draw fails the build with an error naming the card and the characters.
 */
import { cardFonts } from './card-fonts';
import { assertGlyphs, svgText } from './card-glyphs';
import type { Font } from 'satori';
import { CARD_FONTS, renderCard, type CardContent, type RenderOptions } from './card-image';
import { isChinese, type CardLanguage } from './card-languages';
import { CJK_FAMILIES } from '../../fonts/cjk-slices';
import { cjkFace } from './cjk-fonts';
import { woffToSfnt } from './woff-to-sfnt';

export interface CardRequest extends Omit<CardContent, 'lang'> {
  /** What errors call the card: its path, e.g. "zh-hant/cards/chapters/britain.png". */
  name: string;
  lang: CardLanguage;
}

/** The words of the card set in the sans-serif at the regular weight (a chart's labels among them). */
function sansText(request: CardRequest): string {
  return [request.subtitle ?? '', request.footer, request.svg ? svgText(request.svg) : ''].join(' ');
}

/** Everything renderCard takes for one card: its content, its fonts, and how to use them. */
export interface PreparedCard {
  content: CardContent;
  fonts: Font[];
  options: RenderOptions;
}

function latinCard(request: CardRequest): PreparedCard {
  const fonts = cardFonts();
  const family = (name: string) => fonts.filter((font) => font.name === name).map((font) => woffToSfnt(new Uint8Array(font.data as ArrayBuffer | Buffer)));
  assertGlyphs(request.name, CARD_FONTS.serif, request.title, family(CARD_FONTS.serif));
  assertGlyphs(request.name, CARD_FONTS.sans, `${request.kicker} ${sansText(request)}`, family(CARD_FONTS.sans));
  return { content: { ...request, lang: 'en' }, fonts, options: {} };
}

/** Checks the card's words against its fonts, cutting the Chinese fonts to them. */
export async function prepareCard(request: CardRequest): Promise<PreparedCard> {
  const { lang } = request;
  if (!isChinese(lang)) return latinCard(request);
  const families = CJK_FAMILIES[lang];
  const [serif, sansBold, sans] = await Promise.all([
    cjkFace(request.name, families.serif, 700, request.title),
    cjkFace(request.name, families.sans, 700, request.kicker),
    cjkFace(request.name, families.sans, 400, sansText(request)),
  ]);
  return {
    content: { ...request, lang },
    fonts: [...serif.fonts, ...sansBold.fonts, ...sans.fonts],
    options: {
      faces: { serif: serif.cssFamily, sansBold: sansBold.cssFamily, sans: sans.cssFamily },
      // Chart labels in the regular cut only: resvg picks among same-named fonts glyph by glyph, so a bold cut would mix weights within a label.
      chartFonts: sans.files,
      chartFamily: families.sans.name,
    },
  };
}

/** Draws the card as a 1200×630 PNG. */
export async function cardFor(request: CardRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { content, fonts, options } = await prepareCard(request);
  return renderCard(content, fonts, options);
}
