/**
 * Chinese fonts cut at build to exactly the characters a piece of text uses:
 * the share cards (src/sharing/cards/cjk-fonts.ts) and the printed Chinese
 * offline editions (src/downloads/offline/print-fonts.ts) both take theirs
 * from here. The source is @fontsource-variable's Noto Serif and Noto Sans
 * (SC for 简体, TC for 繁體) in node_modules: about 100 WOFF2 slices a family,
 * each covering a range of characters. The characters are sorted into the
 * slices that hold them; each slice is cut to those characters with HarfBuzz
 * (npm subset-font) and pinned to one weight, so the result is a static font
 * (a PDF writer embeds a variable font glyph by glyph, as pictures). Nothing
 * is fetched.
 *
 * Imports name their .ts files: the offline integration, which uses this
 * file, is loaded by Node itself (astro.config.mjs).
 */
import subsetFont from 'subset-font';
import { readInstalled } from '../shared/installed.ts';

/** The Chinese scripts, as BCP 47 writes them in a page's `lang`. */
export type ChineseScript = 'zh-Hans' | 'zh-Hant';

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

/** The serif sets card titles (as Source Serif 4 does in English); the sans sets the rest. */
export const CJK_FAMILIES = {
  'zh-Hans': { serif: family('Noto Serif SC'), sans: family('Noto Sans SC') },
  'zh-Hant': { serif: family('Noto Serif TC'), sans: family('Noto Sans TC') },
} as const satisfies Record<ChineseScript, { serif: CjkFamily; sans: CjkFamily }>;

/**
 * The sans for text an English page quotes in an East Asian script (source
 * titles, the language switcher's names), by the `lang` it is marked with.
 */
export const QUOTED_SCRIPT_FAMILIES = {
  'zh-Hans': CJK_FAMILIES['zh-Hans'].sans,
  'zh-Hant': CJK_FAMILIES['zh-Hant'].sans,
  ko: family('Noto Sans KR'),
} as const satisfies Record<string, CjkFamily>;
export type QuotedScript = keyof typeof QUOTED_SCRIPT_FAMILIES;

/** Format characters that are never drawn (joiners, variation selectors, the byte-order mark): no font needs them. */
const NEVER_DRAWN = /[\u0000-\u001f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]/gu;

/** The distinct characters a font must draw to set `text`, in order of first use. */
export function drawnCharacters(text: string): string[] {
  return [...new Set(text.replace(NEVER_DRAWN, '').replace(/\s/gu, ' '))];
}

/** The weights a cut may be pinned at. */
export type CjkWeight = 400 | 700;

interface Slice {
  key: string;
  ranges: Array<[number, number]>;
}

const slicesByPackage = new Map<string, Slice[]>();

/** The package's slices and the code points each covers, from its unicode.json ("[57]": "U+4e00-4e3f,…"). */
export function slicesOf(source: CjkFamily): Slice[] {
  let slices = slicesByPackage.get(source.packageName);
  if (!slices) {
    const ranges = JSON.parse(readInstalled(`${source.packageName}/unicode.json`).toString('utf8')) as Record<string, string>;
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

const sliceFiles = new Map<string, Buffer>();

/** A slice's WOFF2 file, read once per build (the cards and the printed editions cut the same slices). */
function sliceFile(source: CjkFamily, key: string): Buffer {
  const specifier = `${source.packageName}/files/${source.stem}-${key}-wght-normal.woff2`;
  let file = sliceFiles.get(specifier);
  if (!file) {
    file = readInstalled(specifier);
    sliceFiles.set(specifier, file);
  }
  return file;
}

/** One slice cut to the characters it was given. */
export interface SliceCut {
  /** The slice's key in the package ("57"). */
  key: string;
  /** The characters it was cut to. */
  characters: string;
  /** The static font, in the format asked for. */
  data: Buffer;
}

export interface CutOptions {
  /** The cut fonts' format: TrueType (satori and resvg read it) or woff2. */
  targetFormat?: 'sfnt' | 'woff2';
  /**
   * Leave out the OpenType layout tables (GSUB, GPOS, GDEF) and the hinting:
   * for a PDF, which embeds every table it is given and keeps its glyphs'
   * outlines only. Text is then set without kerning or contextual forms.
   */
  outlinesOnly?: boolean;
}

/** The tables `outlinesOnly` leaves out. */
const LAYOUT_TABLES = ['GSUB', 'GPOS', 'GDEF'];

/**
 * Cuts `source` to `characters` at `weight`: one static font per slice that
 * holds some of them. Characters no slice covers are returned apart; a range
 * in unicode.json may also span code points the font lacks, so callers that
 * must draw every character check the cut fonts themselves.
 */
export async function cutSlices(
  source: CjkFamily,
  weight: CjkWeight,
  characters: readonly string[],
  { targetFormat = 'sfnt', outlinesOnly = false }: CutOptions = {},
): Promise<{ cuts: SliceCut[]; uncovered: string[] }> {
  const { bySlice, uncovered } = sortIntoSlices(source, characters);
  const cuts = await Promise.all(
    [...bySlice].map(async ([key, sliceCharacters]) => ({
      key,
      characters: sliceCharacters,
      data: await subsetFont(sliceFile(source, key), sliceCharacters, {
        targetFormat,
        variationAxes: { wght: weight },
        ...(outlinesOnly ? { dropTables: LAYOUT_TABLES, noLayoutClosure: true, noHinting: true } : {}),
      }),
    })),
  );
  return { cuts, uncovered };
}
