/**
 * The story's serif, cut down to what its pages print.
 *
 * @fontsource's Latin file of Source Serif 4 carries every Latin character at
 * every weight from 200 to 900. The pages print about half of those
 * characters, at weights 400 to 700. The build cuts a "core" file to exactly
 * those (serif-core-font.ts), less than half the size, and every page
 * preloads it: on a phone's first visit, the text takes its own face sooner
 * (fonts.css uses font-display: optional).
 *
 * A character outside the core still prints in the serif: fonts.css keeps the
 * full Latin file declared for the rest of its characters (unicodeRangeWithout),
 * and the browser fetches it only for a page that needs one of them. The test
 * suite fails when a built page does, and names the characters to add here.
 */

const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, index) => String.fromCharCode(0x20 + index)).join('');

/** Every character the core file carries: printable ASCII and the typography and names the pages use. */
export const SERIF_CORE_CHARACTERS =
  PRINTABLE_ASCII +
  '\u00a0' + // no-break space
  '\u2009' + // thin space
  '\u00b7\u00d7' + // · ×
  '\u00e3\u00f1' + // ã (São Paulo) ñ (Viña del Mar)
  '\u2013\u2014' + // – —
  '\u2018\u2019\u201c\u201d' + // ‘ ’ “ ”
  '\u2026' + // …
  '\u2191'; // ↑ (back to the top)

/** Where the build writes the core file, from the project root (git-ignored; fonts.css and BaseLayout name it). */
export const SERIF_CORE_FILE = 'src/styles/fonts/source-serif-4-latin-core.woff2';

/** The weights the core file keeps; the serif text on every page uses only these (a browser test holds it). */
export const SERIF_CORE_WEIGHTS = { min: 400, max: 700 } as const;

/** The characters as a CSS unicode-range value (`U+20-7E,U+A0,…`), runs of neighbours merged. */
export function unicodeRange(characters: string): string {
  const points = [...new Set([...characters].map((character) => character.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const point of points) {
    const last = runs.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else runs.push([point, point]);
  }
  const hex = (point: number) => point.toString(16).toUpperCase();
  return runs.map(([first, end]) => (first === end ? `U+${hex(first)}` : `U+${hex(first)}-${hex(end)}`)).join(',');
}

/** The code points of a CSS unicode-range value, in order (single points and ranges; no wildcards). */
function codePointsOf(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`unicode-range: cannot read "${part.trim()}" (wildcards such as U+4?? are not supported)`);
    const first = Number.parseInt(match[1], 16);
    const end = match[2] ? Number.parseInt(match[2], 16) : first;
    return Array.from({ length: end - first + 1 }, (_, offset) => first + offset);
  });
}

/** Control characters (C0 and C1): no glyph, so no reason to fetch a font for them. */
const isControl = (point: number) => point < 0x20 || (point >= 0x7f && point < 0xa0);

/**
 * The full Latin face's unicode-range once the core has taken its characters
 * (and control characters are left out). The two faces must not overlap: if
 * the core failed to load, a browser falls through to the next face that
 * claims the character, and would fetch the full file for plain text.
 */
export function unicodeRangeWithout(range: string, characters: string): string {
  const taken = new Set([...characters].map((character) => character.codePointAt(0)));
  return unicodeRange(String.fromCodePoint(...codePointsOf(range).filter((point) => !taken.has(point) && !isControl(point))));
}

/** Whether a code point falls in a CSS unicode-range value (single points and ranges; no wildcards). */
export function inUnicodeRange(range: string, point: number): boolean {
  return codePointsOf(range).includes(point);
}

/** The characters of `text` that a face with `range` would print but the core lacks, each once, in order. */
export function missingFromCore(text: string, range: string): string[] {
  const core = new Set(SERIF_CORE_CHARACTERS);
  // Read the range once, not once a character: a page has tens of thousands.
  const claimed = new Set(codePointsOf(range));
  const missing = new Set<string>();
  for (const character of text) {
    if (/\s/.test(character) && character !== '\u00a0' && character !== '\u2009') continue;
    if (!core.has(character) && claimed.has(character.codePointAt(0) ?? 0)) missing.add(character);
  }
  return [...missing];
}

/** One @font-face rule of a stylesheet, its descriptors by name (`src`, `unicode-range`, …). */
export type FontFaceRule = Record<string, string>;

/** The @font-face rules of a stylesheet, in order (comments ignored). */
export function fontFaceRules(css: string): FontFaceRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((rule) =>
    Object.fromEntries(
      rule[1]
        .split(';')
        .map((declaration) => declaration.trim())
        .filter(Boolean)
        .map((declaration) => {
          const colon = declaration.indexOf(':');
          return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
        }),
    ),
  );
}
