/**
 * Time order without invented precision, and the timeline's columns keeping
 * separate networks apart.
 */
import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan, inTimeOrder } from './order';
import buildTimeline, { LANE_OF, WINDOWS } from './build';
import { periodFor } from './layout';
import { CHARTS } from '../registry';
import { loadTimeline } from './events';

describe('time order', () => {
  it('gives a month or a year its whole span', () => {
    expect(dateSpan('2016').end - dateSpan('2016').start).toBeCloseTo(1, 6);
    const may = dateSpan('2016-05');
    expect((may.end - may.start) * 366).toBeCloseTo(31, 3);
    const day = dateSpan('2022-09-12');
    expect((day.end - day.start) * 365).toBeCloseTo(1, 3);
  });

  it('sorts by the start of each span, more precise first at the same start, and keeps ties in file order', () => {
    const events = [
      { id: 'a', date: '2016-05' },
      { id: 'b', date: '2016' },
      { id: 'c', date: '2016-05-02' },
      { id: 'd', date: '2016-01' },
      { id: 'e', date: '2016-01-01' },
      { id: 'f', date: '2018' },
      { id: 'g', date: '2018' },
      { id: 'h', date: '2015-04' },
    ];
    expect(inTimeOrder(events).map((event) => event.id)).toEqual(['h', 'e', 'd', 'b', 'a', 'c', 'f', 'g']);
    expect(compareDates('2022-10', '2022-10-25')).toBeLessThan(0);
  });

  it('orders the story timeline from 2014 to the latest event', () => {
    const ordered = inTimeOrder(loadTimeline());
    expect(ordered[0]?.date).toBe('2014');
    for (let index = 1; index < ordered.length; index += 1) {
      expect(dateSpan(ordered[index]?.date ?? '').start).toBeGreaterThanOrEqual(dateSpan(ordered[index - 1]?.date ?? '').start);
    }
  });
});

describe('the timeline chart', () => {
  const built = buildTimeline();

  it('never puts another network or context in the police stations lane', () => {
    expect(LANE_OF['other-network']).toBe('other');
    expect(LANE_OF.context).toBe('other');
    const stationMarks = built.view.marks.filter((mark) => mark.lane === 'stations');
    expect(stationMarks.length).toBeGreaterThan(5);
    expect(stationMarks.every((mark) => mark.strand === 'stations')).toBe(true);
  });

  it('draws a bar, not a dot, where a date is coarser than the periods of the state (a month among weeks, a year among months)', () => {
    const events = inTimeOrder(loadTimeline());
    const length = { day: 1 / 365, month: 1 / 12, year: 1 } as const;
    for (const state of CHARTS.timeline.states) {
      const [from, to] = WINDOWS[state];
      const spanYears = dateSpan(to).start - dateSpan(from).start;
      const period = { year: 1, quarter: 1 / 4, month: 1 / 12, week: 7 / 365.25 }[periodFor(spanYears)];
      built.view.marks.forEach((mark, index) => {
        const [, , width, visibility] = mark.at[state];
        const precision = events[index]?.precision ?? 'day';
        if (visibility !== 0) expect(width > 0, `${state}: ${events[index]?.id}`).toBe(length[precision] > period * 1.05);
      });
    }
  });

  it('marks the article in the states that reach October 2022, and only there', () => {
    expect(built.view.article.report).toBeDefined();
    expect(built.view.article.responses).toBeDefined();
    expect(built.view.article.origins).toBeUndefined();
    expect(built.view.article.campaign).toBeUndefined();
  });
});
