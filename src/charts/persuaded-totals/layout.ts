/**
 * Lays out the "persuaded to return" chart at build time. Three panels share
 * one frame: the official total with its caveat (always beside the number),
 * a time line with the campaign window and the two dated announcements (no
 * curve, no line, no rate), and a unit chart of the total against the far
 * smaller number formally repatriated.
 */
import chart from './chart.ts';
import { fractionalYear } from '../timeline/order';
import { round, text, type TextMark } from '../drawing/marks';
import { textWidth, wrapText } from '../drawing/text-measure';
import type { ChartBase } from '../types';
import { ContentError } from '../../shared/validation-error';

/** The chart's states, in reading order (chart.ts). */
export const PERSUADED_STATES = chart.states;
export type PersuadedState = (typeof PERSUADED_STATES)[number];

export interface PersuadedView extends ChartBase<'persuaded-totals', PersuadedState> {
  texts: Record<PersuadedState, TextMark[]>;
  /** Words shown in every state: the big number and its caveat. */
  constant: TextMark[];
  axis: { x0: number; x1: number; y: number; ticks: Array<{ x: number; major: boolean }> };
  /** Horizontal grid lines of the value scale, with their y. */
  grid: Array<{ y: number }>;
  bracket: { x0: number; x1: number; y: number };
  /** The campaign window as a band over the plot. */
  band: { x0: number; x1: number; y0: number; y1: number };
  dots: Array<{ x: number; y: number; periodStated: boolean }>;
  squares: { x: number; y: number; size: number; pitch: number; columns: number; count: number };
  /** The fraction of one square for the repatriated figure. */
  partial: { x: number; y: number; size: number; fraction: number };
}

export interface PersuadedInput {
  total: number;
  /** Campaign window as YYYY-MM, inclusive. */
  window: readonly [string, string];
  /** Each announcement with the lines of its label: the value, then details. */
  announcements: ReadonlyArray<{ value: number; announced: string; periodStated: boolean; lines: readonly string[] }>;
  repatriated: number;
  /** People per square. */
  unit: number;
  words: {
    headings: Record<PersuadedState, string>;
    bigNumber: string;
    bigLabel: string;
    caveat: string;
    window: string;
    noLine: string;
    squareKey: string;
    persuadedLabel: string;
    repatriatedLabel: string;
    axisYears: ReadonlyArray<{ year: number; label: string }>;
    gridLabel: (value: number) => string;
  };
  where: string;
}

const WIDTH = 360;
const PLOT_LEFT = 58;
const PLOT_RIGHT = 350;
const PLOT_TOP = 170;
const PLOT_BOTTOM = 300;
const NOTE = 11.5;
const LINE = 14;

