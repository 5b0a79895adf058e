/**
 * Lays out the timeline at build time. Each state's span of time runs left to
 * right, with one named row (lane) per strand of events that has events in
 * it.
 *
 * Within a lane, time is cut into equal periods (years, quarters, months or
 * weeks, by the span's length), and each event is a dot in its period,
 * stacked so that dots never overlap and bursts can be counted. An event the
 * source dates only to a month or a year, when the state's periods are finer,
 * is a bar over that whole month or year, not a dot on an invented day.
 *
 * Every dot is grouped under its lane's name, which gives the count; the
 * events a state names get a label under their lane, hung from a straight
 * leader. Labels never overlap each other or a mark, and no leader crosses a
 * label. When the words file asks for more than fits, the build fails naming
 * it, rather than drawing an overlap.
 */
import chart from './chart.ts';
import { ContentError } from '../../shared/validation-error';
import { round, text, textLines, type TextMark, type Visibility } from '../drawing/marks';
import { markBox, overlaps, textWidth, wrapText, type Box } from '../drawing/text-measure';
import { DRAWING_MAX_HEIGHT, DRAWING_WIDTH, TYPE, lineStep } from '../drawing/type-scale';
import type { ChartBase } from '../types';
import { dateSpan, fractionalYear } from './order';

/** The chart's states, in reading order (chart.ts). */
export const TIMELINE_STATES = chart.states;
export type TimelineState = (typeof TIMELINE_STATES)[number];

/** The chart's rows, top to bottom; several strands of the data may share one. */
export const LANES = ['other', 'stations', 'campaign', 'reports', 'responses', 'courts'] as const;
export type Lane = (typeof LANES)[number];

/** A mark's place in one state: x and y of a dot's centre or a bar's left end, a bar's width (0 for a dot), and its visibility. */
export type MarkPlace = readonly [x: number, y: number, width: number, visibility: Visibility];

export interface TimelineMark {
  lane: Lane;
  /** Data strand, for its symbol: e.g. a separate network is drawn hollow. */
  strand: string;
  at: Record<TimelineState, MarkPlace>;
}

export interface TimelineView extends ChartBase<'timeline', TimelineState> {
  marks: TimelineMark[];
  /** Per state: lane names, period labels, event labels and the heading. */
  texts: Record<TimelineState, TextMark[]>;
  /** Per state, as SVG path data: period boundaries, lane base lines, leaders. */
  grid: Record<TimelineState, string>;
  leaders: Record<TimelineState, string>;
  /** Per state, the article's date as a band over the lanes (x0, x1, y0, y1), if it is in the state's span. */
  article: Record<TimelineState, readonly [number, number, number, number] | undefined>;
}

export interface TimelineInput {
  events: ReadonlyArray<{ id: string; date: string; precision: 'year' | 'month' | 'day'; strand: string; lane: Lane }>;
  /** Span of time each state shows, as partial ISO dates [from, to). */
  windows: Record<TimelineState, readonly [string, string]>;
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  article: string;
  /** Per state, the events it names: id → short words. */
  eventLabels: Record<TimelineState, Readonly<Record<string, string>>>;
  headings: Record<TimelineState, string>;
  /** A lane's name with its count of events in the state, e.g. "Police stations (4)". */
  laneName: (lane: Lane, count: number) => string;
  articleLabel: string;
  /** A period label: the year (no month given), or a month's short name, with its year where `withYear`. */
  periodLabel: (year: number, month?: number, withYear?: boolean) => string;
  where: string;
}

