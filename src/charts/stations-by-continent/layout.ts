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
import { place, text, type Place, type TextMark } from '../drawing/marks';
import { textWidth, wrapText } from '../drawing/text-measure';
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

const WIDTH = 360;
const UNIT = 14;
const PITCH = 18;
const PER_ROW = 12;
const LABEL_X = 2;
const UNITS_X = 116;
const HEADING_Y = 15;
const HEADING_LINE = 17;
const GROUP_GAP = 8;
const FONT = 12.5;
const LINE = 14;
const LEGEND_FONT = 11.5;
/** Size of the squares in the first state, relative to the others. */
const FIRST_SCALE = 2;

interface Slot {
  x: number;
  y: number;
}

/** Places `count` squares in rows of PER_ROW from (x, y); returns slots and the y below them. */
function rows(count: number, x: number, y: number, perRow = PER_ROW): { slots: Slot[]; bottom: number } {
  const slots = Array.from({ length: count }, (_, index) => ({ x: x + (index % perRow) * PITCH, y: y + Math.floor(index / perRow) * PITCH }));
  return { slots, bottom: y + Math.max(1, Math.ceil(count / perRow)) * PITCH };
}

/** Baseline for a label beside a row of squares whose top is `top`. */
const baseline = (top: number) => top + UNIT - 2.5;

/**
 * A group's label (wrapped to the label column) and its count after the last
 * square. Returns the y below the label, which may be lower than the squares.
 */
function groupRow(name: string, count: string, slots: readonly Slot[], top: number, texts: TextMark[]): number {
  const lines = wrapText(name, UNITS_X - LABEL_X - 8, FONT);
  lines.forEach((line, index) => texts.push(text(LABEL_X, baseline(top) + index * LINE, line, 'label')));
  const last = slots[slots.length - 1];
  if (last) texts.push(text(last.x + UNIT + 5, baseline(last.y), count, 'count'));
  return top + lines.length * LINE + 4;
}

