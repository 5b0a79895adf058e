/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType (SFNT) file it
 * wraps. The share cards need it: resvg, which draws the chart's own labels,
 * reads only SFNT, while the self-hosted @fontsource fonts ship as WOFF.
 * WOFF is the SFNT's tables, each optionally zlib-compressed, behind a new
 * directory (https://www.w3.org/TR/WOFF/), so this only inflates and re-lays them.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.length < WOFF_HEADER || input.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('woffToSfnt: not a WOFF 1.0 font (WOFF2 is not supported).');
  const flavor = input.readUInt32BE(4);
  const count = input.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = WOFF_HEADER + WOFF_ENTRY * index;
    const offset = input.readUInt32BE(at + 4);
    const compressed = input.readUInt32BE(at + 8);
    const original = input.readUInt32BE(at + 12);
    const raw = input.subarray(offset, offset + compressed);
    const data = compressed < original ? inflateSync(raw) : raw;
    if (data.length !== original) throw new Error(`woffToSfnt: table ${index} unpacks to ${data.length} bytes, not ${original}.`);
    return { tag: input.readUInt32BE(at), checksum: input.readUInt32BE(at + 16), data };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const size = tables.reduce((sum, table) => sum + padded(table.data.length), SFNT_HEADER + SFNT_ENTRY * count);
  const output = Buffer.alloc(size);
  // The SFNT header's binary-search fields, as the OpenType spec defines them.
  const power = 2 ** Math.floor(Math.log2(count));
  output.writeUInt32BE(flavor, 0);
  output.writeUInt16BE(count, 4);
  output.writeUInt16BE(power * SFNT_ENTRY, 6);
  output.writeUInt16BE(Math.log2(power), 8);
  output.writeUInt16BE(count * SFNT_ENTRY - power * SFNT_ENTRY, 10);
  let offset = SFNT_HEADER + SFNT_ENTRY * count;
  tables.forEach((table, index) => {
    const at = SFNT_HEADER + SFNT_ENTRY * index;
    output.writeUInt32BE(table.tag, at);
    output.writeUInt32BE(table.checksum, at + 4);
    output.writeUInt32BE(offset, at + 8);
    output.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(output, offset);
    offset += padded(table.data.length);
  });
  return output;
}
