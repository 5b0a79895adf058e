/**
 * The timeline reads at a glance in every state: lanes named with their
 * counts, every labelled event hung from a leader at its own mark, no two
 * words or marks on top of each other, no leader crossing a label, and
 * nothing outside the drawing. Checked on the story's data and on a stress
 * test with the events through 2026, and the checks are shown to catch a
 * broken layout.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../build';
import type { TextMark } from '../drawing/marks';
import { markBox, overlaps, type Box } from '../drawing/text-measure';
import { DRAWING_MAX_HEIGHT, DRAWING_WIDTH } from '../drawing/type-scale';
import { LANE_OF } from './build';
import { loadTimeline, type Strand } from './events';
import { BAR_HEIGHT, DOT_RADIUS, LANES, TIMELINE_STATES, layoutTimeline, placeLaneLabels, type Lane, type TimelineInput, type TimelineState, type TimelineView } from './layout';
import { inTimeOrder } from './order';

type Layout = Omit<TimelineView, 'chart' | 'alt'>;

function markBoxes(view: Layout, state: TimelineState): Array<Box & { index: number }> {
  return view.marks.flatMap((mark, index) => {
    const [x, y, width, visibility] = mark.at[state];
    if (visibility === 0) return [];
    return [width > 0 ? { x, y: y - BAR_HEIGHT / 2, width, height: BAR_HEIGHT, index } : { x: x - DOT_RADIUS, y: y - DOT_RADIUS, width: 2 * DOT_RADIUS, height: 2 * DOT_RADIUS, index }];
  });
}

/** Vertical leaders, from "M x y V y2" path data. */
function leadersOf(path: string): Array<{ x: number; y0: number; y1: number }> {
  return [...path.matchAll(/M(-?[\d.]+) (-?[\d.]+)V(-?[\d.]+)/g)].map(([, x = '0', y0 = '0', y1 = '0']) => ({ x: Number(x), y0: Number(y0), y1: Number(y1) }));
}

const describeText = (mark: TextMark) => `"${[mark.text, ...(mark.more ?? [])].join(' ')}"`;

/** Everything wrong with one state of a laid-out timeline, in words; empty when it reads cleanly. */
export function timelineProblems(view: Layout, state: TimelineState, laneName: (lane: Lane, count: number) => string, labelled: readonly number[]): string[] {
  const problems: string[] = [];
  const texts = view.texts[state];
  const boxes = texts.map((mark) => ({ mark, box: markBox(mark) }));
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (overlaps(a.box, b.box)) problems.push(`${describeText(a.mark)} overlaps ${describeText(b.mark)}`);
    }),
  );
  for (const { mark, box } of boxes) {
    if (box.x < 0 || box.y < 0 || box.x + box.width > view.width || box.y + box.height > view.height) problems.push(`${describeText(mark)} runs outside the drawing`);
  }
  const marks = markBoxes(view, state);
  for (const { mark, box } of boxes) if (marks.some((dot) => overlaps(box, dot, -0.2))) problems.push(`${describeText(mark)} covers a mark`);
  marks.forEach((a, i) =>
    marks.slice(i + 1).forEach((b) => {
      if (overlaps(a, b, -0.6)) problems.push(`marks ${a.index} and ${b.index} overlap`);
    }),
  );
  const leaders = leadersOf(view.leaders[state]);
  for (const leader of leaders) {
    const line = { x: leader.x - 0.5, y: leader.y0, width: 1, height: leader.y1 - leader.y0 };
    // A leader ends on the top edge of its own label: anything it passes through on the way is a crossing.
    const crossed = boxes.filter(({ box }) => overlaps(line, { ...box, y: box.y + 1, height: box.height - 1 }));
    for (const { mark } of crossed) problems.push(`the leader at x ${leader.x} crosses ${describeText(mark)}`);
    if (!boxes.some(({ box }) => Math.abs(box.y - leader.y1) < 0.6 && box.x <= leader.x && box.x + box.width >= leader.x)) problems.push(`the leader at x ${leader.x} ends on no label`);
  }
  leaders.forEach((a, i) =>
    leaders.slice(i + 1).forEach((b) => {
      if (Math.abs(a.x - b.x) < 1 && a.y0 < b.y1 && b.y0 < a.y1) problems.push(`two leaders run together at x ${a.x}`);
    }),
  );
  // Every labelled event has a leader from its own mark's foot.
  for (const index of labelled) {
    const [x, y, width, visibility] = view.marks[index]?.at[state] ?? [0, 0, 0, 0];
    if (visibility === 0) problems.push(`labelled event ${index} is not drawn`);
    const centre = x + width / 2;
    if (!leaders.some((leader) => Math.abs(leader.x - centre) < 0.2 && leader.y0 >= y && leader.y0 - y < 6)) problems.push(`labelled event ${index} has no leader from its mark`);
  }
  // Every mark drawn is grouped under its lane's name, which counts them.
  for (const lane of LANES) {
    const count = view.marks.filter((mark) => mark.lane === lane && mark.at[state][3] !== 0).length;
    if (count > 0 && !texts.some((mark) => mark.text === laneName(lane, count))) problems.push(`lane "${lane}" has ${count} marks and no name counting them`);
  }
  return problems;
}

const laneName = (lane: Lane, count: number) => `${lane} (${count})`;

