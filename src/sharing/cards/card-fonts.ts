/**
 * Fonts for the share cards, read at build time from the @fontsource packages
 * in node_modules (never fetched). Satori reads WOFF, not WOFF2, so these are
 * the static .woff files, Latin subset.
 */
import type { Font } from 'satori';
import { readInstalled } from '../../shared/installed';
import { CARD_FONTS } from './card-image';

let cache: Font[] | undefined;

export function cardFonts(): Font[] {
  cache ??= [
    { name: CARD_FONTS.serif, weight: 700, style: 'normal', data: readInstalled('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff') },
    { name: CARD_FONTS.sans, weight: 400, style: 'normal', data: readInstalled('@fontsource/inter/files/inter-latin-400-normal.woff') },
    { name: CARD_FONTS.sans, weight: 700, style: 'normal', data: readInstalled('@fontsource/inter/files/inter-latin-700-normal.woff') },
  ];
  return cache;
}
