/** The part of fontverter (npm "fontverter", no bundled types) that the tests use. */
declare module 'fontverter' {
  const fontverter: {
    /** Converts a font between WOFF2, WOFF and plain TrueType/OpenType ("sfnt"). */
    convert(font: Buffer, format: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
  };
  export default fontverter;
}