/** Left and right edges of the lanes. */
const X0 = 2;
const X1 = DRAWING_WIDTH - 2;
const HEADING_Y = 14;
const TICK_LABEL_TOP = 32;
const LANES_START = 38;
/** Dots: radius, and the distance between neighbours in a stack. */
export const DOT_RADIUS = 3.2;
const PITCH = 8;
export const BAR_HEIGHT = 5;
/** Space between a lane's name and its marks, its marks and its labels, one lane and the next. */
const NAME_GAP = 2;
const LABEL_GAP = 2;
const LANE_GAP = 5;
/** Room under the lanes for the article's name, under its band. */
const ARTICLE_ROW = 16;
/** Widths a label may wrap to, widest first, and the most lines it may take. */
const WRAP_WIDTHS = [Infinity, 190, 150, 120, 95];
const MAX_LABEL_LINES = 3;
/** Room kept between a leader and the label it passes, and between labels. */
const CLEARANCE = 2.5;

type Period = 'year' | 'quarter' | 'month' | 'week';

/** The periods a span is cut into: about 7 to 13 of them across the lanes. */
export function periodFor(spanYears: number): Period {
  if (spanYears > 4) return 'year';
  if (spanYears > 1.6) return 'quarter';
  if (spanYears > 0.5) return 'month';
  return 'week';
}

/** Boundaries of the periods of a span [from, to), as fractional years, first and last clipped to the span. */
function periodBounds(period: Period, from: number, to: number): number[] {
  const bounds = [from];
  if (period === 'week') {
    for (let at = from + 7 / 365.25; at < to - 1e-9; at += 7 / 365.25) bounds.push(at);
  } else {
    const step = period === 'year' ? 12 : period === 'quarter' ? 3 : 1;
    const startYear = Math.floor(from);
    for (let index = 0; ; index += step) {
      const at = fractionalYear(startYear + Math.floor(index / 12), (index % 12) + 1);
      if (at >= to - 1e-9) break;
      if (at > from + 1e-9) bounds.push(at);
    }
  }
  bounds.push(to);
  return bounds;
}

interface PeriodTick {
  /** Where the tick is (a period's start), as a fractional year. */
  at: number;
  /** Drawn as a line across the lanes. */
  line: boolean;
  /** Its label, if it has one; centred on [at, centreTo] if given, else just right of `at`. */
  words?: string;
  centreTo?: number;
  /** The label names a year. */
  year?: boolean;
}

/**
 * The span's ticks: years named in their middle, months too (the year with
 * the first and with January), quarters by the years they start, weeks by
 * the months that start in them. Lines mark years, months, and the months
 * among weeks.
 */
function periodTicks(period: Period, bounds: readonly number[], label: TimelineInput['periodLabel']): PeriodTick[] {
  const ticks: PeriodTick[] = [];
  bounds.slice(0, -1).forEach((start, index) => {
    const end = bounds[index + 1] ?? start;
    const { year, month, day } = calendarOf(start);
    if (period === 'year') ticks.push({ at: start, line: true, words: label(year), centreTo: end, year: true });
    else if (period === 'month') ticks.push({ at: start, line: true, words: label(year, month, index === 0 || month === 1), centreTo: end, year: index === 0 || month === 1 });
    else if (period === 'quarter') {
      const yearStart = month === 1 && day === 1;
      ticks.push({ at: start, line: yearStart, ...(yearStart || index === 0 ? { words: label(year), year: true } : {}) });
    } else {
      // The first of a month inside this week, if any.
      const monthStart = day === 1 ? start : month === 12 ? fractionalYear(year + 1, 1) : fractionalYear(year, month + 1);
      if (monthStart < end - 1e-9) {
        const named = calendarOf(monthStart);
        ticks.push({ at: monthStart, line: true, words: label(named.year, named.month, index === 0 || named.month === 1), year: index === 0 || named.month === 1 });
      } else if (index === 0) ticks.push({ at: start, line: false, words: label(year, month, true), year: true });
    }
  });
  return ticks;
}

