/**
 * Width and height of a PNG, read from its IHDR chunk, so tests can check a
 * share card's size without an image library.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || !SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