export function layoutUnits(input: UnitInput): UnitLayout {
  const { words } = input;
  const where = 'content/charts/stations-by-continent.yaml';
  const texts: Record<UnitState, TextMark[]> = { units: [], continents: [], 'europe-countries': [], december: [] };

  // Headings wrap; the legend and the squares start below the longest one, in every state.
  const headings = Object.fromEntries(UNIT_STATES.map((state) => [state, wrapText(words.heading[state], WIDTH - 4, 14, true)])) as Record<UnitState, string[]>;
  const headingLines = Math.max(...Object.values(headings).map((lines) => lines.length));
  if (headingLines > 3) throw new ContentError(`${where}: a state heading is too long (it needs ${headingLines} lines; 3 at most fit).`);
  const LEGEND_TOP = HEADING_Y + (headingLines - 1) * HEADING_LINE + 10;
  const TOP = LEGEND_TOP + UNIT + 16;

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
      const { slots, bottom } = rows(members.length, UNITS_X, y);
      members.forEach((unit, index) => {
        const slot = slots[index];
        if (slot) unit.at.continents = place(slot.x, slot.y);
      });
      const labelBottom = groupRow(group.name, String(group.total), slots, y, texts.continents);
      if (group.unlocated > 0) {
        const last = slots[slots.length - 1];
        const countText = String(group.total);
        if (last) texts.continents.push(text(last.x + UNIT + 5 + textWidth(countText, FONT) + 6, baseline(last.y), words.notLocated(group.unlocated), 'note'));
      }
      y = Math.max(bottom, labelBottom) + GROUP_GAP;
    }
  }

  // State "europe-countries": Europe by country; everything else dimmed in one block.
  {
    let y = TOP;
    for (const country of input.europe) {
      const members = drafts.filter((unit) => unit.continent === 'Europe' && unit.country === country.name);
      const { slots, bottom } = rows(members.length, UNITS_X, y);
      members.forEach((unit, index) => {
        const slot = slots[index];
        if (slot) unit.at['europe-countries'] = place(slot.x, slot.y);
      });
      const labelBottom = groupRow(country.name, String(country.total), slots, y, texts['europe-countries']);
      y = Math.max(bottom, labelBottom) + 2;
    }
    y += GROUP_GAP;
    const outside = drafts.filter((unit) => unit.continent !== 'Europe');
    const { slots } = rows(outside.length, UNITS_X, y);
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
    for (const row of input.decemberRows) {
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
      const { slots, bottom } = rows(members.length, UNITS_X, y);
      members.forEach((unit, index) => {
        const slot = slots[index];
        if (slot) unit.at.december = place(slot.x, slot.y);
      });
      const labelBottom = groupRow(row.label, row.atLeast ? words.atLeast(row.december) : String(row.december), slots, y, texts.december);
      y = Math.max(bottom, labelBottom) + 2;
    }
    if (newUsed > newTotal) throw new ContentError(`${where}: the country counts add ${newUsed} new stations, more than the ${newTotal} the December totals allow.`);
    for (let index = newUsed; index < newTotal; index += 1) added.push({ kind: 'new', continent: '', country: undefined, at: {} });
    const rest = [...pool, ...added.slice(newUsed)];
    y += GROUP_GAP;
    const { slots } = rows(rest.length, UNITS_X, y);
    rest.forEach((unit, index) => {
      const slot = slots[index];
      if (slot) unit.at.december = place(slot.x, slot.y);
    });
    groupRow(words.notBrokenDown, String(rest.length), slots, y, texts.december);
  }

  // New squares wait, hidden, where they will appear.
  for (const unit of added) {
    const at = unit.at.december ?? place(0, 0);
    unit.at = { units: place(at[0], at[1], 0), continents: place(at[0], at[1], 0), 'europe-countries': place(at[0], at[1], 0), december: at };
  }

  for (const state of UNIT_STATES) {
    texts[state].unshift(...headings[state].map((line, index) => text(LABEL_X, HEADING_Y + index * HEADING_LINE, line, 'heading')));
  }

  const units: Unit[] = [...drafts, ...added].map((unit) => {
    const { units: a, continents: b, 'europe-countries': c, december: d } = unit.at;
    if (!a || !b || !c || !d) throw new Error('stations-by-continent layout: a square has no place in some state');
    return { kind: unit.kind, at: { units: a, continents: b, 'europe-countries': c, december: d } };
  });

  // Legend items side by side, in one line: the chart's top margin has room for one.
  const legendRow = (items: Array<[UnitKind, string]>): LegendItem[] => {
    let x = LABEL_X;
    return items.map(([kind, label]) => {
      const item = { kind, label, x, y: LEGEND_TOP };
      x += UNIT + 5 + textWidth(label, LEGEND_FONT) + 12;
      if (x - 12 > WIDTH) throw new ContentError(`${where}: the legend words are too long to fit on one line of the chart (${items.map(([, words]) => `"${words}"`).join(', ')}).`);
      return item;
    });
  };
  const notLocated: Array<[UnitKind, string]> = drafts.some((unit) => unit.kind === 'unlocated') ? [['unlocated', words.legendNotLocated]] : [];
  const septemberLegend = legendRow([['located', words.legendStation], ...notLocated]);
  const legend: Record<UnitState, LegendItem[]> = {
    units: septemberLegend,
    continents: septemberLegend,
    'europe-countries': septemberLegend,
    december: legendRow([['located', words.legendSeptember], ['new', words.legendAdded], ...notLocated]),
  };

  const unitScale: Record<UnitState, number> = { units: FIRST_SCALE, continents: 1, 'europe-countries': 1, december: 1 };
  const bottom = Math.max(...units.flatMap((unit) => UNIT_STATES.map((state) => unit.at[state][1] + UNIT * unitScale[state])));
  return { width: WIDTH, height: Math.ceil(bottom + 6), unitSize: UNIT, unitScale, units, texts, legend };
}
