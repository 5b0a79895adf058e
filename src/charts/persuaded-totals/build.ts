/**
 * Build step of the "persuaded to return" chart: the two official totals, the
 * campaign window and the repatriated figure from the ledger, words filled,
 * layout computed. Reads files.
 */
import definition from './chart.ts';
import { loadPersuaded } from './persuaded';
import { getSource } from '../../trust/sources/sources';
import { chartTextFile, figureWords, loadChartText, stateWords, wordsFiller } from '../chart-words';
import { formatsFor } from '../format';
import { SOURCE_LANG, type Lang } from '../../i18n/languages';
import type { BuiltChart, ChartTable } from '../types';
import { layoutPersuaded, type PersuadedView } from './layout';

export const CHART = definition.id;

/** People per square in the scale state. */
const UNIT = 1000;

const LABEL_KEYS = [
  'bigLabel',
  'caveat',
  'window',
  'announced',
  'periodNotStated',
  'periodWhole',
  'squareKey',
  'persuadedLabel',
  'repatriatedLabel',
  'figureTotal',
  'figureApril',
  'figureRepatriated',
  'notStated',
] as const;

/** Whole calendar months from YYYY-MM to YYYY-MM, counting both ends. */
export function monthsInclusive(start: string, end: string): number {
  const [startYear = 0, startMonth = 1] = start.split('-').map(Number);
  const [endYear = 0, endMonth = 1] = end.split('-').map(Number);
  return (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
}

/** The build step (found by src/charts/build.ts): the chart's data read and checked, words filled, layout computed. */
export default function buildPersuaded(lang: Lang = SOURCE_LANG): BuiltChart<typeof CHART, PersuadedView> {
  const text = loadChartText(CHART, LABEL_KEYS, ['figures'], undefined, chartTextFile(CHART, lang), lang);
  const { number: formatNumber, date: formatDate } = formatsFor(lang);
  const data = loadPersuaded();
  const [april, total] = data.announcements;
  if (!april || !total) throw new Error('persuaded-totals: two announcements expected');
  const axisStart = Number(data.window[0].slice(0, 4));
  const axisEnd = Math.max(...data.announcements.map((item) => Number(item.announced.slice(0, 4))));
  const values: Record<string, string | number> = {
    total: formatNumber(total.value),
    april: formatNumber(april.value),
    aprilDate: formatDate(april.announced),
    totalDate: formatDate(total.announced),
    windowStart: formatDate(data.window[0]),
    windowEnd: formatDate(data.window[1]),
    months: monthsInclusive(data.window[0], data.window[1]),
    axisStart: formatDate(`${axisStart}-01`),
    axisEnd: formatDate(`${axisEnd}-12`),
    repatriated: formatNumber(data.repatriated.value),
    repatriatedYear: data.repatriated.year,
    unit: formatNumber(UNIT),
    squares: formatNumber(Math.round(total.value / UNIT)),
  };
  const fill = wordsFiller(text.file, values);
  const label = (key: (typeof LABEL_KEYS)[number], extra: Record<string, string | number> = {}) => fill(text.labels[key] ?? '', `labels.${key}`, extra);

  const layout = layoutPersuaded({
    total: total.value,
    window: data.window,
    announcements: data.announcements.map((item) => ({
      value: item.value,
      announced: item.announced,
      periodStated: item.period !== undefined,
      lines: [formatNumber(item.value), label('announced', { date: formatDate(item.announced) }), item.period ? label('periodWhole') : label('periodNotStated')],
    })),
    repatriated: data.repatriated.value,
    unit: UNIT,
    words: {
      headings: stateWords(CHART, text, 'heading', fill),
      bigNumber: formatNumber(total.value),
      bigLabel: label('bigLabel'),
      caveat: label('caveat'),
      window: label('window'),
      squareKey: label('squareKey'),
      persuadedLabel: label('persuadedLabel'),
      repatriatedLabel: label('repatriatedLabel'),
      axisYears: Array.from({ length: axisEnd - axisStart + 1 }, (_, index) => ({ year: axisStart + index, label: String(axisStart + index) })),
      gridLabel: (value) => formatNumber(value),
    },
    where: text.file,
  });

  // The repatriated figure has no timeline event; its source's date is when it was given.
  const announcedIn = (sourceIds: readonly string[]) => {
    const date = getSource(sourceIds[0] ?? '', `${text.file}, table "figures"`).date;
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date) : date;
  };
  const tableText = text.tables[0];
  if (!tableText) throw new Error(`${text.file}: no table`);
  const period = (range: readonly [string, string] | undefined) => (range ? `${formatDate(range[0])} – ${formatDate(range[1])}` : label('notStated'));
  const tables: ChartTable[] = [
    {
      id: 'figures',
      caption: fill(tableText.caption, 'tables.figures.caption'),
      columns: tableText.columns,
      rows: [
        [label('figureTotal'), formatNumber(total.value), period(total.period), formatDate(total.announced)],
        [label('figureApril'), formatNumber(april.value), period(april.period), formatDate(april.announced)],
        [label('figureRepatriated'), formatNumber(data.repatriated.value), data.repatriated.year, announcedIn(data.repatriated.sourceIds)],
      ],
    },
  ];

  const alt = stateWords(CHART, text, 'alt', fill);
  return {
    chart: CHART,
    ...figureWords(text, fill),
    tables,
    view: { chart: CHART, alt, ...layout },
  };
}
