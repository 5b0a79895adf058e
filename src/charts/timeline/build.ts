/**
 * Build step of the timeline: events from timeline.csv in time order, each in
 * its column (strand), the article's date from content/story.yaml, words
 * filled and layout computed. Reads files.
 */
import definition from './chart.ts';
import { z } from 'zod';
import { loadStory } from '../../story/masthead';
import { loadTimeline, type Strand } from './events';
import { fillTemplate } from '../../shared/text-template';
import { chartTextFile, figureWords, loadChartText, stateWords, wordsFiller } from '../chart-words';
import { formatsFor } from '../format';
import { SOURCE_LANG, type Lang } from '../../i18n/languages';
import { getSourceIn } from '../../trust/sources/sources';
import { eventWordsIn } from './event-words';
import type { BuiltChart, ChartTable } from '../types';
import { layoutTimeline, type Lane, type TimelineState, type TimelineView } from './layout';
import { inTimeOrder } from './order';

export const CHART = definition.id;

/** The lane each strand of the data is drawn in: other networks and context share one, apart from the police stations. */
export const LANE_OF: Record<Strand, Lane> = {
  stations: 'stations',
  campaign: 'campaign',
  reports: 'reports',
  responses: 'responses',
  prosecutions: 'courts',
  'other-network': 'other',
  context: 'other',
};

/** The words file's key for each lane's name. */
const LANE_KEY: Record<Lane, (typeof LABEL_KEYS)[number]> = {
  other: 'laneOther',
  stations: 'laneStations',
  campaign: 'laneCampaign',
  reports: 'laneReports',
  responses: 'laneResponses',
  courts: 'laneCourts',
};

/** The span of time each state shows, [from, to). */
export const WINDOWS: Record<TimelineState, readonly [string, string]> = {
  origins: ['2014', '2021'],
  campaign: ['2021-03', '2022-09'],
  report: ['2022-08-15', '2022-11-01'],
  responses: ['2022-10', '2023-07'],
  prosecutions: ['2023-03', '2026-04'],
};

const LABEL_KEYS = [
  'laneStations',
  'laneCampaign',
  'laneReports',
  'laneResponses',
  'laneCourts',
  'laneOther',
  'laneCount',
  'article',
  'strand-other-network',
  'strand-context',
  'strand-stations',
  'strand-campaign',
  'strand-reports',
  'strand-responses',
  'strand-prosecutions',
  'eventItem',
  'sourceSeparator',
] as const;

const stateLabels = z.record(z.string(), z.string().min(3));
const extraShape = {
  eventLabels: z.strictObject({ origins: stateLabels, campaign: stateLabels, report: stateLabels, responses: stateLabels, prosecutions: stateLabels }),
};


/** The last day before a [from, to) window ends, for "to" in words: "2021" → "2020". */
function inclusiveEnd(to: string): string {
  const [year = 0, month, day] = to.split('-').map(Number);
  if (month === undefined) return String(year - 1);
  if (day === undefined) return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  const date = new Date(Date.UTC(year, month - 1, day - 1));
  return date.toISOString().slice(0, 10);
}

/** The build step (found by src/charts/build.ts): the chart's data read and checked, words filled, layout computed. */
export default function buildTimeline(lang: Lang = SOURCE_LANG): BuiltChart<typeof CHART, TimelineView> {
  const text = loadChartText(CHART, LABEL_KEYS, ['events'], extraShape, chartTextFile(CHART, lang), lang);
  const { locale, date: formatDate, list: formatList } = formatsFor(lang);
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const eventWords = eventWordsIn(lang);
  const label = (key: (typeof LABEL_KEYS)[number], values: Record<string, string | number> = {}) => fillTemplate(text.labels[key] ?? '', values, `${text.file}, labels.${key}`);
  const events = inTimeOrder(loadTimeline());
  const story = loadStory(lang);
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) throw new Error('timeline: no events');
  const values = { articleDate: formatDate(story.article.published), firstDate: formatDate(first.date), lastDate: formatDate(last.date) };
  const fill = wordsFiller(text.file, values);
  // A window is named to the month at most: "August 2022 to October 2022".
  const toMonth = (iso: string) => iso.slice(0, 7);
  const windowWords = (state: TimelineState) => ({ windowStart: formatDate(toMonth(WINDOWS[state][0])), windowEnd: formatDate(toMonth(inclusiveEnd(WINDOWS[state][1]))) });

  const layout = layoutTimeline({
    events: events.map((event) => ({ id: event.id, date: event.date, precision: event.precision, strand: event.strand, lane: LANE_OF[event.strand] })),
    windows: WINDOWS,
    article: story.article.published,
    eventLabels: text.extra.eventLabels,
    headings: stateWords(CHART, text, 'heading', fill, windowWords),
    laneName: (lane, count) => label('laneCount', { lane: label(LANE_KEY[lane]), count }),
    articleLabel: label('article'),
    periodLabel: (year, month, withYear) => (month === undefined ? String(year) : (withYear ? monthYear : monthOnly).format(new Date(Date.UTC(year, month - 1, 1)))),
    where: text.file,
  });

  // The events a state labels, in time order, for its text alternative.
  const eventList = (state: TimelineState) => {
    const labelled = Object.entries(text.extra.eventLabels[state]).map(([id, words]) => {
      const event = events.find((candidate) => candidate.id === id);
      return { date: event?.date ?? '', words };
    });
    return formatList(labelled.sort((a, b) => a.date.localeCompare(b.date)).map((item) => label('eventItem', { date: formatDate(item.date), label: item.words })));
  };
  const alt = stateWords(CHART, text, 'alt', fill, (state) => ({ ...windowWords(state), events: eventList(state) }));

  const tableText = text.tables[0];
  if (!tableText) throw new Error(`${text.file}: no table`);
  const tables: ChartTable[] = [
    {
      id: 'events',
      caption: fill(tableText.caption, 'tables.events.caption'),
      columns: tableText.columns,
      rows: events.map((event) => [
        formatDate(event.date),
        label(`strand-${event.strand}`),
        eventWords(event.id, event.event),
        event.sourceIds.map((id) => getSourceIn(id, lang, `${text.file}, table "events"`).publisher).join(label('sourceSeparator')),
      ]),
    },
  ];

  return {
    chart: CHART,
    ...figureWords(text, fill),
    tables,
    view: { chart: CHART, alt, ...layout },
  };
}
