/**
 * Build step of the stations-by-continent chart: reads the station rows, the
 * December counts and the ledger, computes every count, fills the chart's
 * words and lays out the squares. Runs at build time only (reads files).
 */
import definition from './chart.ts';
import { getFigure } from '../../trust/ledger';
import { decemberCount, loadDecemberCounts } from './december-counts';
import { loadStations, STATIONS_FILE } from '../stations-map/stations';
import { fillTemplate } from '../../shared/text-template';
import { chartTextFile, figureWords, loadChartText, stateWords, wordsFiller } from '../chart-words';
import { formatsFor } from '../format';
import { SOURCE_LANG, type Lang } from '../../i18n/languages';
import type { BuiltChart, ChartTable } from '../types';
import { continentCounts, countriesIn } from './counts';
import { layoutUnits, type DecemberRow, type StationsByContinentView } from './layout';

export const CHART = definition.id;

/** Ledger ids of the report's stated per-continent totals. */
const STATED_BY_CONTINENT = {
  Europe: 'stations-europe-sept-2022',
  'South America': 'stations-south-america-sept-2022',
  Asia: 'stations-asia-sept-2022',
  'North America': 'stations-north-america-sept-2022',
  Africa: 'stations-africa-sept-2022',
} as const;

const LABEL_KEYS = [
  'notLocated',
  'outsideEurope',
  'oneEach',
  'notBrokenDown',
  'atLeast',
  'legendStation',
  'legendNotLocated',
  'legendSeptember',
  'legendAdded',
  'listItem',
  'listItemUnlocated',
  'totalStations',
  'totalCountries',
  'totalNew',
  'totalBureaus',
  'newOnly',
] as const;
const TABLE_IDS = ['by-continent', 'europe', 'december'] as const;

