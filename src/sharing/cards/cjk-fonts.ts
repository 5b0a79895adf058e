/**
 * Chinese fonts for the share cards, cut at build to exactly the characters
 * on each card (src/fonts/cjk-slices.ts does the cutting): Noto Serif and
 * Noto Sans, SC for 简体 and TC for 繁體, pinned to one weight (satori draws a
 * variable font at its default weight only) and written as plain TrueType,
 * which satori and resvg both read. A card's fonts come to a few tens of KB.
 */
import type { Font } from 'satori';
import { cutSlices, drawnCharacters, type CjkFamily, type CjkWeight } from '../../fonts/cjk-slices';
import { assertGlyphs } from './card-glyphs';


export type CardWeight = CjkWeight;

/** A family cut for one card at one weight: what satori and resvg are given. */
export interface CjkFace {
  /** The CSS font-family list naming every slice, in the order satori should try them. */
  cssFamily: string;
  /** The slices, for satori. */
  fonts: Font[];
  /** The same slices as TrueType bytes, for resvg. */
  files: Uint8Array[];
}

/**
 * Cuts `source` to the characters of `text` at `weight`. Throws, naming the
 * card and the characters, if the family has no glyph for some of them.
 */
export async function cjkFace(card: string, source: CjkFamily, weight: CardWeight, text: string): Promise<CjkFace> {
  const { cuts, uncovered } = await cutSlices(source, weight, drawnCharacters(text));
  const named = cuts.map((cut) => ({ name: `${source.name} ${weight} ${cut.key}`, data: cut.data }));
  const files = named.map((cut) => new Uint8Array(cut.data));
  // A range in unicode.json may span code points the font lacks: check the cut fonts themselves.
  assertGlyphs(card, `${source.name} (${weight})`, uncovered.join('') + text, files);
  return {
    cssFamily: named.map((cut) => `"${cut.name}"`).join(', '),
    fonts: named.map((cut) => ({ name: cut.name, weight, style: 'normal', data: cut.data })),
    files,
  };
}
