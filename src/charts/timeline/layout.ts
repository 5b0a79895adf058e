/**
 * Lays out the timeline at build time. A strip at the top shows every event
 * from the first to the latest, with the VOA article marked; below it each
 * state zooms into its own span of time, vertically (it reads on a phone),
 * with the strands in separate columns so separate networks never mix. A
 * date known only to the month or year is drawn as a bar over that whole
 * month or year, not as a dot on an invented day.
 */
import chart from './chart.ts';
import { ContentError } from '../../shared/validation-error';
import { round, text, type TextMark, type Visibility } from '../drawing/marks';
import { textWidth, wrapText } from '../drawing/text-measure';
import type { ChartBase } from '../types';
import { dateSpan } from './order';

/** The chart's states, in reading order (chart.ts). */
export const TIMELINE_STATES = chart.states;
export type TimelineState = (typeof TIMELINE_STATES)[number];

/** The chart's columns; several strands of the data may share one. */
export type Lane = 'stations' | 'campaign' | 'responses' | 'other';

export interface TimelineMark {
  lane: Lane;
  /** Data strand, for its symbol: e.g. a separate network is drawn hollow. */
  strand: string;
  /** True for a single day (a dot); false for a month or year (a bar). */
  day: boolean;
  /** Per state: top y, bottom y, visibility, and x (its column, moved right if it would overlap another mark). */
  at: Record<TimelineState, readonly [y0: number, y1: number, visibility: Visibility, x: number]>;
  /** Position in the overview strip: x from, x to. */
  overview: readonly [number, number];
}

export interface TimelineView extends ChartBase<'timeline', TimelineState> {
  lanes: Array<{ lane: Lane; x: number }>;
  marks: TimelineMark[];
  overview: { x0: number; x1: number; y: number; windows: Record<TimelineState, readonly [number, number]>; article: number; ticks: TextMark[] };
  /** The article's month: band in the main panel per state (y0, y1, visibility). */
  article: Record<TimelineState, readonly [number, number, Visibility]>;
  panel: { x0: number; x1: number; y0: number; y1: number };
  texts: Record<TimelineState, TextMark[]>;
  /** Leader lines from a labelled event to its label, per state, as SVG path data. */
  leaders: Record<TimelineState, string>;
  legend: Array<{ lane: Lane; label: string; x: number; y: number }>;
  /** Words in every state (overview labels). */
  constant: TextMark[];
}

export interface TimelineInput {
  events: ReadonlyArray<{ id: string; date: string; precision: 'year' | 'month' | 'day'; strand: string; lane: Lane }>;
  /** Span of time each state shows, as partial ISO dates [from, to) . */
  windows: Record<TimelineState, readonly [string, string]>;
  /** The article's date (YYYY-MM or YYYY-MM-DD). */
  article: string;
  /** Per state, labelled events: id → short words. */
  eventLabels: Record<TimelineState, Readonly<Record<string, string>>>;
  headings: Record<TimelineState, string>;
  laneNames: Record<Lane, string>;
  articleLabel: string;
  afterArticle: string;
  /** Formats a tick of the main axis for a span length in years. */
  tickLabel: (year: number, month: number, spanYears: number) => string;
  where: string;
}

const WIDTH = 360;
// Separate networks and context on the far left, apart from the stations; the busiest column on the right, where its dots can spread.
const LANES: Lane[] = ['other', 'stations', 'campaign', 'responses'];
const LANE_X0 = 74;
const LANE_STEP = 15;
/** Marks that would overlap in a column move right by this much, up to MAX_SLOTS times. */
const SLOT_STEP = 7;
const MAX_SLOTS = 4;
const LABEL_X = LANE_X0 + LANE_STEP * (LANES.length - 1) + SLOT_STEP * (MAX_SLOTS - 1) + 12;
const PANEL_TOP = 118;
const PANEL_BOTTOM = 452;
const OVERVIEW_Y = 44;
const FONT = 11.5;
const LABEL_FONT = 12.5;
const LINE = 14.5;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

