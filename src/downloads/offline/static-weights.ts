/**
 * A variable font pinned at a few weights, each a static font of its own.
 *
 * Chromium's PDF writer cannot embed a variable font: it draws every glyph
 * as a little picture (a Type 3 font), about twice the bytes, blurry in some
 * readers and poor for copying text. Static instances are embedded as real
 * fonts, cut to the characters printed. The offline file carries these
 * instead of the page's variable core, so its screen and its PDF use the
 * same faces. The same subsetter (HarfBuzz, npm subset-font) cuts the core
 * (src/fonts/serif-core-font.ts).
 */
import subsetFont from 'subset-font';

export interface FontInstance {
  weight: number;
  bytes: Buffer;
}

/** The font pinned at each weight (woff2), every glyph kept. */
export async function staticWeights(font: Buffer, weights: readonly number[]): Promise<FontInstance[]> {
  return Promise.all(weights.map(async (weight) => ({ weight, bytes: await subsetFont(font, '', { targetFormat: 'woff2', keepAllGlyphs: true, variationAxes: { wght: weight } }) })));
}
