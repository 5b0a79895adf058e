/**
 * Lays out the "persuaded to return" chart at build time. Three panels share
 * one frame: the official total with its caveat (always beside the number),
 * a time line with the campaign window and the two dated announcements (no
 * curve, no line, no rate), and a unit chart of the total against the far
 * smaller number formally repatriated.
 */
import chart from './chart.ts';
import { fractionalYear } from '../timeline/order';
import { round, text, textLines, type TextMark } from '../drawing/marks';
import { textWidth, wrapText } from '../drawing/text-measure';
import { DRAWING_MAX_HEIGHT, DRAWING_WIDTH, TYPE, lineStep } from '../drawing/type-scale';
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
  /** The repatriated figure as the fraction of one square it is, at the squares' scale, after the last one. */
  partial: { x: number; y: number; size: number; fraction: number };
  /** The same square drawn larger beside the grid, so the fraction can be seen; `links` join it to the small one. */
  magnified: { x: number; y: number; size: number; links: string };
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
    squareKey: string;
    persuadedLabel: string;
    repatriatedLabel: string;
    axisYears: ReadonlyArray<{ year: number; label: string }>;
    gridLabel: (value: number) => string;
  };
  where: string;
}

const WIDTH = DRAWING_WIDTH;
const X0 = 2;
const X1 = WIDTH - 2;
const HEADING_Y = 14;
const BIG = TYPE.big.size;
/** Room under the plot's axis: year labels, the bracket, the window's label. */
const UNDER_AXIS = 44;
/** Side of the magnified square. */
const MAGNIFIED = 36;

