/**
 * The serif's core font pinned at the weights the story uses, each a static
 * font of its own, for the offline file.
 *
 * Why not the page's variable core file as it is: Chromium's PDF writer
 * cannot embed a variable font. It draws each glyph as a little picture (a
 * Type 3 font): the story's PDF came out near 1 MB, over the 600 KB budget,
 * blurry in some readers and poor for copying text. Static instances are
 * embedded as real, subset fonts. The offline file carries these instead of
 * the variable core, so its screen and its PDF use the same faces; three
 * weights cost about 17 KB more than the variable file in the HTML.
 *
 * The same subsetter (HarfBuzz, npm subset-font) cuts the core itself
 * (src/fonts/serif-core-font.ts).
 */
import subsetFont from 'subset-font';
import { SERIF_CORE_WEIGHTS } from '../../fonts/serif-core.ts';

/** The weights the story's serif text is set in (a browser gate holds it to the core's 400 to 700); others take the nearest. */
export const STATIC_WEIGHTS = [400, 600, 700] as const;

export interface FontInstance {
  weight: number;
  /** The instance, woff2. */
  bytes: Buffer;
}

/** The variable font pinned at each weight (woff2), every glyph kept. */
export async function staticWeights(font: Buffer, weights: readonly number[] = STATIC_WEIGHTS): Promise<FontInstance[]> {
  for (const weight of weights) {
    if (weight < SERIF_CORE_WEIGHTS.min || weight > SERIF_CORE_WEIGHTS.max) throw new Error(`static weight ${weight}: the core font keeps ${SERIF_CORE_WEIGHTS.min} to ${SERIF_CORE_WEIGHTS.max} only.`);
  }
  return Promise.all(weights.map(async (weight) => ({ weight, bytes: await subsetFont(font, '', { targetFormat: 'woff2', keepAllGlyphs: true, variationAxes: { wght: weight } }) })));
}
