/** The part of subset-font (npm "subset-font", no bundled types) that the build uses. */
declare module 'subset-font' {
  export interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** Partial instancing: keep each named axis between min and max. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** Name table records to keep beyond the subsetter's default few (by OpenType name ID). */
    preserveNameIds?: number[];
    /** Keep every glyph (the text must be empty): for instancing a font without cutting it down. */
    keepAllGlyphs?: boolean;
    /** Leave these tables out (four-letter tags). */
    dropTables?: string[];
    /** Keep only the glyphs the text maps to, not those its layout features could reach. */
    noLayoutClosure?: boolean;
    /** Leave out the hinting instructions. */
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