/** The calendar day a fractional year falls on (the inverse of fractionalYear). */
export function calendarOf(at: number): { year: number; month: number; day: number } {
  const year = Math.floor(at + 1e-9);
  const days = Math.round((at - year) * ((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000));
  const date = new Date(Date.UTC(year, 0, 1 + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Length in years of a date's own span (a day, a month, a year). */
function precisionLength(precision: 'year' | 'month' | 'day'): number {
  return precision === 'year' ? 1 : precision === 'month' ? 1 / 12 : 1 / 365;
}

interface PlacedLabel {
  box: Box;
  /** The leader: x, and the y it runs from (the lane's base line) to (the label's top). */
  leader: readonly [x: number, from: number, to: number];
  mark: TextMark;
}

function leaderBox([x, from, to]: PlacedLabel['leader']): Box {
  return { x: x - 0.5, y: from, width: 1, height: to - from };
}

/**
 * What an arrangement of labels costs: the lines it takes under the lane,
 * and, a little less, each label pulled sideways off its leader's end (to
 * stay inside the frame), which makes it harder to tell which mark it names.
 */
function cost(lines: number, shifted: number): number {
  return lines + 0.6 * shifted;
}

/** Most arrangements tried for one lane's labels before giving up: a bound on build time. */
const SEARCH_BUDGET = 200_000;

/**
 * Places a lane's labels under its base line, each hung from a vertical
 * leader at its event's x: inside the frame, clear of the other labels, its
 * leader crossing no label and no label crossing another's leader. A label
 * may sit right or left of its leader, on one line or wrapped. Searches the
 * arrangements (labels from right to left, shallow places first) for the one
 * using the fewest lines; returns undefined if none fits in `maxLines`.
 */
export function placeLaneLabels(
  requests: ReadonlyArray<{ words: string; x: number }>,
  baseY: number,
  maxLines: number,
): { labels: PlacedLabel[]; lines: number } | undefined {
  const step = lineStep('label');
  const size = TYPE.label.size;
  // Each label's possible places, shallowest first: every line, shape (one line or wrapped) and side.
  const options = [...requests]
    .sort((a, b) => b.x - a.x)
    .map((request) => {
      const shapes = WRAP_WIDTHS.map((wrap) => wrapText(request.words, wrap, size)).filter(
        (lines, index, all) => lines.length <= MAX_LABEL_LINES && all.findIndex((other) => other.join() === lines.join()) === index,
      );
      const places: Array<PlacedLabel & { bottom: number; shifted: boolean }> = [];
      for (let line = 0; line < maxLines; line += 1) {
        for (const lines of shapes) {
          if (line + lines.length > maxLines) continue;
          const width = Math.max(...lines.map((words) => textWidth(words, size)));
          if (width > X1 - X0) continue;
          const top = baseY + LABEL_GAP + line * step;
          for (const left of [request.x - 3, request.x + 3 - width]) {
            // Pulled inside the frame if need be, its leader still under it.
            const x = Math.min(Math.max(left, X0), X1 - width);
            if (x > request.x || x + width < request.x) continue;
            const mark = { ...textLines(x, top, lines, 'label'), hangs: true as const };
            places.push({ box: markBox(mark), leader: [round(request.x), baseY, top], mark, bottom: line + lines.length, shifted: x !== left });
          }
        }
      }
      return places.sort((a, b) => cost(a.bottom, Number(a.shifted)) - cost(b.bottom, Number(b.shifted)));
    });

  let best: { labels: PlacedLabel[]; lines: number; score: number } | undefined;
  let tried = 0;
  const placed: PlacedLabel[] = [];
  const search = (index: number, depth: number, shifts: number) => {
    if (best && cost(depth, shifts) >= best.score) return;
    if (index === options.length) {
      best = { labels: [...placed], lines: depth, score: cost(depth, shifts) };
      return;
    }
    for (const option of options[index] ?? []) {
      if (tried++ > SEARCH_BUDGET) return;
      const nextDepth = Math.max(depth, option.bottom);
      const nextShifts = shifts + Number(option.shifted);
      if (best && cost(nextDepth, nextShifts) >= best.score) continue;
      const clear = placed.every(
        (other) => !overlaps(option.box, other.box, CLEARANCE) && !overlaps(leaderBox(option.leader), other.box, CLEARANCE) && !overlaps(leaderBox(other.leader), option.box, CLEARANCE),
      );
      if (!clear) continue;
      placed.push(option);
      search(index + 1, nextDepth, nextShifts);
      placed.pop();
    }
  };
  search(0, 0, 0);
  return best && { labels: best.labels, lines: best.lines };
}

export function layoutTimeline(input: TimelineInput): Omit<TimelineView, 'chart' | 'alt'> {
  const { where } = input;
  const spans = input.events.map((event) => dateSpan(event.date));

  // Headings wrap to two lines at most; everything below starts under the longest.
  const headingLines = Object.fromEntries(TIMELINE_STATES.map((state) => [state, wrapText(input.headings[state], X1 - X0, TYPE.heading.size, true)])) as Record<TimelineState, string[]>;
  for (const state of TIMELINE_STATES) {
    if (headingLines[state].length > 2) throw new ContentError(`${where}: the heading of state "${state}" ("${input.headings[state]}") is too long for two lines of the chart.`);
  }
  const drop = (Math.max(...Object.values(headingLines).map((lines) => lines.length)) - 1) * lineStep('heading');
  const tickLabelY = TICK_LABEL_TOP + drop;
  const lanesTop = LANES_START + drop;

  const texts = {} as Record<TimelineState, TextMark[]>;
  const grid = {} as Record<TimelineState, string>;
  const leaders = {} as Record<TimelineState, string>;
  const article = {} as Record<TimelineState, TimelineView['article'][TimelineState]>;
  const placesOf = input.events.map(() => ({}) as Record<TimelineState, MarkPlace>);
  const articleSpan = dateSpan(input.article);

  for (const state of TIMELINE_STATES) {
    const [fromDate, toDate] = input.windows[state];
    const from = dateSpan(fromDate).start;
    const to = dateSpan(toDate).start;
    const x = (year: number) => X0 + ((year - from) / (to - from)) * (X1 - X0);
    const stateTexts: TextMark[] = [];
    let gridPath = '';
    let leaderPath = '';

    stateTexts.push(textLines(X0, HEADING_Y, headingLines[state], 'heading'));

    // Periods: their boundaries as faint lines, and as many labels as fit without crowding.
    const period = periodFor(to - from);
    const bounds = periodBounds(period, from, to);
    const labelled: Box[] = [];
    const articleInside = articleSpan.end > from && articleSpan.start < to;
    article[state] = undefined;
    // Labels that carry a year first, so a crowded axis still says which year it is.
    const ticks = periodTicks(period, bounds, input.periodLabel);
    for (const tick of ticks) if (tick.line && tick.at > from + 1e-9) gridPath += `M${round(x(tick.at))} ${tickLabelY + 4}V{BOTTOM}`;
    for (const tick of [...ticks.filter((tick) => tick.year), ...ticks.filter((tick) => !tick.year)]) {
      if (tick.words === undefined) continue;
      const width = textWidth(tick.words, TYPE.note.size);
      const centred = tick.centreTo === undefined ? x(tick.at) + 2 : (x(tick.at) + x(tick.centreTo)) / 2 - width / 2;
      const mark = text(Math.min(Math.max(centred, X0), X1 - width), tickLabelY, tick.words, 'note');
      const box = markBox(mark);
      if (labelled.some((other) => overlaps(box, other, 4))) continue;
      stateTexts.push(mark);
      labelled.push(box);
    }

    // Each event in the span: its lane and its period, or a bar when its date is coarser than the periods.
    const periodLength = (to - from) / (bounds.length - 1);
    const inside = input.events.map((_event, index) => {
      const span = spans[index] ?? { start: 0, end: 0 };
      return span.end > from && span.start < to;
    });
    const labels = input.eventLabels[state];
    for (const id of Object.keys(labels)) {
      const index = input.events.findIndex((event) => event.id === id);
      if (index < 0) throw new ContentError(`${where}: eventLabels.${state} names "${id}", which is not an event id in the timeline data.`);
      if (!inside[index]) throw new ContentError(`${where}: eventLabels.${state} names "${id}", which is outside that state's span of time.`);
    }

    let y = lanesTop;
    for (const lane of LANES) {
      const members = input.events.flatMap((event, index) => (inside[index] && event.lane === lane ? [index] : []));
      if (members.length === 0) continue;
      const isBar = (index: number) => precisionLength(input.events[index]?.precision ?? 'day') > periodLength * 1.05;
      const periodOf = (index: number) => {
        const start = Math.max(spans[index]?.start ?? from, from);
        let found = bounds.findIndex((bound, position) => position < bounds.length - 1 && start >= bound - 1e-9 && start < (bounds[position + 1] ?? to) - 1e-9);
        if (found < 0) found = bounds.length - 2;
        return found;
      };
      // Rows from the base line up: labelled bars first, then each period's dots (labelled ones first, then by date),
      // then the other bars; so every labelled mark sits on the base line, where its leader starts.
      const unlabelled = (index: number) => Number(!Object.hasOwn(labels, input.events[index]?.id ?? ''));
      const rowsUsed = bounds.map(() => 0);
      const bars = new Map<number, { row: number; x0: number; x1: number }>();
      const placeBar = (index: number) => {
        const span = spans[index] ?? { start: from, end: to };
        const crossed = bounds.slice(0, -1).flatMap((bound, position) => (bound < span.end - 1e-9 && (bounds[position + 1] ?? to) > span.start + 1e-9 ? [position] : []));
        const row = Math.max(0, ...crossed.map((position) => rowsUsed[position] ?? 0));
        for (const position of crossed) rowsUsed[position] = row + 1;
        bars.set(index, { row, x0: x(Math.max(span.start, from)), x1: x(Math.min(span.end, to)) });
      };
      const barMembers = members.filter(isBar);
      barMembers.filter((index) => !unlabelled(index)).forEach(placeBar);
      const dotFloor = [...rowsUsed];
      const ordered = members.filter((index) => !isBar(index)).sort((a, b) => unlabelled(a) - unlabelled(b) || a - b);
      const slots = new Map<number, { column: number; row: number; period: number }>();
      const counts = bounds.map(() => 0);
      for (const index of ordered) {
        const periodIndex = periodOf(index);
        const start = bounds[periodIndex] ?? from;
        const end = bounds[periodIndex + 1] ?? to;
        const columns = Math.max(1, Math.floor((x(end) - x(start) - 1) / PITCH));
        const position = counts[periodIndex] ?? 0;
        counts[periodIndex] = position + 1;
        const row = (dotFloor[periodIndex] ?? 0) + Math.floor(position / columns);
        slots.set(index, { column: position % columns, row, period: periodIndex });
        rowsUsed[periodIndex] = row + 1;
      }
      barMembers.filter(unlabelled).forEach(placeBar);
      const rows = Math.max(1, ...rowsUsed);

      const name = text(X0, y + TYPE.strong.size * 0.8, input.laneName(lane, members.length), 'strong');
      stateTexts.push(name);
      const bandTop = y + TYPE.strong.size + NAME_GAP;
      const baseY = bandTop + rows * PITCH;
      gridPath += `M${X0} ${round(baseY)}H${X1}`;
      const dotX = (index: number) => {
        const slot = slots.get(index);
        if (!slot) return 0;
        const start = bounds[slot.period] ?? from;
        const end = bounds[slot.period + 1] ?? to;
        const columns = Math.max(1, Math.floor((x(end) - x(start) - 1) / PITCH));
        const used = Math.min(columns, counts[slot.period] ?? 1);
        return (x(start) + x(end)) / 2 - ((used - 1) * PITCH) / 2 + slot.column * PITCH;
      };
      for (const index of members) {
        const target = placesOf[index];
        if (!target) continue;
        const bar = bars.get(index);
        if (bar) target[state] = [round(bar.x0), round(baseY - (bar.row + 0.5) * PITCH), round(Math.max(2, bar.x1 - bar.x0)), 1];
        else target[state] = [round(dotX(index)), round(baseY - ((slots.get(index)?.row ?? 0) + 0.5) * PITCH), 0, 1];
      }

      // The lane's labels, hung under its base line.
      const requests = members.flatMap((index) => {
        const id = input.events[index]?.id ?? '';
        const words = labels[id];
        if (words === undefined) return [];
        const place = placesOf[index]?.[state];
        const centre = place ? place[0] + place[2] / 2 : 0;
        return [{ words, x: centre }];
      });
      const placed = requests.length > 0 ? placeLaneLabels(requests, baseY, 8) : { labels: [], lines: 0 };
      if (!placed) throw new ContentError(`${where}: eventLabels.${state} asks for more labels in the lane "${lane}" than fit without overlapping or crossing leaders; label fewer events there or shorten the words.`);
      for (const label of placed.labels) {
        stateTexts.push(label.mark);
        const [lx, ly0, ly1] = label.leader;
        leaderPath += `M${lx} ${round(ly0 - PITCH / 2 + DOT_RADIUS)}V${round(ly1)}`;
      }
      y = baseY + (placed.lines > 0 ? LABEL_GAP + placed.lines * lineStep('label') : 0) + LANE_GAP;
    }
    // Period boundaries and the article's band run down to the foot of the lanes; the band is named under it.
    const foot = Math.ceil(y - LANE_GAP + 4);
    gridPath = gridPath.replaceAll('{BOTTOM}', String(foot));
    let bottom = foot;
    if (articleInside) {
      const x0 = x(Math.max(articleSpan.start, from));
      const width = Math.max(1.5, x(Math.min(articleSpan.end, to)) - x0);
      article[state] = [round(x0), round(width), tickLabelY + 4, foot - tickLabelY - 4];
      const labelWidth = textWidth(input.articleLabel, TYPE.strong.size, true);
      stateTexts.push(text(Math.min(Math.max(x0 + width / 2 - labelWidth / 2, X0), X1 - labelWidth), foot + ARTICLE_ROW - 4, input.articleLabel, 'strong'));
      bottom += ARTICLE_ROW;
    }
    if (bottom > DRAWING_MAX_HEIGHT) {
      throw new ContentError(`${where}: the state "${state}" needs ${bottom} units of height and the chart has ${DRAWING_MAX_HEIGHT}: label fewer events in it, shorten their words, or narrow its span of time.`);
    }
    grid[state] = gridPath;
    leaders[state] = leaderPath;
    texts[state] = stateTexts;
  }

  // A hidden event waits at the edge of the span it is outside of, in its lane (or where it next shows), so it comes in from the side time moves from.
  for (const index of input.events.keys()) {
    const places = placesOf[index];
    const span = spans[index] ?? { start: 0, end: 0 };
    if (!places) continue;
    const shown = TIMELINE_STATES.filter((state) => places[state]);
    for (const state of TIMELINE_STATES) {
      if (places[state]) continue;
      const [fromDate] = input.windows[state];
      const before = span.end <= dateSpan(fromDate).start;
      const nearest = shown.reduce<TimelineState | undefined>(
        (best, candidate) => (best === undefined || Math.abs(TIMELINE_STATES.indexOf(candidate) - TIMELINE_STATES.indexOf(state)) < Math.abs(TIMELINE_STATES.indexOf(best) - TIMELINE_STATES.indexOf(state)) ? candidate : best),
        undefined,
      );
      const y = nearest ? (places[nearest]?.[1] ?? lanesTop) : lanesTop;
      places[state] = [before ? X0 - 8 : X1 + 8, y, 0, 0];
    }
  }

  return {
    width: DRAWING_WIDTH,
    // Every drawing has the one shape the chart boxes and the type steps are made for (type-scale.ts).
    height: DRAWING_MAX_HEIGHT,
    marks: input.events.map((event, index) => ({ lane: event.lane, strand: event.strand, at: placesOf[index] as TimelineMark['at'] })),
    texts,
    grid,
    leaders,
    article,
  };
}