export function layoutPersuaded(input: PersuadedInput): Omit<PersuadedView, 'chart' | 'alt'> {
  const { words, where } = input;
  const texts: Record<PersuadedState, TextMark[]> = { window: [], announcements: [], scale: [] };
  for (const state of PERSUADED_STATES) {
    const lines = wrapText(words.headings[state], WIDTH - 4, 14, true);
    if (lines.length > 1) throw new ContentError(`${where}: the heading of state "${state}" is too long for one line.`);
    texts[state].push(text(2, 15, lines[0] ?? '', 'heading'));
  }

  // The number and its caveat, side by side, in every state.
  const constant: TextMark[] = [text(2, 62, words.bigNumber, 'big'), text(2, 80, words.bigLabel, 'strong')];
  const numberWidth = Math.max(textWidth(words.bigNumber, 30, true), textWidth(words.bigLabel, 12.5, true));
  const caveatX = Math.ceil(numberWidth + 16);
  const caveatLines = wrapText(words.caveat, WIDTH - caveatX - 2, NOTE);
  if (caveatLines.length > 6) throw new ContentError(`${where}: labels.caveat is too long to sit beside the number (6 lines at most).`);
  caveatLines.forEach((line, index) => constant.push(text(caveatX, 42 + index * LINE, line, 'note')));

  // Time line: from the January before the window to the December after the last announcement.
  const [startYear = 0, startMonth = 1] = input.window[0].split('-').map(Number);
  const [endYear = 0, endMonth = 12] = input.window[1].split('-').map(Number);
  const lastYear = Math.max(endYear, ...input.announcements.map((item) => Number(item.announced.slice(0, 4))));
  const domain = [fractionalYear(startYear), fractionalYear(lastYear + 1)] as const;
  const x = (year: number) => PLOT_LEFT + ((year - domain[0]) / (domain[1] - domain[0])) * (PLOT_RIGHT - PLOT_LEFT);
  const ticks: PersuadedView['axis']['ticks'] = [];
  for (let year = startYear; year <= lastYear + 1; year += 1) {
    for (let month = 1; month <= 12; month += year === lastYear + 1 ? 12 : 1) {
      ticks.push({ x: round(x(fractionalYear(year, month))), major: month === 1 });
    }
  }
  const timeTexts: TextMark[] = words.axisYears.map(({ year, label }) => text(x(fractionalYear(year, 7)), PLOT_BOTTOM + 16, label, 'note', 'middle'));

  // The window runs from the first day of its first month to the last day of its last month.
  const bracket = { x0: round(x(fractionalYear(startYear, startMonth))), x1: round(x(endMonth === 12 ? fractionalYear(endYear + 1) : fractionalYear(endYear, endMonth + 1))), y: PLOT_BOTTOM + 30 };
  const windowText = text((bracket.x0 + bracket.x1) / 2, bracket.y + 17, words.window, 'strong', 'middle');

  // Value scale from zero: the dots are cumulative totals.
  const top = Math.ceil(Math.max(...input.announcements.map((item) => item.value)) / 50_000) * 50_000;
  const y = (value: number) => PLOT_BOTTOM - (value / top) * (PLOT_BOTTOM - PLOT_TOP);
  const grid: PersuadedView['grid'] = [];
  const gridTexts: TextMark[] = [];
  for (let value = 0; value <= top; value += 100_000) {
    grid.push({ y: round(y(value)) });
    gridTexts.push(text(PLOT_LEFT - 6, y(value) + 4, words.gridLabel(value), 'note', 'end'));
  }
  const dots = input.announcements.map((item) => {
    const [year = 0, month = 1, day = 1] = item.announced.split('-').map(Number);
    return { x: round(x(fractionalYear(year, month, day))), y: round(y(item.value)), periodStated: item.periodStated };
  });
  // The last (largest, latest) dot is labelled above it; earlier ones below, so labels never meet.
  const dotTexts: TextMark[] = [];
  input.announcements.forEach((item, index) => {
    const dot = dots[index];
    if (!dot) return;
    const last = index === input.announcements.length - 1;
    item.lines.forEach((line, lineIndex) => {
      const tone = lineIndex === 0 ? 'count' : 'note';
      if (last) dotTexts.push(text(dot.x + 5, dot.y - 11 - (item.lines.length - 1 - lineIndex) * LINE, line, tone, 'end'));
      else dotTexts.push(text(dot.x + 5, dot.y + 22 + lineIndex * LINE, line, tone, 'end'));
    });
  });
  const noLineLines = wrapText(words.noLine, 150, NOTE);
  const noLine = noLineLines.map((line, index) => text(PLOT_LEFT + 6, PLOT_BOTTOM - 8 - (noLineLines.length - 1 - index) * LINE, line, 'note'));

  texts.window.push(...timeTexts, windowText);
  texts.announcements.push(...timeTexts, windowText, ...gridTexts, ...dotTexts, ...noLine);

  // Scale: one square per `unit` people; the repatriated figure is a fraction of one.
  const size = 11;
  const pitch = 13;
  const count = Math.round(input.total / input.unit);
  // Full rows read best (230 as ten rows of 23): use a column count that divides the total, if one is close to the widest.
  const widest = Math.min(count, Math.floor((WIDTH - 4) / pitch));
  const columns = Array.from({ length: widest }, (_, index) => widest - index).find((candidate) => count % candidate === 0 && candidate >= widest * 0.75) ?? widest;
  const squares = { x: 2, y: 142, size, pitch, columns, count };
  const gridBottom = squares.y + Math.ceil(count / columns) * pitch;
  texts.scale.push(text(2, 126, words.squareKey, 'note'));
  const persuadedLines = wrapText(words.persuadedLabel, WIDTH - 4, 12.5, true);
  persuadedLines.forEach((line, index) => texts.scale.push(text(2, gridBottom + 14 + index * LINE, line, 'strong')));
  const partial = { x: 2, y: gridBottom + 20 + persuadedLines.length * LINE, size, fraction: Math.min(1, input.repatriated / input.unit) };
  wrapText(words.repatriatedLabel, WIDTH - 24, 12.5).forEach((line, index) => texts.scale.push(text(20, partial.y + 10 + index * LINE, line, 'label')));

  const height = Math.ceil(Math.max(bracket.y + 26, partial.y + 2 * LINE + 8));
  return {
    width: WIDTH,
    height,
    texts,
    constant,
    axis: { x0: PLOT_LEFT, x1: PLOT_RIGHT, y: PLOT_BOTTOM, ticks },
    grid,
    bracket,
    band: { x0: bracket.x0, x1: bracket.x1, y0: PLOT_TOP - 10, y1: PLOT_BOTTOM },
    dots,
    squares,
    partial,
  };
}
