/**
 * Time order without invented precision, and the timeline's columns keeping
 * separate networks apart.
 */
import { describe, expect, it } from 'vitest';
import { compareDates, dateSpan, inTimeOrder } from './order';
import buildTimeline, { LANE_OF } from './build';
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

  it('never puts another network or context in the police stations column', () => {
    expect(LANE_OF['other-network']).toBe('other');
    expect(LANE_OF.context).toBe('other');
    const stationMarks = built.view.marks.filter((mark) => mark.lane === 'stations');
    expect(stationMarks.length).toBeGreaterThan(5);
    expect(stationMarks.every((mark) => mark.strand === 'stations')).toBe(true);
  });

  it('draws a bar, not a dot, for dates known only to the month or year', () => {
    const events = inTimeOrder(loadTimeline());
    built.view.marks.forEach((mark, index) => expect(mark.day).toBe(events[index]?.precision === 'day'));
  });

  it('marks the article in the strip and in the states that reach October 2022', () => {
    expect(built.view.article.report[2]).toBe(1);
    expect(built.view.article.responses[2]).toBe(1);
    expect(built.view.article.origins[2]).toBe(0);
    expect(built.view.overview.article).toBeGreaterThan(built.view.overview.x0);
  });
});
