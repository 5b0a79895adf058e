/**
 * Readable at any width: the charts are laid out once, in a fixed coordinate
 * space that only scales, so if no two labels collide here they collide
 * nowhere. Checks every state of every chart with the same generous text
 * widths the layouts use.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from './build';
import { CHARTS, CHART_IDS } from './registry';
import { render } from 'svelte/server';
import ChartView from './ChartView.svelte';
import { BORDER_WIDTH, SWATCH, SWATCH_GAP } from './stations-map/layout';
import { DRAWING_MAX_HEIGHT, DRAWING_WIDTH, MIN_TEXT_PX, NARROWEST_WIDTH, TYPE } from './drawing/type-scale';
import type { TextMark } from './drawing/marks';
import { markBox, overlaps, type Box } from './drawing/text-measure';

function box(mark: TextMark): Box & { text: string } {
  return { ...markBox(mark), text: [mark.text, ...(mark.more ?? [])].join(' ') };
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
  const legendBoxes = (state: string) =>
    view.legends
      .filter((legend) => (legend.states as string[]).includes(state))
      .flatMap((legend) => legend.items.map((item) => box({ x: item.x + SWATCH + SWATCH_GAP, y: item.y, text: item.label, tone: 'note', anchor: 'start' })));
  const dotBoxes = (state: (typeof CHARTS)['stations-map']['states'][number]) => {
    const radius = view.radius[state];
    return view.dots.filter((dot) => dot.at[state][2] !== 0).map((dot) => ({ x: dot.at[state][0] - radius, y: dot.at[state][1] - radius, width: 2 * radius, height: 2 * radius, text: 'dot' }));
  };

  it.each(CHARTS['stations-map'].states)('state "%s": words clear of each other and of every dot, dots countable', (state) => {
    const labels = view.labels[state].map((mark) => box(mark));
    const words = [...labels, ...view.texts[state].map((mark) => box(mark)), ...legendBoxes(state)];
    expect(collisions(words)).toEqual([]);
    expect(inside(words, view.width, view.height)).toEqual([]);
    const dots = dotBoxes(state);
    expect(words.filter((label) => dots.some((dot) => overlaps(label, dot)))).toEqual([]);
    // Dots are pushed apart so each station can be counted (a little overlap of anti-aliasing is fine).
    const radius = view.radius[state];
    const centres = dots.map((dot) => [dot.x + radius, dot.y + radius] as const);
    const tooClose = centres.flatMap((a, i) => centres.slice(i + 1).filter((b) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 2 * radius - 0.5));
    expect(tooClose).toEqual([]);
  });

  it('draws each border for its own zoom: BORDER_WIDTH wide on screen in the state it shows in', () => {
    const borders = view.layers.filter((layer) => layer.kind === 'border');
    expect(borders.length).toBeGreaterThan(0);
    for (const border of borders) expect((border.strokeWidth ?? 0) * view.main[border.state].zoom.k).toBeCloseTo(BORDER_WIDTH, 2);
    expect(view.layers.filter((layer) => layer.kind === 'land').every((layer) => layer.strokeWidth === undefined)).toBe(true);
  });

  it('draws the inset with the land of a zoomed state, once: no shapes of its own', () => {
    const { body } = render(ChartView, { props: { view, state: 'world', id: 'map' } });
    const land = view.layers.filter((layer) => layer.state === view.inset.land);
    expect(land.length).toBeGreaterThan(0);
    for (const layer of land) {
      expect(body.split(layer.d).length - 1).toBe(1);
      expect(body.match(new RegExp(`href="#map-${layer.kind}-${layer.state}"`, 'g'))).toHaveLength(2);
    }
  });

  it('shows 52 stations at first, Europe\'s 36 in the inset, every one inside its panel', () => {
    const world = view.dots.filter((dot) => dot.at.world[2] === 1);
    expect(world).toHaveLength(52);
    const { box: inset } = view.inset.panel;
    const inInset = world.filter((dot) => dot.at.world[0] >= inset.x && dot.at.world[0] <= inset.x + inset.width && dot.at.world[1] >= inset.y && dot.at.world[1] <= inset.y + inset.height);
    expect(inInset).toHaveLength(36);
    // Europe in the inset is drawn at least three times the scale of the world beside it.
    expect(view.inset.panel.zoom.k / view.main.world.zoom.k).toBeGreaterThan(3);
  });

  it('shows all of North America in the Americas, and only Britain in colour when zoomed there', () => {
    expect(view.dots.filter((dot) => dot.at.britain[2] === 1)).toHaveLength(3);
    const americas = view.dots.filter((dot) => dot.at.americas[2] === 1);
    expect(americas).toHaveLength(10);
    // Toronto's dots sit well inside the frame, not at its edge: the land north of them is in view.
    const north = Math.min(...americas.map((dot) => dot.at.americas[1]));
    expect(north - view.frame.y).toBeGreaterThan(view.frame.height * 0.15);
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

  it('draws the 610 where it can be seen at 375 px: its square after the grid, and magnified beside it, clear of words', () => {
    const { squares, partial, magnified } = view;
    // At the squares' own scale, the same size as they are.
    expect(partial.size).toBe(squares.size);
    // The filled part is at least 5 px tall on a 375 px phone, and the magnified square 30.
    expect(partial.size * partial.fraction * (NARROWEST_WIDTH / view.width)).toBeGreaterThan(5);
    expect(magnified.size * (NARROWEST_WIDTH / view.width)).toBeGreaterThanOrEqual(30);
    const texts = [...view.constant, ...view.texts.scale].map((mark) => box(mark));
    for (const square of [partial, magnified]) {
      expect(texts.filter((label) => overlaps(label, { x: square.x, y: square.y, width: square.size, height: square.size }))).toEqual([]);
    }
    const gridRight = squares.x + squares.columns * squares.pitch;
    const gridBottom = squares.y + Math.ceil(squares.count / squares.columns) * squares.pitch;
    expect(magnified.x).toBeGreaterThanOrEqual(gridRight);
    expect(magnified.y + magnified.size).toBeLessThanOrEqual(gridBottom + 0.01);
  });
});

describe('every chart', () => {
  it.each(CHART_IDS)('"%s" has the one shape that fits the phone\'s chart box, with its text at least 12 px there', (chart) => {
    const { view } = buildChart(chart);
    // One shape for all: the type steps down by the box's size alone (type-scale.ts, TYPE_STEPS).
    expect([view.width, view.height]).toEqual([DRAWING_WIDTH, DRAWING_MAX_HEIGHT]);
    // The drawing scales to fit the box: by its width, as it is no taller than the box allows.
    const scale = Math.min(NARROWEST_WIDTH / view.width, (DRAWING_MAX_HEIGHT + 1) / view.height);
    for (const tone of Object.keys(TYPE) as Array<keyof typeof TYPE>) expect(TYPE[tone].size * scale).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});
