/**
 * Readable at any width: the charts are laid out once, in a fixed coordinate
 * space that only scales, so if no two labels collide here they collide
 * nowhere. Checks every state of every chart with the same generous text
 * widths the layouts use.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from './build';
import { CHARTS } from './registry';
import { BORDER_WIDTH } from './stations-map/layout';
import type { TextMark } from './drawing/marks';
import { labelBox, overlaps, type Box } from './drawing/text-measure';

const FONT: Record<TextMark['tone'], [size: number, bold: boolean]> = {
  heading: [14, true],
  label: [12.5, false],
  strong: [12.5, true],
  count: [12.5, true],
  note: [11.5, false],
  big: [30, true],
};

function box(mark: TextMark, size?: number): Box & { text: string } {
  const [fontSize, bold] = FONT[mark.tone];
  const actual = size ?? fontSize;
  const measured = labelBox(mark.x, mark.y, mark.text, actual, mark.anchor);
  return { ...measured, width: measured.width * (bold ? 1.07 : 1), text: mark.text };
}

function collisions(boxes: ReadonlyArray<Box & { text: string }>): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlaps(a, b) && found.push(`"${a.text}" × "${b.text}"`)));
  return found;
}

function inside(boxes: ReadonlyArray<Box & { text: string }>, width: number, height: number): string[] {
  return boxes.filter((b) => b.x < -1 || b.y < -1 || b.x + b.width > width + 1 || b.y + b.height > height + 1).map((b) => b.text);
}

describe('stations-by-continent', () => {
  const { view } = buildChart('stations-by-continent');
  it.each(CHARTS['stations-by-continent'].states)('state "%s": no label collides, every square has its own place', (state) => {
    const legend = view.legend[state].map((item) => box({ x: item.x + view.unitSize + 5, y: item.y + view.unitSize - 2.5, text: item.label, tone: 'note', anchor: 'start' }));
    const texts = [...view.texts[state].map((mark) => box(mark)), ...legend];
    expect(collisions(texts)).toEqual([]);
    expect(inside(texts, view.width, view.height)).toEqual([]);
    const size = view.unitSize * view.unitScale[state];
    const shown = view.units.filter((unit) => unit.at[state][2] !== 0).map((unit) => ({ x: unit.at[state][0], y: unit.at[state][1], width: size, height: size, text: 'square' }));
    expect(collisions(shown)).toEqual([]);
    const squaresUnderText = shown.filter((square) => texts.some((label) => overlaps(square, label)));
    expect(squaresUnderText).toEqual([]);
  });

  it('draws 54 squares for September, 2 of them hollow, and 102 in December', () => {
    expect(view.units.filter((unit) => unit.at.units[2] !== 0)).toHaveLength(54);
    expect(view.units.filter((unit) => unit.kind === 'unlocated')).toHaveLength(2);
    expect(view.units.filter((unit) => unit.at.december[2] !== 0)).toHaveLength(102);
  });
});

describe('stations-map', () => {
  const { view } = buildChart('stations-map');
  it.each(CHARTS['stations-map'].states)('state "%s": labels clear of each other and of every dot', (state) => {
    const labels = view.labels[state].map((mark) => box(mark, 11.5));
    const headings = view.texts[state].map((mark) => box(mark));
    const legend = view.legend.map((item) => box({ x: item.x + 13, y: item.y, text: item.label, tone: 'note', anchor: 'start' }));
    expect(collisions([...labels, ...headings, ...legend])).toEqual([]);
    const radius = view.radius[state];
    const dots = view.dots.filter((dot) => dot.at[state][2] !== 0).map((dot) => ({ x: dot.at[state][0] - radius, y: dot.at[state][1] - radius, width: 2 * radius, height: 2 * radius, text: 'dot' }));
    expect(labels.filter((label) => dots.some((dot) => overlaps(label, dot)))).toEqual([]);
    // Dots are pushed apart so each station can be counted (a little overlap of anti-aliasing is fine).
    const centres = dots.map((dot) => [dot.x + radius, dot.y + radius] as const);
    const tooClose = centres.flatMap((a, i) => centres.slice(i + 1).filter((b) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 2 * radius - 0.5));
    expect(tooClose).toEqual([]);
  });

  it('draws each border for its own zoom: BORDER_WIDTH wide on screen in the state it shows in', () => {
    const borders = view.layers.filter((layer) => layer.kind === 'border');
    expect(borders.length).toBeGreaterThan(0);
    for (const border of borders) expect((border.strokeWidth ?? 0) * view.zoom[border.state].k).toBeCloseTo(BORDER_WIDTH, 2);
    expect(view.layers.filter((layer) => layer.kind === 'land').every((layer) => layer.strokeWidth === undefined)).toBe(true);
  });

  it('shows 52 stations on the world map, and only Britain in colour when zoomed there', () => {
    expect(view.dots.filter((dot) => dot.at.world[2] === 1)).toHaveLength(52);
    expect(view.dots.filter((dot) => dot.at.britain[2] === 1)).toHaveLength(3);
  });
});

describe('persuaded-totals', () => {
  const { view } = buildChart('persuaded-totals');
  it.each(CHARTS['persuaded-totals'].states)('state "%s": no label collides', (state) => {
    const texts = [...view.constant, ...view.texts[state]].map((mark) => box(mark));
    expect(collisions(texts)).toEqual([]);
    expect(inside(texts, view.width, view.height)).toEqual([]);
  });

  it('draws the two announcements as dots with no line, and the 610 as a part of one square', () => {
    expect(view.dots).toHaveLength(2);
    expect(view.dots.map((dot) => dot.periodStated)).toEqual([false, true]);
    expect(view.squares.count).toBe(230);
    expect(view.partial.fraction).toBeCloseTo(0.61, 5);
  });
});

describe('timeline', () => {
  const { view } = buildChart('timeline');
  it.each(CHARTS.timeline.states)('state "%s": no label collides', (state) => {
    const legend = view.legend.map((item) => box({ x: item.x + 14, y: item.y, text: item.label, tone: 'note', anchor: 'start' }));
    const texts = [...view.constant.map((mark) => box(mark)), ...view.texts[state].map((mark) => box(mark)), ...legend];
    expect(collisions(texts)).toEqual([]);
    expect(inside(texts, view.width, view.height)).toEqual([]);
  });
});
