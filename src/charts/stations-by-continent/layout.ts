/**
 * Lays out the stations-by-continent unit chart at build time: one square per
 * station, and where every square sits in each of the four states. The page
 * only moves squares between these precomputed places (see state-looks.ts).
 *
 * The 48 stations first identified in December 2022 are squares too, hidden
 * until the last state. Stations that no row locates are drawn hollow.
 */
import chart from './chart.ts';
import type { GroupCount } from './counts';
import type { ChartBase } from '../types';
import { place, text, textLines, type Place, type TextMark } from '../drawing/marks';
import { markBox, textWidth, wrapText } from '../drawing/text-measure';
import { DRAWING_MAX_HEIGHT, DRAWING_WIDTH, TYPE, lineStep } from '../drawing/type-scale';
import { ContentError } from '../../shared/validation-error';

/** The chart's states, in reading order (chart.ts). */
export const UNIT_STATES = chart.states;
export type UnitState = (typeof UNIT_STATES)[number];

export type UnitKind = 'located' | 'unlocated' | 'new';

export interface Unit {
  kind: UnitKind;
  at: Record<UnitState, Place>;
}

/** One country row of the December state. */
export interface DecemberRow {
  /** Country name to draw. */
  label: string;
  /** Stations in this country on the September list (computed from rows). */
  september: number;
  /** Stations the December report gives for it. */
  december: number;
  /** True when the December figure is a minimum. */
  atLeast: boolean;
}

export interface UnitWords {
  heading: Record<UnitState, string>;
  /** Note beside hollow squares, e.g. "2 not located"; gets the number. */
  notLocated: (count: number) => string;
  outsideEurope: string;
  /** The name of the group of countries with one station each: gets their number. */
  oneEach: (count: number) => string;
  /** The list of those countries' names, written under their squares. */
  list: (names: readonly string[]) => string;
  /** A continent's or country's name of the data, as the page's language writes it. */
  place: (name: string) => string;
  notBrokenDown: string;
  /** A minimum, e.g. "at least 2". */
  atLeast: (count: number) => string;
  legendStation: string;
  legendNotLocated: string;
  legendSeptember: string;
  legendAdded: string;
}

export interface UnitInput {
  /** Located stations of the September list (one per row). */
  stations: ReadonlyArray<{ continent: string; country: string }>;
  continents: readonly GroupCount[];
  europe: readonly GroupCount[];
  decemberTotal: number;
  decemberRows: readonly DecemberRow[];
  words: UnitWords;
}

export interface LegendItem {
  kind: UnitKind;
  label: string;
  x: number;
  y: number;
}

export interface UnitLayout {
  width: number;
  height: number;
  unitSize: number;
  /** Squares are drawn larger when they stand alone (the first state) than when grouped. */
  unitScale: Record<UnitState, number>;
  units: Unit[];
  texts: Record<UnitState, TextMark[]>;
  legend: Record<UnitState, LegendItem[]>;
}

/** What the chart's Svelte component receives. */
export interface StationsByContinentView extends ChartBase<'stations-by-continent', UnitState>, UnitLayout {}

const WIDTH = DRAWING_WIDTH;
const UNIT = 11;
/** From one square to the next, across and down. */
const PITCH = 13.5;
const LABEL_X = 2;
/** The widest a group's name may be; longer names wrap. */
const LABEL_MAX = 112;
const HEADING_Y = 14;
const GROUP_GAP = 5;
/** Room kept after a group's squares for its count, e.g. "at least 2". */
const COUNT_ROOM = 62;
/** Size of the squares in the first state, relative to the others. */
const FIRST_SCALE = 2;

interface Slot {
  x: number;
  y: number;
}

/** Places `count` squares in rows of `perRow` from (x, y); returns slots and the y below them. */
function rows(count: number, x: number, y: number, perRow: number): { slots: Slot[]; bottom: number } {
  const slots = Array.from({ length: count }, (_, index) => ({ x: x + (index % perRow) * PITCH, y: y + Math.floor(index / perRow) * PITCH }));
  return { slots, bottom: y + Math.max(1, Math.ceil(count / perRow)) * PITCH };
}

/** Baseline for a label beside a row of squares whose top is `top`. */
const baseline = (top: number) => top + UNIT - 1.5;

/**
 * A group's name (wrapped to the label column) and its count after the last
 * square. Returns the y below the name, which may be lower than the squares.
 */
