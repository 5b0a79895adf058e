/**
 * Counts for the stations-by-continent chart, computed from the station rows.
 * Stated totals (the report's 54, and per-continent figures from the ledger)
 * only decide how many stations our rows are missing and where; if rows and
 * stated totals stop agreeing, the build fails instead of drawing a wrong chart.
 */
import { ContentError } from '../../shared/validation-error';

export interface StationLike {
  country: string;
  continent: string;
}

export interface GroupCount {
  /** Continent or country name as written in the data. */
  name: string;
  /** Stations our rows place in this group. */
  located: number;
  /** Stations the stated totals put here that no row locates. */
  unlocated: number;
  total: number;
}

/** Groups rows by a key, largest group first; equal groups in alphabetical order. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string): GroupCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts]
    .map(([name, located]) => ({ name, located, unlocated: 0, total: located }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'en'));
}

export function countriesIn(rows: readonly StationLike[], continent: string): GroupCount[] {
  return countBy(
    rows.filter((row) => row.continent === continent),
    (row) => row.country,
  );
}

/**
 * Stations per continent: located ones counted from the rows, plus the ones
 * the stated per-continent totals imply but no row locates.
 *
 * @param stated  per-continent totals from the report (continents absent from the rows included)
 * @param total   the report's overall total (the 54)
 * @param where   names the data for error messages
 */
export function continentCounts(rows: readonly StationLike[], stated: Readonly<Record<string, number>>, total: number, where: string): GroupCount[] {
  const located = new Map(countBy(rows, (row) => row.continent).map((group) => [group.name, group.located]));
  for (const continent of located.keys()) {
    if (!(continent in stated)) throw new ContentError(`${where}: rows are in ${continent}, but no stated total is given for it.`);
  }
  const statedSum = Object.values(stated).reduce((sum, value) => sum + value, 0);
  if (statedSum !== total) {
    throw new ContentError(`${where}: the per-continent totals add up to ${statedSum}, not to the stated total of ${total}.`);
  }
  const groups = Object.entries(stated).map(([name, statedTotal]) => {
    const count = located.get(name) ?? 0;
    if (count > statedTotal) {
      throw new ContentError(`${where}: ${count} rows are in ${name}, more than its stated total of ${statedTotal}.`);
    }
    return { name, located: count, unlocated: statedTotal - count, total: statedTotal };
  });
  const unlocated = groups.reduce((sum, group) => sum + group.unlocated, 0);
  if (unlocated !== total - rows.length) {
    throw new ContentError(`${where}: ${rows.length} rows for ${total} stations leave ${total - rows.length} unlocated, but the continent totals imply ${unlocated}.`);
  }
  return groups.filter((group) => group.total > 0).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'en'));
}