export function layoutTimeline(input: TimelineInput): Omit<TimelineView, 'chart' | 'alt'> {
  const { where } = input;
  const spans = input.events.map((event) => dateSpan(event.date));
  const first = Math.floor(Math.min(...spans.map((span) => span.start)));
  const last = Math.ceil(Math.max(...spans.map((span) => span.end)));

  // Overview strip: every event, the whole period.
  const ox0 = 8;
  const ox1 = WIDTH - 8;
  const ox = (year: number) => ox0 + ((year - first) / (last - first)) * (ox1 - ox0);
  const articleSpan = dateSpan(input.article);
  const constant: TextMark[] = [text(ox0, OVERVIEW_Y - 10, String(first), 'note'), text(ox1, OVERVIEW_Y - 10, String(last - 1), 'note', 'end')];
  const articleX = ox((articleSpan.start + articleSpan.end) / 2);
  constant.push(text(articleX, OVERVIEW_Y - 10, input.articleLabel, 'note', 'middle'));
  if (Math.abs(articleX - ox0) < textWidth(input.articleLabel, FONT) / 2 + 30 || Math.abs(ox1 - articleX) < textWidth(input.articleLabel, FONT) / 2 + 30) {
    throw new ContentError(`${where}: the article marker's label would collide with the overview's year labels.`);
  }

  // Legend under the strip: the columns' names in a two-by-two grid.
  const legend: TimelineView['legend'] = LANES.map((lane, index) => {
    if (14 + textWidth(input.laneNames[lane], FONT) > WIDTH / 2 - 4) throw new ContentError(`${where}: the column name "${input.laneNames[lane]}" is too long for the legend.`);
    return { lane, label: input.laneNames[lane], x: index % 2 === 0 ? 2 : WIDTH / 2 + 2, y: OVERVIEW_Y + 30 + Math.floor(index / 2) * 17 };
  });

  const texts = {} as Record<TimelineState, TextMark[]>;
  const leaders = {} as Record<TimelineState, string>;
  const article = {} as Record<TimelineState, readonly [number, number, Visibility]>;
  const windows = {} as Record<TimelineState, readonly [number, number]>;
  const marksAt = input.events.map(() => ({}) as Record<TimelineState, readonly [number, number, Visibility, number]>);
  const laneX = (lane: Lane) => LANE_X0 + LANES.indexOf(lane) * LANE_STEP;

  for (const state of TIMELINE_STATES) {
    const [fromDate, toDate] = input.windows[state];
    const from = dateSpan(fromDate).start;
    const to = dateSpan(toDate).start;
    windows[state] = [round(ox(from)), round(ox(to))];
    const y = (year: number) => PANEL_TOP + ((year - from) / (to - from)) * (PANEL_BOTTOM - PANEL_TOP);

    texts[state] = wrapText(input.headings[state], WIDTH - 4, 14, true).map((line, index) => text(2, 15 + index * 17, line, 'heading'));
    if (texts[state].length > 1) throw new ContentError(`${where}: the heading of state "${state}" is too long for one line.`);

    // Axis ticks: years for long spans, half-years or months for short ones.
    const spanYears = to - from;
    const stepMonths = spanYears > 4 ? 12 : spanYears > 1.5 ? 6 : spanYears > 0.6 ? 2 : 1;
    for (let year = Math.floor(from); year <= Math.ceil(to); year += 1) {
      for (let month = 1; month <= 12; month += stepMonths) {
        const at = year + (month - 1) / 12;
        if (at < from - 1e-9 || at > to + 1e-9) continue;
        texts[state].push(text(LANE_X0 - 12, y(at) + 4, input.tickLabel(year, month, spanYears), 'note', 'end'));
      }
    }

    // Each mark's span in this state; marks in one column that would overlap take the next slot to the right.
    const slotEnds = new Map<Lane, number[]>();
    input.events
      .map((event, index) => ({ event, index, span: spans[index] ?? { start: 0, end: 0 } }))
      .sort((a, b) => a.span.start - b.span.start)
      .forEach(({ event, index, span }) => {
        const inside = span.end > from && span.start < to;
        const y0 = clamp(y(span.start), PANEL_TOP - 4, PANEL_BOTTOM + 4);
        const y1 = Math.max(y0, clamp(y(span.end), PANEL_TOP - 4, PANEL_BOTTOM + 4));
        // A dot is 8 units tall whatever its span; a bar at least 3.
        const top = event.precision === 'day' ? y0 - 4 : y0;
        const bottom = event.precision === 'day' ? y0 + 4 : Math.max(y1, y0 + 3);
        const ends = slotEnds.get(event.lane) ?? [];
        let slot = inside ? ends.findIndex((end) => end + 1 <= top) : 0;
        if (slot < 0) slot = Math.min(ends.length, MAX_SLOTS - 1);
        if (inside) ends[slot] = Math.max(ends[slot] ?? -Infinity, bottom);
        slotEnds.set(event.lane, ends);
        const target = marksAt[index];
        if (target) target[state] = [round(y0), round(y1), inside ? 1 : 0, laneX(event.lane) + slot * SLOT_STEP];
      });

    const articleInside = articleSpan.end > from && articleSpan.start < to;
    article[state] = [round(clamp(y(articleSpan.start), PANEL_TOP, PANEL_BOTTOM)), round(clamp(y(articleSpan.end), PANEL_TOP, PANEL_BOTTOM)), articleInside ? 1 : 0];

    // Labels: wanted at their event's y, pushed apart so none overlap, kept inside the panel.
    const wanted = Object.entries(input.eventLabels[state]).map(([id, words]) => {
      const index = input.events.findIndex((event) => event.id === id);
      const event = input.events[index];
      const at = marksAt[index]?.[state];
      if (!event || !at) throw new ContentError(`${where}: eventLabels.${state} names "${id}", which is not an event id in the timeline data.`);
      if (at[2] === 0) throw new ContentError(`${where}: eventLabels.${state} names "${id}", which is outside that state's span of time.`);
      const lines = wrapText(words, WIDTH - LABEL_X - 2, LABEL_FONT);
      return { id, lines, x: at[3], anchorY: event.precision === 'day' ? at[0] : (at[0] + at[1]) / 2, y: 0, height: lines.length * LINE };
    });
    if (articleInside) {
      const lines = wrapText(`${input.articleLabel}: ${input.afterArticle}`, WIDTH - LABEL_X - 2, LABEL_FONT, true);
      wanted.push({ id: '(article)', lines, x: LABEL_X - 14, anchorY: article[state][0], y: 0, height: lines.length * LINE });
    }
    wanted.sort((a, b) => a.anchorY - b.anchorY);
    let cursor = PANEL_TOP - 8;
    for (const label of wanted) {
      label.y = Math.max(label.anchorY - label.height / 2 + 4, cursor);
      cursor = label.y + label.height + 4;
    }
    const overflow = cursor - (PANEL_BOTTOM + 14);
    if (overflow > 0) {
      // Push back up from the bottom, keeping the order.
      let floor = PANEL_BOTTOM + 14;
      for (const label of [...wanted].reverse()) {
        label.y = Math.min(label.y, floor - label.height - 4);
        floor = label.y;
      }
      if (floor < PANEL_TOP - 8) throw new ContentError(`${where}: eventLabels.${state} has more words than fit beside the timeline; label fewer events or shorten them.`);
    }
    let paths = '';
    for (const label of wanted) {
      const article = label.id === '(article)';
      label.lines.forEach((line, lineIndex) => texts[state].push(text(LABEL_X, label.y + lineIndex * LINE + 6, line, article ? 'strong' : 'label')));
      const textMiddle = label.y + 2;
      const fromX = article ? label.x : label.x + 5;
      paths += `M${round(fromX)} ${round(label.anchorY)}L${round(LABEL_X - 10)} ${round(label.anchorY)}L${round(LABEL_X - 4)} ${round(textMiddle)}`;
    }
    leaders[state] = paths;
  }

  return {
    width: WIDTH,
    height: PANEL_BOTTOM + 24,
    lanes: LANES.map((lane, index) => ({ lane, x: LANE_X0 + index * LANE_STEP })),
    marks: input.events.map((event, index) => {
      const span = spans[index] ?? { start: 0, end: 0 };
      return {
        lane: event.lane,
        strand: event.strand,
        day: event.precision === 'day',
        at: marksAt[index] as TimelineMark['at'],
        // In the strip every event is a thin tick at the middle of its span: the strip shows when things cluster.
        overview: [round(ox((span.start + span.end) / 2) - 0.75), round(ox((span.start + span.end) / 2) + 0.75)],
      };
    }),
    overview: { x0: ox0, x1: ox1, y: OVERVIEW_Y, windows, article: round(articleX), ticks: [] },
    article,
    panel: { x0: LANE_X0 - 8, x1: WIDTH, y0: PANEL_TOP, y1: PANEL_BOTTOM },
    texts,
    leaders,
    legend,
    constant,
  };
}
