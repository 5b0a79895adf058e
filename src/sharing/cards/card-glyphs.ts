/**
 * Checks that a card's fonts draw every character of its words, so that a
 * character no font has fails the build, naming the card and the characters,
 * instead of printing a blank or a box on a card that social sites cache.
 */
import * as fontkit from 'fontkit';
import { drawnCharacters } from '../../fonts/cjk-slices';

/** The text between the tags of an SVG (labels, titles): what resvg may draw from it. */
export function svgText(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[(name ?? '').toLowerCase()] ?? '',
    );
}

/** The characters of `text` that none of `fonts` (SFNT, WOFF or WOFF2 bytes) has a glyph for. */
export function missingGlyphs(text: string, fonts: readonly Uint8Array[]): string[] {
  const faces = fonts.map((data) => fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) as fontkit.Font);
  return drawnCharacters(text).filter((character) => !faces.some((face) => face.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)));
}

/** "“𠀀” (U+20000)": how an error names a character. */
export function describeCharacters(characters: readonly string[]): string {
  return characters.map((character) => `“${character}” (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}

export class MissingGlyphsError extends Error {
  constructor(card: string, fontName: string, characters: readonly string[]) {
    super(`Share card "${card}": ${fontName} has no glyph for ${describeCharacters(characters)}. Reword the card's text or add a font that has them.`);
    this.name = 'MissingGlyphsError';
  }
}

/** Throws a MissingGlyphsError naming the card and the characters if `fonts` lack any of `text`. */
export function assertGlyphs(card: string, fontName: string, text: string, fonts: readonly Uint8Array[]): void {
  const missing = missingGlyphs(text, fonts);
  if (missing.length > 0) throw new MissingGlyphsError(card, fontName, missing);
}
