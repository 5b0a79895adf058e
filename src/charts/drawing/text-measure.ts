/**
 * Estimates how wide a line of chart text will be, and wraps text into lines,
 * at build time. SVG text does not wrap by itself, and the charts are laid out
 * before any browser sees them, so widths come from average glyph widths of
 * the sans-serif system fonts (slightly generous, so labels err on the side of
 * more space). CJK characters count a full em, ready for the Chinese edition.
 */

import type { TextMark } from './marks';
import { LINE_HEIGHT, TYPE } from './type-scale';

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** Width of one character in ems. */
function charWidth(char: string): number {
  if (CJK.test(char)) return 1;
  if (char === ' ') return 0.32;
  if (/[ilj.,:;'|!()[\]·]/.test(char)) return 0.32;
  if (/[mwMW@]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.72;
  if (/[0-9]/.test(char)) return 0.62;
  return 0.58;
}

/**
 * Estimated width in pixels; bold text runs about 10% wider. Set against the
 * widest common fallback (DejaVu Sans, which Linux and the test browser
 * use): other system fonts draw narrower, so labels keep room to spare.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.1 : 1) * 1.07;
}

/**
 * Breaks text into lines no wider than maxWidth: at spaces for alphabetic
 * text, between any two characters for CJK. A single word longer than a line
 * gets a line of its own rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (line.trim() && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token;
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** The box a one-line text label occupies, from its anchor point and baseline. */
export function labelBox(x: number, baseline: number, text: string, fontSize: number, anchor: 'start' | 'middle' | 'end'): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: baseline - fontSize * 0.8, width, height: fontSize };
}

/**
 * The box a text mark occupies at its tone's size (type-scale.ts): every
 * line, bold text a little wider. Layouts place marks by it, and tests check
 * them with it.
 */
export function markBox(mark: TextMark): Box {
  const { size, bold } = TYPE[mark.tone];
  const lines = [mark.text, ...(mark.more ?? [])];
  const width = Math.max(...lines.map((line) => textWidth(line, size, bold)));
  const left = mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - width : mark.x - width / 2;
  return { x: left, y: mark.hangs ? mark.y : mark.y - size * 0.8, width, height: size + (lines.length - 1) * size * LINE_HEIGHT };
}