/** The build step (found by src/charts/build.ts): the chart's data read and checked, words filled, layout computed. */
export default function buildStationsByContinent(lang: Lang = SOURCE_LANG): BuiltChart<typeof CHART, StationsByContinentView> {
  const usedIn = `the ${CHART} chart`;
  const text = loadChartText(CHART, LABEL_KEYS, TABLE_IDS, undefined, chartTextFile(CHART, lang), lang);
  const { number: formatNumber, list: formatList, place: placeIn } = formatsFor(lang);
  const place = (name: string) => placeIn(name, usedIn);
  const label = (key: (typeof LABEL_KEYS)[number], values: Record<string, string | number> = {}) => fillTemplate(text.labels[key] ?? '', values, `${text.file}, labels.${key}`);

  const stations = loadStations();
  const total = getFigure('stations-sept-2022', usedIn).value;
  const stated = Object.fromEntries(Object.entries(STATED_BY_CONTINENT).map(([continent, id]) => [continent, getFigure(id, usedIn).value]));
  const continents = continentCounts(stations, stated, total, `${STATIONS_FILE} and content/data/ledger.csv`);
  const europe = countriesIn(stations, 'Europe');

  const counts = loadDecemberCounts();
  const decemberTotal = decemberCount(counts, 'dec-total-stations');
  const decemberCountries = decemberCount(counts, 'dec-total-countries');
  const decemberNew = decemberCount(counts, 'dec-total-new');
  const decemberBureaus = decemberCount(counts, 'dec-total-bureaus');
  const septemberIn = (country: string) => stations.filter((station) => station.country === country).length;
  const decemberRows: DecemberRow[] = counts
    .filter((row) => row.level === 'country')
    .map((row) => {
      const september = septemberIn(row.label);
      // A count of newly identified stations only adds to the September ones.
      const december = row.scope === 'new' ? september + row.count : row.count;
      return { label: row.label, september, december, atLeast: row.atLeast };
    })
    .sort((a, b) => b.december - a.december || Number(a.atLeast) - Number(b.atLeast) || a.label.localeCompare(b.label, 'en'));

  const located = stations.length;
  const unlocated = total - located;
  const asia = continents.find((group) => group.name === 'Asia');
  const outsideEurope = total - europe.reduce((sum, country) => sum + country.total, 0);
  const decemberRest = decemberTotal.count - decemberRows.reduce((sum, row) => sum + row.december, 0);
  const countWord = (row: DecemberRow) => (row.atLeast ? label('atLeast', { count: row.december }) : formatNumber(row.december));
  const values = {
    total,
    located,
    unlocated,
    asiaTotal: asia?.total ?? 0,
    asiaLocated: asia?.located ?? 0,
    europeTotal: total - outsideEurope,
    outsideEurope,
    decemberTotal: formatNumber(decemberTotal.count),
    decemberCountries: decemberCountries.count,
    decemberNew: decemberNew.count,
    decemberRest,
    continentList: formatList(
      continents.map((group) =>
        group.unlocated > 0 ? label('listItemUnlocated', { name: place(group.name), count: group.total, unlocated: group.unlocated }) : label('listItem', { name: place(group.name), count: group.total }),
      ),
    ),
    countryList: formatList(europe.map((country) => label('listItem', { name: place(country.name), count: country.total }))),
    decemberList: formatList(decemberRows.map((row) => label('listItem', { name: place(row.label), count: countWord(row) }))),
  };
  const fill = wordsFiller(text.file, values);

  const layout = layoutUnits({
    stations,
    continents,
    europe,
    decemberTotal: decemberTotal.count,
    decemberRows,
    words: {
      heading: stateWords(CHART, text, 'heading', fill),
      notLocated: (count) => label('notLocated', { count }),
      outsideEurope: label('outsideEurope'),
      oneEach: (count) => label('oneEach', { count }),
      list: (names) => formatList([...names]),
      place,
      notBrokenDown: label('notBrokenDown'),
      atLeast: (count) => label('atLeast', { count }),
      legendStation: label('legendStation'),
      legendNotLocated: label('legendNotLocated'),
      legendSeptember: label('legendSeptember'),
      legendAdded: label('legendAdded'),
    },
  });

  const tableText = (id: (typeof TABLE_IDS)[number]) => {
    const found = text.tables.find((table) => table.id === id);
    if (!found) throw new Error(`${text.file}: no table "${id}"`);
    return found;
  };
  const table = (id: (typeof TABLE_IDS)[number], rows: string[][]): ChartTable => {
    const { caption, columns } = tableText(id);
    return { id, caption: fill(caption, `tables.${id}.caption`), columns, rows };
  };
  const tables = [
    table(
      'by-continent',
      continents.map((group) => [place(group.name), formatNumber(group.located), formatNumber(group.unlocated), formatNumber(group.total)]),
    ),
    table(
      'europe',
      europe.map((country) => [place(country.name), formatNumber(country.total)]),
    ),
    table('december', [
      [label('totalStations'), formatNumber(total), formatNumber(decemberTotal.count), decemberTotal.atLeast ? label('atLeast', { count: formatNumber(decemberTotal.count) }) : ''],
      [label('totalCountries'), '', formatNumber(decemberCountries.count), ''],
      [label('totalNew'), '', formatNumber(decemberNew.count), ''],
      [label('totalBureaus'), '', formatNumber(decemberBureaus.count), ''],
      ...counts
        .filter((row) => row.level === 'country')
        .map((row) => [place(row.label), formatNumber(septemberIn(row.label)), formatNumber(row.count), [row.atLeast ? label('atLeast', { count: row.count }) : '', row.scope === 'new' ? label('newOnly') : ''].filter(Boolean).join('; ')]),
    ]),
  ];
  for (const built of tables) {
    for (const row of built.rows) {
      if (row.length !== built.columns.length) throw new Error(`${text.file}: table "${built.id}" has ${built.columns.length} columns but the chart fills ${row.length}.`);
    }
  }

  const alt = stateWords(CHART, text, 'alt', fill);

  return {
    chart: CHART,
    ...figureWords(text, fill),
    tables,
    view: { chart: CHART, alt, ...layout },
  };
}

