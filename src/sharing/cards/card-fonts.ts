/**
 * Fonts for the share cards, read at build time from the @fontsource packages
 * in node_modules (never fetched). Satori reads WOFF, not WOFF2, so these are
 * the static .woff files, Latin subset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'satori';
import { CARD_FONTS } from './card-image';

// Resolve from the project root: the build bundles this file elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));

function fontFile(specifier: string): Buffer {
  return readFileSync(require.resolve(specifier));
}

let cache: Font[] | undefined;

export function cardFonts(): Font[] {
  cache ??= [
    { name: CARD_FONTS.serif, weight: 700, style: 'normal', data: fontFile('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff') },
    { name: CARD_FONTS.sans, weight: 400, style: 'normal', data: fontFile('@fontsource/inter/files/inter-latin-400-normal.woff') },
    { name: CARD_FONTS.sans, weight: 700, style: 'normal', data: fontFile('@fontsource/inter/files/inter-latin-700-normal.woff') },
  ];
  return cache;
}