export function layoutPersuaded(input: PersuadedInput): Omit<PersuadedView, 'chart' | 'alt'> {
  const { words, where } = input;
  const texts: Record<PersuadedState, TextMark[]> = { window: [], announcements: [], scale: [] };
  const step = lineStep('note');

  // Headings wrap to two lines at most; everything else starts under the longest.
  const headings = Object.fromEntries(PERSUADED_STATES.map((state) => [state, wrapText(words.headings[state], X1 - X0, TYPE.heading.size, true)])) as Record<PersuadedState, string[]>;
  const headingLines = Math.max(...Object.values(headings).map((lines) => lines.length));
  if (headingLines > 2) throw new ContentError(`${where}: a state heading is too long for two lines of the chart.`);
  for (const state of PERSUADED_STATES) texts[state].push(textLines(X0, HEADING_Y, headings[state], 'heading'));
  const top = HEADING_Y + (headingLines - 1) * lineStep('heading') + 10;

  // The number and its caveat, side by side, in every state.
  const numberWidth = Math.max(textWidth(words.bigNumber, BIG, true), textWidth(words.bigLabel, TYPE.strong.size, true));
  const constant: TextMark[] = [text(X0, top + BIG * 0.8, words.bigNumber, 'big'), text(X0, top + BIG * 0.8 + 16, words.bigLabel, 'strong')];
  const caveatX = Math.ceil(X0 + numberWidth + 12);
  const caveatLines = wrapText(words.caveat, X1 - caveatX, TYPE.note.size);
  if (caveatLines.length > 6) throw new ContentError(`${where}: labels.caveat is too long to sit beside the number (6 lines at most).`);
  constant.push(textLines(caveatX, top + TYPE.note.size * 0.8, caveatLines, 'note'));
  const blockBottom = Math.max(top + BIG * 0.8 + 20, top + caveatLines.length * step);

  // Time line: from the January before the window to the December after the last announcement.
  // The value scale's labels fit left of the plot.
  const maxValue = Math.ceil(Math.max(...input.announcements.map((item) => item.value)) / 50_000) * 50_000;
  const gridValues = Array.from({ length: Math.floor(maxValue / 100_000) + 1 }, (_, index) => index * 100_000);
  const plotLeft = Math.ceil(X0 + Math.max(...gridValues.map((value) => textWidth(words.gridLabel(value), TYPE.note.size))) + 8);
  const plotRight = X1 - 4;
  const axisY = DRAWING_MAX_HEIGHT - UNDER_AXIS;
  const [startYear = 0, startMonth = 1] = input.window[0].split('-').map(Number);
  const [endYear = 0, endMonth = 12] = input.window[1].split('-').map(Number);
  const lastYear = Math.max(endYear, ...input.announcements.map((item) => Number(item.announced.slice(0, 4))));
  const domain = [fractionalYear(startYear), fractionalYear(lastYear + 1)] as const;
  const x = (year: number) => plotLeft + ((year - domain[0]) / (domain[1] - domain[0])) * (plotRight - plotLeft);
  const ticks: PersuadedView['axis']['ticks'] = [];
  for (let year = startYear; year <= lastYear + 1; year += 1) {
    for (let month = 1; month <= 12; month += year === lastYear + 1 ? 12 : 1) {
      ticks.push({ x: round(x(fractionalYear(year, month))), major: month === 1 });
    }
  }
  const timeTexts: TextMark[] = words.axisYears.map(({ year, label }) => text(x(fractionalYear(year, 7)), axisY + 15, label, 'note', 'middle'));

  // The window runs from the first day of its first month to the last day of its last month.
  const bracket = { x0: round(x(fractionalYear(startYear, startMonth))), x1: round(x(endMonth === 12 ? fractionalYear(endYear + 1) : fractionalYear(endYear, endMonth + 1))), y: axisY + 24 };
  const windowText = text(Math.min((bracket.x0 + bracket.x1) / 2, X1 - textWidth(words.window, TYPE.strong.size, true) / 2), bracket.y + 15, words.window, 'strong', 'middle');

  // Value scale from zero: the dots are cumulative totals. Each dot's words sit to its left, the latest's above
  // the other's, so the plot's top leaves room for the latest's lines over its dot.
  const lines = Math.max(...input.announcements.map((item) => item.lines.length));
  const plotTop = blockBottom + 8 + lines * step;
  const y = (value: number) => axisY - (value / maxValue) * (axisY - plotTop);
  const grid: PersuadedView['grid'] = [];
  const gridTexts: TextMark[] = [];
  for (const value of gridValues) {
    grid.push({ y: round(y(value)) });
    gridTexts.push(text(plotLeft - 6, y(value) + 4, words.gridLabel(value), 'note', 'end'));
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
    const [count = '', ...details] = item.lines;
    const firstBaseline = last ? dot.y - 10 - (item.lines.length - 1) * step : dot.y + 20;
    dotTexts.push(text(dot.x + 5, firstBaseline, count, 'count', 'end'));
    if (details.length > 0) dotTexts.push(textLines(dot.x + 5, firstBaseline + step, details, 'note', 'end'));
  });

  texts.window.push(...timeTexts, windowText);
  texts.announcements.push(...timeTexts, windowText, ...gridTexts, ...dotTexts);

  // Scale: one square per `unit` people in full rows, the words for them under the squares; the repatriated
  // figure as the part of one square it is, after the last, and the same square larger in a column beside.
  const count = Math.round(input.total / input.unit);
  const keyBaseline = blockBottom + 14;
  texts.scale.push(text(X0, keyBaseline, words.squareKey, 'note'));
  const persuadedLines = wrapText(words.persuadedLabel, X1 - X0, TYPE.strong.size, true);
  const gridTop = keyBaseline + 6;
  const gridBottomLimit = DRAWING_MAX_HEIGHT - 4 - persuadedLines.length * step;
  const columnWidth = 96;
  const gridWidth = X1 - X0 - columnWidth - 12;
  // The largest squares that fit, in full rows if any size allows (230 as ten rows of 23), else in rows as wide as fit.
  const arrangement = (fullRows: boolean) => {
    for (let pitch = 14; pitch >= 6; pitch -= 0.25) {
      const widest = Math.min(count, Math.floor(gridWidth / pitch));
      const columns = fullRows ? Array.from({ length: widest }, (_, index) => widest - index).find((candidate) => count % candidate === 0 && candidate >= widest * 0.75) : widest;
      if (columns !== undefined && Math.ceil(count / columns) * pitch <= gridBottomLimit - gridTop) return { pitch, columns };
    }
    return undefined;
  };
  const chosen = arrangement(true) ?? arrangement(false);
  if (!chosen) throw new ContentError(`${where}: the squares and their words do not fit under the number; shorten labels.persuadedLabel or labels.caveat.`);
  const { pitch, columns } = chosen;
  const size = round(pitch * 0.82);
  const squares = { x: X0, y: round(gridTop), size, pitch, columns, count };
  const rowsUsed = Math.ceil(count / columns);
  const gridBottom = gridTop + rowsUsed * pitch;
  texts.scale.push(textLines(X0, gridBottom + 12, persuadedLines, 'strong'));
  // After the last square: in the last row if it has room, else at the start of a new one.
  const lastInRow = count % columns;
  const partialColumn = lastInRow === 0 ? columns : lastInRow;
  const partialRow = lastInRow === 0 ? rowsUsed - 1 : rowsUsed - 1;
  const partial = { x: round(X0 + partialColumn * pitch), y: round(gridTop + partialRow * pitch), size, fraction: Math.min(1, input.repatriated / input.unit) };
  // The magnified square, bottom of the column, level with the last row; its words above it.
  const columnX = X0 + columns * pitch + 14;
  const magnified = { x: round(Math.max(columnX, partial.x + size + 14)), y: round(gridBottom - MAGNIFIED), size: MAGNIFIED, links: '' };
  magnified.links = `M${partial.x + size} ${partial.y}L${magnified.x} ${magnified.y}M${partial.x + size} ${partial.y + size}L${magnified.x} ${magnified.y + MAGNIFIED}`;
  const repatriatedLines = wrapText(words.repatriatedLabel, X1 - columnX, TYPE.label.size);
  const repatriatedTop = magnified.y - 6 - (repatriatedLines.length - 1) * lineStep('label');
  if (repatriatedTop - TYPE.label.size < gridTop - 4) throw new ContentError(`${where}: labels.repatriatedLabel is too long for the column beside the squares.`);
  texts.scale.push(textLines(columnX, repatriatedTop, repatriatedLines, 'label'));

  return {
    width: WIDTH,
    height: DRAWING_MAX_HEIGHT,
    texts,
    constant,
    axis: { x0: plotLeft, x1: plotRight, y: axisY, ticks },
    grid,
    bracket,
    band: { x0: bracket.x0, x1: bracket.x1, y0: plotTop - 6, y1: axisY },
    dots,
    squares,
    partial,
    magnified,
  };
}
