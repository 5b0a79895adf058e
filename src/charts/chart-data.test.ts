/**
 * Chart data files are checked at build time: a bad row names the file, the
 * row (as a spreadsheet shows it) and the column. These tests read
 * deliberately broken fixtures from tests/fixtures/data/.
 */
import { describe, expect, it } from 'vitest';
import { loadDecemberCounts } from './stations-by-continent/december-counts';
import { loadStations } from './stations-map/stations';
import { loadTimeline } from './timeline/events';
import { loadChartText } from './chart-words';

const fixture = (name: string) => `tests/fixtures/data/${name}`;

describe('station rows', () => {
  it('name the file, row and column of a latitude out of range', () => {
    expect(() => loadStations(fixture('stations-bad-latitude.csv'))).toThrow(/tests\/fixtures\/data\/stations-bad-latitude\.csv, row 3:\n {2}- column "lat" \(value: "95\.5"\)/);
  });

  it('name the row and column of an unknown continent', () => {
    expect(() => loadStations(fixture('stations-bad-continent.csv'))).toThrow(/stations-bad-continent\.csv, row 4:\n {2}- column "continent" \(value: "Atlantica"\)/);
  });

  it('name a source id that is not in the sources registry', () => {
    expect(() => loadStations(fixture('stations-unknown-source.csv'))).toThrow(/stations-unknown-source\.csv, row 2:\n {2}- column "source_ids": unknown source id "S99"/);
  });

  it('refuse an id used twice', () => {
    expect(() => loadStations(fixture('stations-duplicate-id.csv'))).toThrow(/stations-duplicate-id\.csv, row 3:\n {2}- column "id": "sep-01" is used twice/);
  });

  it('load the story data: 52 located stations, each with sources', () => {
    const stations = loadStations();
    expect(stations).toHaveLength(52);
    expect(stations.every((station) => station.sourceIds.length > 0)).toBe(true);
  });
});

describe('timeline rows', () => {
  it('name the row and column when the precision does not match the date', () => {
    expect(() => loadTimeline(fixture('timeline-wrong-precision.csv'))).toThrow(/timeline-wrong-precision\.csv, row 3:\n {2}- column "precision" \(value: "day"\): is "day" but the date "2016-05" is given to the month/);
  });

  it('name an unknown strand', () => {
    expect(() => loadTimeline(fixture('timeline-unknown-strand.csv'))).toThrow(/timeline-unknown-strand\.csv, row 2:\n {2}- column "strand" \(value: "rumours"\)/);
  });
});

describe('December counts', () => {
  it('name the row and column of a count that is not a number', () => {
    expect(() => loadDecemberCounts(fixture('counts-bad-count.csv'))).toThrow(/counts-bad-count\.csv, row 3:\n {2}- column "count" \(value: "eleven"\)/);
  });
});

describe('chart words files', () => {
  it('name a state the file forgot', () => {
    expect(() => loadChartText('stations-by-continent', [], ['by-continent'], undefined, 'tests/fixtures/charts/missing-state.yaml')).toThrow(
      'tests/fixtures/charts/missing-state.yaml: field "states.europe-countries" is missing',
    );
  });

  it('name a label no chart uses (a typo would otherwise go unnoticed)', () => {
    expect(() => loadChartText('stations-by-continent', ['notLocated'], ['by-continent'], undefined, 'tests/fixtures/charts/unknown-label.yaml')).toThrow(
      'tests/fixtures/charts/unknown-label.yaml: field "labels.typoLabel" is not used by the chart',
    );
  });
});
