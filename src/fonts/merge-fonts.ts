/**
 * Merges TrueType fonts cut from the slices of one family (cjk-slices.ts,
 * static, `outlinesOnly`) into one TrueType font.
 *
 * Why: a PDF embeds every font a page uses as a font of its own, each with
 * its own tables, widths and character map; a Chinese page draws from some
 * thirty slices, and as one font the printed file is tens of KB smaller.
 * Why by hand: no library at hand writes TrueType (glyf) outlines; opentype.js
 * writes CFF, which Chromium's PDF writer cannot embed (it draws CFF glyphs as
 * Type 3 pictures). The merge only re-lays tables: glyphs are copied as they
 * are, composite glyphs' component numbers moved with them.
 *
 * Kept: head, hhea, maxp, OS/2, name, post (version 3, no glyph names) from
 * the first font; glyf, loca, hmtx and a new character map (format 4) from
 * all. No layout tables, no hinting.
 */
import * as fontkit from 'fontkit';

interface Sfnt {
  tables: Map<string, Buffer>;
}

function readSfnt(bytes: Buffer): Sfnt {
  const count = bytes.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let index = 0; index < count; index += 1) {
    const at = 12 + 16 * index;
    const tag = bytes.toString('latin1', at, at + 4);
    const offset = bytes.readUInt32BE(at + 8);
    tables.set(tag, bytes.subarray(offset, offset + bytes.readUInt32BE(at + 12)));
  }
  return { tables };
}

function table(font: Sfnt, tag: string): Buffer {
  const data = font.tables.get(tag);
  if (!data) throw new Error(`mergeFonts: a font has no ${tag} table.`);
  return data;
}

/** The glyphs of a font as [glyf bytes, advance width, left side bearing]. */
function glyphsOf(font: Sfnt): Array<{ data: Buffer; advance: number; lsb: number }> {
  const head = table(font, 'head');
  const longLoca = head.readInt16BE(50) === 1;
  const count = table(font, 'maxp').readUInt16BE(4);
  const loca = table(font, 'loca');
  const glyf = table(font, 'glyf');
  const hmtx = table(font, 'hmtx');
  const metrics = table(font, 'hhea').readUInt16BE(34);
  const offset = (index: number) => (longLoca ? loca.readUInt32BE(index * 4) : loca.readUInt16BE(index * 2) * 2);
  return Array.from({ length: count }, (_, index) => {
    const advance = hmtx.readUInt16BE(Math.min(index, metrics - 1) * 4);
    const lsb = index < metrics ? hmtx.readInt16BE(index * 4 + 2) : hmtx.readInt16BE(metrics * 4 + (index - metrics) * 2);
    return { data: glyf.subarray(offset(index), offset(index + 1)), advance, lsb };
  });
}

/** A composite glyph with its components' glyph numbers moved by `shift`. */
function shiftComponents(data: Buffer, shift: number): Buffer {
  if (data.length === 0 || data.readInt16BE(0) >= 0 || shift === 0) return data;
  const copy = Buffer.from(data);
  let at = 10;
  for (;;) {
    const flags = copy.readUInt16BE(at);
    copy.writeUInt16BE(copy.readUInt16BE(at + 2) + shift, at + 2);
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) return copy;
  }
}

/** A format 4 character map (Windows, Unicode BMP), one segment a character. */
function cmapTable(map: ReadonlyMap<number, number>): Buffer {
  const codes = [...map.keys()].filter((code) => code < 0xffff).sort((a, b) => a - b);
  const segments = [...codes.map((code) => ({ start: code, end: code, delta: ((map.get(code) ?? 0) - code) & 0xffff })), { start: 0xffff, end: 0xffff, delta: 1 }];
  const count = segments.length;
  const length = 16 + count * 8;
  const out = Buffer.alloc(12 + length);
  out.writeUInt16BE(0, 0); // version
  out.writeUInt16BE(1, 2); // one subtable
  out.writeUInt16BE(3, 4); // Windows
  out.writeUInt16BE(1, 6); // Unicode BMP
  out.writeUInt32BE(12, 8);
  const sub = out.subarray(12);
  const power = 2 ** Math.floor(Math.log2(count));
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(count * 2, 6);
  sub.writeUInt16BE(power * 2, 8);
  sub.writeUInt16BE(Math.log2(power), 10);
  sub.writeUInt16BE(count * 2 - power * 2, 12);
  segments.forEach((segment, index) => {
    sub.writeUInt16BE(segment.end, 14 + index * 2);
    sub.writeUInt16BE(segment.start, 16 + count * 2 + index * 2);
    sub.writeUInt16BE(segment.delta, 16 + count * 4 + index * 2);
    sub.writeUInt16BE(0, 16 + count * 6 + index * 2);
  });
  return out;
}

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

