/**
 * Counts by continent and country are computed from station rows, and the
 * stated totals only say how many stations the rows are missing and where.
 */
import { describe, expect, it } from 'vitest';
import { continentCounts, countBy, countriesIn } from './counts';
import { loadStations } from '../stations-map/stations';

const rows = [
  { country: 'Spain', continent: 'Europe' },
  { country: 'Spain', continent: 'Europe' },
  { country: 'Italy', continent: 'Europe' },
  { country: 'Japan', continent: 'Asia' },
  { country: 'Canada', continent: 'North America' },
];

describe('counting stations', () => {
  it('counts by any key, largest first, ties in alphabetical order', () => {
    expect(countBy(rows, (row) => row.continent).map((group) => [group.name, group.total])).toEqual([
      ['Europe', 3],
      ['Asia', 1],
      ['North America', 1],
    ]);
  });

  it('counts the countries of one continent', () => {
    expect(countriesIn(rows, 'Europe').map((group) => [group.name, group.total])).toEqual([
      ['Spain', 2],
      ['Italy', 1],
    ]);
  });

  it('puts stations the rows do not locate where the stated totals leave room', () => {
    const groups = continentCounts(rows, { Europe: 3, Asia: 3, 'North America': 1 }, 7, 'test data');
    expect(groups.find((group) => group.name === 'Asia')).toEqual({ name: 'Asia', located: 1, unlocated: 2, total: 3 });
    expect(groups.reduce((sum, group) => sum + group.unlocated, 0)).toBe(2);
  });

  it('fails when the stated totals do not add up to the total', () => {
    expect(() => continentCounts(rows, { Europe: 3, Asia: 1, 'North America': 1 }, 7, 'test data')).toThrow('test data: the per-continent totals add up to 5, not to the stated total of 7.');
  });

  it('fails when the rows put more stations in a continent than its stated total', () => {
    expect(() => continentCounts(rows, { Europe: 2, Asia: 4, 'North America': 1 }, 7, 'test data')).toThrow('test data: 3 rows are in Europe, more than its stated total of 2.');
  });

  it('fails when rows are in a continent with no stated total', () => {
    expect(() => continentCounts(rows, { Europe: 3, Asia: 1 }, 4, 'test data')).toThrow('rows are in North America, but no stated total is given for it.');
  });

  it('gives the September 2022 figures from the real rows', () => {
    const stations = loadStations();
    const europe = countriesIn(stations, 'Europe');
    expect(europe.slice(0, 2)).toEqual([
      { name: 'Spain', located: 9, unlocated: 0, total: 9 },
      { name: 'Italy', located: 4, unlocated: 0, total: 4 },
    ]);
    expect(europe.reduce((sum, country) => sum + country.total, 0)).toBe(36);
    const continents = continentCounts(stations, { Europe: 36, 'South America': 6, Asia: 5, 'North America': 4, Africa: 3 }, 54, 'rows');
    expect(continents.map((group) => `${group.name} ${group.located}+${group.unlocated}`)).toEqual(['Europe 36+0', 'South America 6+0', 'Asia 3+2', 'North America 4+0', 'Africa 3+0']);
  });
});
