/**
 * Chinese fonts for the share cards, cut at build to exactly the characters
 * on each card. The source is @fontsource-variable's Noto Serif and Noto Sans
 * (SC for 简体, TC for 繁體) in node_modules: about 100 WOFF2 slices a family,
 * each covering a range of characters. A card's characters are sorted into the
 * slices that hold them; each slice is cut to those characters with HarfBuzz
 * (npm subset-font), pinned to one weight (satori draws a variable font at
 * its default weight only) and written as plain TrueType, which satori and
 * resvg both read. Nothing is fetched; a card's fonts come to a few tens of KB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'satori';
import subsetFont from 'subset-font';
import { assertGlyphs, drawnCharacters } from './card-glyphs';
import type { ChineseCardLanguage } from './card-languages';

export interface CjkFamily {
  /** The family's name, as errors name it. */
  name: string;
  /** The @fontsource-variable package. */
  packageName: string;
  /** The file name stem: files/<stem>-<slice>-wght-normal.woff2. */
  stem: string;
}

function family(name: string): CjkFamily {
  const stem = name.toLowerCase().replace(/\s+/g, '-');
  return { name, packageName: `@fontsource-variable/${stem}`, stem };
}

/** The serif sets titles (as Source Serif 4 does in English); the sans sets the rest. */
export const CJK_FAMILIES = {
  'zh-Hans': { serif: family('Noto Serif SC'), sans: family('Noto Sans SC') },
  'zh-Hant': { serif: family('Noto Serif TC'), sans: family('Noto Sans TC') },
} as const satisfies Record<ChineseCardLanguage, { serif: CjkFamily; sans: CjkFamily }>;

export type CardWeight = 400 | 700;

/** A family cut for one card at one weight: what satori and resvg are given. */
export interface CjkFace {
  /** The CSS font-family list naming every slice, in the order satori should try them. */
  cssFamily: string;
  /** The slices, for satori. */
  fonts: Font[];
  /** The same slices as TrueType bytes, for resvg. */
  files: Uint8Array[];
}

interface Slice {
  key: string;
  ranges: Array<[number, number]>;
}

// Resolve from the project root: the build bundles this file elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const slicesByPackage = new Map<string, Slice[]>();

/** The package's slices and the code points each covers, from its unicode.json ("[57]": "U+4e00-4e3f,…"). */
export function slicesOf(source: CjkFamily): Slice[] {
  let slices = slicesByPackage.get(source.packageName);
  if (!slices) {
    const ranges = JSON.parse(readFileSync(require.resolve(`${source.packageName}/unicode.json`), 'utf8')) as Record<string, string>;
    slices = Object.entries(ranges).map(([name, list]) => ({
      key: name.replace(/^\[|\]$/g, ''),
      ranges: list.split(',').map((range) => {
        const [from = '0', to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    }));
    slicesByPackage.set(source.packageName, slices);
  }
  return slices;
}

/** Sorts characters into the slices that cover them; characters no slice covers are returned apart. */
export function sortIntoSlices(source: CjkFamily, characters: readonly string[]): { bySlice: Map<string, string>; uncovered: string[] } {
  const slices = slicesOf(source);
  const bySlice = new Map<string, string>();
  const uncovered: string[] = [];
  for (const character of characters) {
    const code = character.codePointAt(0) ?? 0;
    const slice = slices.find((candidate) => candidate.ranges.some(([from, to]) => code >= from && code <= to));
    if (slice) bySlice.set(slice.key, (bySlice.get(slice.key) ?? '') + character);
    else uncovered.push(character);
  }
  return { bySlice, uncovered };
}

function sliceFile(source: CjkFamily, key: string): Buffer {
  return readFileSync(require.resolve(`${source.packageName}/files/${source.stem}-${key}-wght-normal.woff2`));
}

/**
 * Cuts `source` to the characters of `text` at `weight`. Throws, naming the
 * card and the characters, if the family has no glyph for some of them.
 */
export async function cjkFace(card: string, source: CjkFamily, weight: CardWeight, text: string): Promise<CjkFace> {
  const { bySlice, uncovered } = sortIntoSlices(source, drawnCharacters(text));
  const cuts = await Promise.all(
    [...bySlice].map(async ([key, characters]) => ({
      name: `${source.name} ${weight} ${key}`,
      data: await subsetFont(sliceFile(source, key), characters, { targetFormat: 'sfnt', variationAxes: { wght: weight } }),
    })),
  );
  const files = cuts.map((cut) => new Uint8Array(cut.data));
  // A range in unicode.json may span code points the font lacks: check the cut fonts themselves.
  assertGlyphs(card, `${source.name} (${weight})`, uncovered.join('') + text, files);
  return {
    cssFamily: cuts.map((cut) => `"${cut.name}"`).join(', '),
    fonts: cuts.map((cut) => ({ name: cut.name, weight, style: 'normal', data: cut.data })),
    files,
  };
}