function writeSfnt(tables: ReadonlyMap<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, index) => {
    const data = tables.get(tag)!;
    const at = 12 + 16 * index;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** The characters a font maps; none for a slice cut to characters it lacks (it comes out with no character map). */
function mappedCharacters(face: fontkit.Font): number[] {
  try {
    return face.characterSet;
  } catch {
    return [];
  }
}

/** One TrueType font holding every glyph of `fonts` (static TrueType slices of one family), mapped as each font mapped them. */
export function mergeFonts(fonts: readonly Uint8Array[]): Buffer {
  const sources = fonts.map((bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).filter((bytes) => readSfnt(bytes).tables.has('glyf'));
  const first = sources[0];
  if (!first) throw new Error('mergeFonts: no TrueType fonts to merge.');
  const base = readSfnt(first);
  const glyphs: Array<{ data: Buffer; advance: number; lsb: number }> = [glyphsOf(base)[0]!];
  const characters = new Map<number, number>();
  const maxp = Buffer.from(table(base, 'maxp'));
  for (const bytes of sources) {
    const font = readSfnt(bytes);
    const own = glyphsOf(font);
    const shift = glyphs.length - 1;
    for (const glyph of own.slice(1)) glyphs.push({ ...glyph, data: shiftComponents(glyph.data, shift) });
    const face = fontkit.create(bytes) as fontkit.Font;
    for (const code of mappedCharacters(face)) {
      const id = face.glyphForCodePoint(code).id;
      if (id > 0 && !characters.has(code)) characters.set(code, id + shift);
    }
    // maxp 1.0's maxima (points, contours, components…): the largest of any font.
    const their = table(font, 'maxp');
    if (maxp.length >= 32 && their.length >= 32) for (let at = 6; at < 32; at += 2) maxp.writeUInt16BE(Math.max(maxp.readUInt16BE(at), their.readUInt16BE(at)), at);
  }
  maxp.writeUInt16BE(glyphs.length, 4);

  const glyf = Buffer.concat(glyphs.map((glyph) => Buffer.concat([glyph.data, Buffer.alloc(glyph.data.length % 2)])));
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  let offset = 0;
  glyphs.forEach((glyph, index) => {
    loca.writeUInt32BE(offset, index * 4);
    offset += glyph.data.length + (glyph.data.length % 2);
  });
  loca.writeUInt32BE(offset, glyphs.length * 4);
  const hmtx = Buffer.alloc(4 * glyphs.length);
  glyphs.forEach((glyph, index) => {
    hmtx.writeUInt16BE(glyph.advance, index * 4);
    hmtx.writeInt16BE(glyph.lsb, index * 4 + 2);
  });
  const head = Buffer.from(table(base, 'head'));
  head.writeUInt32BE(0, 8); // checkSumAdjustment: no reader of a PDF or a web font checks it
  head.writeInt16BE(1, 50); // long loca
  const hhea = Buffer.from(table(base, 'hhea'));
  hhea.writeUInt16BE(glyphs.length, 34);
  hhea.writeUInt16BE(Math.max(...glyphs.map((glyph) => glyph.advance)), 10);
  const post = Buffer.from(table(base, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);
  return writeSfnt(
    new Map([
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['OS/2', table(base, 'OS/2')],
      ['name', table(base, 'name')],
      ['post', post],
      ['cmap', cmapTable(characters)],
      ['hmtx', hmtx],
      ['loca', loca],
      ['glyf', glyf],
    ]),
  );
}