function inputFrom(events: TimelineInput['events'], config: { windows: TimelineInput['windows']; article: string; eventLabels: TimelineInput['eventLabels'] }): TimelineInput {
  return {
    events,
    windows: config.windows,
    article: config.article,
    eventLabels: config.eventLabels,
    headings: Object.fromEntries(TIMELINE_STATES.map((state) => [state, `Heading of ${state}`])) as Record<TimelineState, string>,
    laneName,
    articleLabel: 'VOA report',
    periodLabel: (year, month, withYear) => (month === undefined ? String(year) : withYear ? `M${month} ${year}` : `M${month}`),
    where: 'the fixture',
  };
}

const labelledIndexes = (input: TimelineInput, state: TimelineState) => Object.keys(input.eventLabels[state]).map((id) => input.events.findIndex((event) => event.id === id));

describe('the timeline on the story data', () => {
  const { view } = buildChart('timeline');
  const text = parse(readFileSync('content/charts/timeline.yaml', 'utf8')) as { labels: Record<string, string>; eventLabels: TimelineInput['eventLabels'] };
  const names = { other: text.labels.laneOther, stations: text.labels.laneStations, campaign: text.labels.laneCampaign, reports: text.labels.laneReports, responses: text.labels.laneResponses, courts: text.labels.laneCourts };
  const storyLaneName = (lane: Lane, count: number) => (text.labels.laneCount ?? '').replace('{lane}', names[lane] ?? '').replace('{count}', String(count));
  it.each(TIMELINE_STATES)('state "%s" reads cleanly', (state) => {
    const ids = Object.keys(text.eventLabels[state]);
    const events = inTimeOrder(loadTimeline());
    const labelled = ids.map((id) => events.findIndex((event) => event.id === id));
    expect(timelineProblems(view, state, storyLaneName, labelled)).toEqual([]);
  });

  it('fits the chart\'s box on a phone', () => {
    expect(view.width).toBe(DRAWING_WIDTH);
    expect(view.height).toBeLessThanOrEqual(DRAWING_MAX_HEIGHT);
  });
});

describe('the timeline with events through 2026 (stress test)', () => {
  const rows = csvParse(readFileSync('tests/fixtures/charts/timeline-through-2026.csv', 'utf8'), (row) => ({ id: row.id ?? '', date: row.date ?? '', precision: row.precision ?? '', strand: row.strand ?? '' }));
  const config = parse(readFileSync('tests/fixtures/charts/timeline-through-2026.yaml', 'utf8')) as Parameters<typeof inputFrom>[1];
  const events = inTimeOrder(rows).map((row) => ({ ...row, precision: row.precision as 'year' | 'month' | 'day', lane: LANE_OF[row.strand as Strand] }));
  const input = inputFrom(events, config);
  const view = layoutTimeline(input);

  it.each(TIMELINE_STATES)('state "%s" reads cleanly', (state) => {
    expect(timelineProblems(view, state, laneName, labelledIndexes(input, state))).toEqual([]);
  });

  it('catches a label moved onto another, a leader left dangling and a lane left unnamed', () => {
    const broken = structuredClone(view);
    const [first, second] = broken.texts.responses.filter((mark) => mark.tone === 'label');
    if (!first || !second) throw new Error('the fixture labels fewer than two events in "responses"');
    Object.assign(second, { x: first.x, y: first.y });
    broken.leaders.responses += 'M100 100V140';
    broken.texts.responses = broken.texts.responses.filter((mark) => !mark.text.startsWith('courts'));
    const problems = timelineProblems(broken, 'responses', laneName, labelledIndexes(input, 'responses'));
    expect(problems.some((problem) => problem.includes('overlaps'))).toBe(true);
    expect(problems.some((problem) => problem.includes('ends on no label'))).toBe(true);
    expect(problems.some((problem) => problem.includes('"courts"'))).toBe(true);
  });

  it('fails the build, naming the file, rather than crowd a lane', () => {
    const crowded = structuredClone(config);
    const governments = events.filter((event) => event.lane === 'responses' && event.date >= '2022-10' && event.date < '2022-12');
    crowded.eventLabels.responses = Object.fromEntries(governments.map((event) => [event.id, 'A label long enough to need two lines of the chart']));
    expect(() => layoutTimeline(inputFrom(events, crowded))).toThrow(/the fixture: (eventLabels\.responses asks for more labels|the state "responses" needs)/);
  });
});

describe('placing one lane\'s labels', () => {
  it('stairs labels down from right to left, so no leader crosses a label', () => {
    const placed = placeLaneLabels(
      [
        { words: 'Community-run service centres begin: a separate network', x: 27 },
        { words: 'Sky Net, a separate drive against fugitives, begins', x: 78 },
        { words: 'Hong Kong protests (context)', x: 281 },
      ],
      100,
      8,
    );
    expect(placed).toBeDefined();
    const labels = placed?.labels ?? [];
    for (const label of labels) {
      const [x, from, to] = label.leader;
      const line = { x: x - 0.5, y: from, width: 1, height: to - from };
      expect(labels.filter((other) => other !== label && overlaps(line, other.box))).toEqual([]);
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(DRAWING_WIDTH);
    }
  });

  it('gives up when the words cannot fit in the lines allowed', () => {
    expect(placeLaneLabels([{ words: 'One', x: 100 }, { words: 'Two', x: 102 }, { words: 'Three', x: 104 }], 100, 1)).toBeUndefined();
  });
});