function groupRow(name: string, count: string, slots: readonly Slot[], top: number, texts: TextMark[]): number {
  const lines = wrapText(name, LABEL_MAX, TYPE.label.size);
  texts.push(textLines(LABEL_X, baseline(top), lines, 'label'));
  const last = slots[slots.length - 1];
  if (last) texts.push(text(last.x + UNIT + 5, baseline(last.y), count, 'count'));
  return top + (lines.length - 1) * lineStep('label') + PITCH;
}

export function layoutUnits(input: UnitInput): UnitLayout {
  const { words } = input;
  const where = 'content/charts/stations-by-continent.yaml';
  const texts: Record<UnitState, TextMark[]> = { units: [], continents: [], 'europe-countries': [], december: [] };

  // Headings wrap; the legend and the squares start below the longest one, in every state.
  const headings = Object.fromEntries(UNIT_STATES.map((state) => [state, wrapText(words.heading[state], WIDTH - 4, TYPE.heading.size, true)])) as Record<UnitState, string[]>;
  const headingLines = Math.max(...Object.values(headings).map((lines) => lines.length));
  if (headingLines > 2) throw new ContentError(`${where}: a state heading is too long (it needs ${headingLines} lines; 2 at most fit).`);
  const legendTop = HEADING_Y + (headingLines - 1) * lineStep('heading') + 8;

  // Legend items side by side, wrapping to a second line if need be; the squares start below the longest legend.
  const legendRows = (items: Array<[UnitKind, string]>): LegendItem[] => {
    let x = LABEL_X;
    let y = legendTop;
    return items.map(([kind, label]) => {
      const width = UNIT + 5 + textWidth(label, TYPE.note.size);
      if (x > LABEL_X && x + width > WIDTH) {
        x = LABEL_X;
        y += lineStep('note');
      }
      const item = { kind, label, x, y };
      x += width + 12;
      return item;
    });
  };
  const hasUnlocated = input.continents.some((group) => group.unlocated > 0);
  const notLocated: Array<[UnitKind, string]> = hasUnlocated ? [['unlocated', words.legendNotLocated]] : [];
  const septemberLegend = legendRows([['located', words.legendStation], ...notLocated]);
  const legend: Record<UnitState, LegendItem[]> = {
    units: septemberLegend,
    continents: septemberLegend,
    'europe-countries': septemberLegend,
    december: legendRows([['located', words.legendSeptember], ['new', words.legendAdded], ...notLocated]),
  };
  const TOP = Math.max(...Object.values(legend).flat().map((item) => item.y)) + UNIT + 8;

  // Groups' names in a column as wide as the widest needs; squares in rows after it, with room for the count.
  const names = [...input.continents.map((group) => words.place(group.name)), ...input.europe.map((country) => words.place(country.name)), ...input.decemberRows.map((row) => words.place(row.label)), words.outsideEurope, words.notBrokenDown];
  const nameWidth = Math.max(...names.map((name) => Math.max(...wrapText(name, LABEL_MAX, TYPE.label.size).map((line) => textWidth(line, TYPE.label.size)))));
  const UNITS_X = Math.ceil(LABEL_X + nameWidth + 8);
  const PER_ROW = Math.floor((WIDTH - UNITS_X - COUNT_ROOM) / PITCH);

  // Every September square, in continent order; unlocated squares last within their continent.
  interface Draft {
    kind: UnitKind;
    continent: string;
    country: string | undefined;
    at: Partial<Record<UnitState, Place>>;
  }
  const drafts: Draft[] = [];
  for (const group of input.continents) {
    for (const station of input.stations.filter((row) => row.continent === group.name)) {
      drafts.push({ kind: 'located', continent: group.name, country: station.country, at: {} });
    }
    for (let index = 0; index < group.unlocated; index += 1) drafts.push({ kind: 'unlocated', continent: group.name, country: undefined, at: {} });
  }
  const september = drafts.length;

  // State "units": every station in one block of large squares, hollow squares at the end.
  {
    const ordered = [...drafts.filter((unit) => unit.kind === 'located'), ...drafts.filter((unit) => unit.kind === 'unlocated')];
    const pitch = PITCH * FIRST_SCALE;
    const perRow = Math.min(september, Math.floor((WIDTH - 8) / pitch));
    const left = (WIDTH - perRow * pitch + (pitch - UNIT * FIRST_SCALE)) / 2;
    const slots = ordered.map((_, index) => ({ x: left + (index % perRow) * pitch, y: TOP + Math.floor(index / perRow) * pitch }));
    ordered.forEach((unit, index) => {
      const slot = slots[index];
      if (slot) unit.at.units = place(slot.x, slot.y);
    });
  }

  // State "continents": one group of rows per continent.
  {
    let y = TOP;
    for (const group of input.continents) {
      const members = drafts.filter((unit) => unit.continent === group.name);
      const { slots, bottom } = rows(members.length, UNITS_X, y, PER_ROW);
      members.forEach((unit, index) => {
        const slot = slots[index];
        if (slot) unit.at.continents = place(slot.x, slot.y);
      });
      const labelBottom = groupRow(words.place(group.name), String(group.total), slots, y, texts.continents);
      if (group.unlocated > 0) {
        const last = slots[slots.length - 1];
        const countText = String(group.total);
        if (last) texts.continents.push(text(last.x + UNIT + 5 + textWidth(countText, TYPE.count.size, true) + 6, baseline(last.y), words.notLocated(group.unlocated), 'note'));
      }
      y = Math.max(bottom, labelBottom) + GROUP_GAP / 2;
    }
  }

  // State "europe-countries": Europe by country, the countries with one station each as one group; everything else dimmed in one block.
  {
    let y = TOP;
    const several = input.europe.filter((country) => country.total > 1);
    const single = input.europe.filter((country) => country.total === 1);
    const groups = [
      ...several.map((country) => ({ name: words.place(country.name), count: String(country.total), countries: [country.name] })),
      ...(single.length > 0 ? [{ name: words.oneEach(single.length), count: String(single.length), countries: single.map((country) => country.name) }] : []),
    ];
    for (const group of groups) {
      const members = drafts.filter((unit) => unit.continent === 'Europe' && group.countries.includes(unit.country ?? ''));
      const { slots, bottom } = rows(members.length, UNITS_X, y, PER_ROW);
      members.forEach((unit, index) => {
        const slot = slots[index];
        if (slot) unit.at['europe-countries'] = place(slot.x, slot.y);
      });
      const labelBottom = groupRow(group.name, group.count, slots, y, texts['europe-countries']);
      y = Math.max(bottom, labelBottom) + 1;
      if (group.countries.length > 1) {
        // Which countries: their names under their squares.
        const lines = wrapText(words.list(group.countries.map(words.place)), WIDTH - 2 * LABEL_X, TYPE.note.size);
        texts['europe-countries'].push(textLines(LABEL_X, y + TYPE.note.size * 0.8, lines, 'note'));
        y += lines.length * lineStep('note') + 1;
      }
    }
    y += GROUP_GAP;
    const outside = drafts.filter((unit) => unit.continent !== 'Europe');
    const { slots } = rows(outside.length, UNITS_X, y, PER_ROW);
    outside.forEach((unit, index) => {
      const slot = slots[index];
      if (slot) unit.at['europe-countries'] = place(slot.x, slot.y, 2);
    });
    groupRow(words.outsideEurope, String(outside.length), slots, y, texts['europe-countries']);
  }

  // State "december": the sourced country counts, then every other station.
  const added: Draft[] = [];
  {
    const newTotal = input.decemberTotal - september;
    if (newTotal < 0) throw new ContentError(`${where}: the December total (${input.decemberTotal}) is smaller than the September list (${september}).`);
    const pool = [...drafts];
    let y = TOP;
    let newUsed = 0;
    // Each country's squares (its September ones, then those added); countries with a single station grouped in one row.
    const membersOf = (row: DecemberRow): Draft[] => {
      const increase = row.december - row.september;
      if (increase < 0) throw new ContentError(`${where}: ${row.label} has ${row.september} stations in September but only ${row.december} in December.`);
      const members: Draft[] = [];
      for (let index = 0; index < row.september; index += 1) {
        const found = pool.findIndex((unit) => unit.country === row.label);
        const [unit] = pool.splice(found, 1);
        if (found < 0 || !unit) throw new ContentError(`${where}: no September station left for ${row.label}.`);
        members.push(unit);
      }
      for (let index = 0; index < increase; index += 1) {
        const unit: Draft = { kind: 'new', continent: '', country: row.label, at: {} };
        added.push(unit);
        members.push(unit);
      }
      newUsed += increase;
      return members;
    };
    const single = input.decemberRows.filter((row) => row.december === 1);
    const groups = [
      ...input.decemberRows.filter((row) => row.december > 1).map((row) => ({ name: words.place(row.label), count: row.atLeast ? words.atLeast(row.december) : String(row.december), rows: [row] })),
      ...(single.length > 0 ? [{ name: words.oneEach(single.length), count: single.some((row) => row.atLeast) ? words.atLeast(single.length) : String(single.length), rows: single }] : []),
    ];
    for (const group of groups) {
      const members = group.rows.flatMap(membersOf);
      const { slots, bottom } = rows(members.length, UNITS_X, y, PER_ROW);
      members.forEach((unit, index) => {
        const slot = slots[index];
        if (slot) unit.at.december = place(slot.x, slot.y);
      });
      const labelBottom = groupRow(group.name, group.count, slots, y, texts.december);
      y = Math.max(bottom, labelBottom) + 1;
      if (group.rows.length > 1) {
        const lines = wrapText(words.list(group.rows.map((row) => words.place(row.label))), WIDTH - 2 * LABEL_X, TYPE.note.size);
        texts.december.push(textLines(LABEL_X, y + TYPE.note.size * 0.8, lines, 'note'));
        y += lines.length * lineStep('note') + 1;
      }
    }
    if (newUsed > newTotal) throw new ContentError(`${where}: the country counts add ${newUsed} new stations, more than the ${newTotal} the December totals allow.`);
    for (let index = newUsed; index < newTotal; index += 1) added.push({ kind: 'new', continent: '', country: undefined, at: {} });
    // The rest: named on a line of their own, then their squares across the whole chart.
    const rest = [...pool, ...added.slice(newUsed)];
    y += GROUP_GAP;
    texts.december.push(text(LABEL_X, baseline(y), words.notBrokenDown, 'label'));
    const { slots } = rows(rest.length, LABEL_X, y + PITCH, Math.floor((WIDTH - LABEL_X - COUNT_ROOM + 30) / PITCH));
    rest.forEach((unit, index) => {
      const slot = slots[index];
      if (slot) unit.at.december = place(slot.x, slot.y);
    });
    const last = slots[slots.length - 1];
    if (last) texts.december.push(text(last.x + UNIT + 5, baseline(last.y), String(rest.length), 'count'));
  }

  // New squares wait, hidden, where they will appear.
  for (const unit of added) {
    const at = unit.at.december ?? place(0, 0);
    unit.at = { units: place(at[0], at[1], 0), continents: place(at[0], at[1], 0), 'europe-countries': place(at[0], at[1], 0), december: at };
  }

  for (const state of UNIT_STATES) {
    texts[state].unshift(textLines(LABEL_X, HEADING_Y, headings[state], 'heading'));
  }

  const units: Unit[] = [...drafts, ...added].map((unit) => {
    const { units: a, continents: b, 'europe-countries': c, december: d } = unit.at;
    if (!a || !b || !c || !d) throw new Error('stations-by-continent layout: a square has no place in some state');
    return { kind: unit.kind, at: { units: a, continents: b, 'europe-countries': c, december: d } };
  });

  const unitScale: Record<UnitState, number> = { units: FIRST_SCALE, continents: 1, 'europe-countries': 1, december: 1 };
  const bottom = Math.max(
    ...units.flatMap((unit) => UNIT_STATES.map((state) => unit.at[state][1] + UNIT * unitScale[state])),
    ...UNIT_STATES.flatMap((state) => texts[state].map((mark) => markBox(mark)).map((box) => box.y + box.height)),
  );
  if (bottom + 2 > DRAWING_MAX_HEIGHT) {
    const tallest = UNIT_STATES.map((state) => ({
      state,
      bottom: Math.max(...units.map((unit) => (unit.at[state][2] === 0 ? 0 : unit.at[state][1] + UNIT * unitScale[state])), ...texts[state].map((mark) => markBox(mark)).map((box) => box.y + box.height)),
    })).sort((a, b) => b.bottom - a.bottom)[0];
    throw new ContentError(`${where}: the state "${tallest?.state}" needs ${Math.ceil(bottom + 2)} units of height and the chart has ${DRAWING_MAX_HEIGHT}; shorten its group names or notes.`);
  }
  // Every drawing has the one shape the chart boxes and the type steps are made for (type-scale.ts).
  return { width: WIDTH, height: DRAWING_MAX_HEIGHT, unitSize: UNIT, unitScale, units, texts, legend };
}
