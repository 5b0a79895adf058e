/**
 * Build step of the stations map: projects the located stations and the land
 * (Natural Earth shapes from the world-atlas package) at build time, fills the
 * map's words, and lays out dots and labels for each state. Reads files.
 */
import definition from './chart.ts';
import { z } from 'zod';
import { getFigure } from '../../trust/ledger';
import { loadStations, type Station } from './stations';
import { fillTemplate } from '../../shared/text-template';
import { ContentError } from '../../shared/validation-error';
import { chartTextFile, figureWords, loadChartText, stateWords, wordsFiller } from '../chart-words';
import { formatsFor } from '../format';
import { SOURCE_LANG, type Lang } from '../../i18n/languages';
import type { BuiltChart, ChartTable } from '../types';
import { countBy } from '../stations-by-continent/counts';
import { layerPaths, worldProjection, zoomTo, type Bounds, type Frame, type Resolution, type Zoom } from './geography';
import { borderWidth, layoutMap, MAP_STATES, type MapLayer, type MapState, type OperatorKey, type PanelPlace, type StationsMapView } from './layout';
import { DRAWING_WIDTH } from '../drawing/type-scale';

export const CHART = definition.id;

const WIDTH = DRAWING_WIDTH;
/** The main map's frame in the zoomed states, under the heading; the legend goes under it. */
const FRAME: Frame = { x: 0, y: 22, width: WIDTH, height: 214 };

/** What each state shows, as [west, south, east, north], and how finely its land is drawn. */
const VIEWS: Record<MapState, { bounds: Bounds; resolution: Resolution; borders: boolean; tolerance: number; focus: (station: Station) => boolean }> = {
  world: { bounds: [-125, -38, 156, 72], resolution: '110m', borders: false, tolerance: 0.6, focus: () => true },
  europe: { bounds: [-17.5, 32, 31.5, 60.5], resolution: '110m', borders: true, tolerance: 0.75, focus: (station) => station.continent === 'Europe' },
  britain: { bounds: [-7.2, 50.9, 0.8, 56.2], resolution: '50m', borders: true, tolerance: 0.85, focus: (station) => station.country === 'United Kingdom' },
  // All of North America's shape, not only its stations' corner of it, down to Tierra del Fuego.
  americas: { bounds: [-128, -56, -34, 68], resolution: '110m', borders: false, tolerance: 1, focus: (station) => station.continent === 'North America' || station.continent === 'South America' },
};

/**
 * The first state draws the world small, top left, and Europe larger, bottom
 * right, with the legend in the corner between them: Europe, where most
 * stations are, can be read from the start.
 */
const WORLD_BOX: Frame = { x: 0, y: 22, width: 250, height: 124 };
const INSET_BOX: Frame = { x: 152, y: 150, width: 208, height: 124 };
const INSET_STATE: MapState = 'world';
/** The inset draws the land of this state's main map (the same shapes, at the inset's zoom), so it costs no bytes of its own. */
const INSET_LAND: MapState = 'europe';
const INSET_BOUNDS: Bounds = VIEWS[INSET_LAND].bounds;

const LABEL_KEYS = ['fuzhou', 'qingtian', 'unknown', 'unlocated', 'operatorCount', 'cityCount', 'continentCount', 'inset', 'listSeparator'] as const;
const TABLE_IDS = ['cities'] as const;
const extraShape = {
  cityNames: z.record(z.string(), z.string().min(1)).default({}),
  placeLabels: z.strictObject({ world: z.array(z.string()), europe: z.array(z.string()), britain: z.array(z.string()), americas: z.array(z.string()) }),
};

function operatorKey(station: Station): OperatorKey {
  if (station.operator === 'Fuzhou') return 'fuzhou';
  if (station.operator === 'Qingtian') return 'qingtian';
  if (station.operator === 'unknown') return 'unknown';
  return 'other';
}

/** The build step (found by src/charts/build.ts): the chart's data read and checked, words filled, layout computed. */
export default function buildStationsMap(lang: Lang = SOURCE_LANG): BuiltChart<typeof CHART, StationsMapView> {
  const usedIn = `the ${CHART} chart`;
  const text = loadChartText(CHART, LABEL_KEYS, TABLE_IDS, extraShape, chartTextFile(CHART, lang), lang);
  const { list: formatList, place: placeIn } = formatsFor(lang);
  const place = (name: string) => placeIn(name, usedIn);
  const label = (key: (typeof LABEL_KEYS)[number], values: Record<string, string | number> = {}) => fillTemplate(text.labels[key] ?? '', values, `${text.file}, labels.${key}`);
  const stations = loadStations();
  const cityNames = text.extra.cityNames;
  for (const city of Object.keys(cityNames)) {
    if (!stations.some((station) => station.city === city)) throw new ContentError(`${text.file}: cityNames names "${city}", which is not a city in the station data.`);
  }
  const cityName = (city: string) => cityNames[city] ?? place(city).replace(/\s*[(（].*[)）]\s*$/, '');

  const projection = worldProjection(FRAME);
  // The world's panel is drawn exactly to its box; a zoomed map fills the frame, with land beyond it to slide in.
  const boxOf = (state: MapState) => (state === INSET_STATE ? WORLD_BOX : FRAME);
  const main = Object.fromEntries(
    MAP_STATES.map((state) => [state, { box: boxOf(state), zoom: zoomTo(projection, VIEWS[state].bounds, boxOf(state), state === INSET_STATE ? 0 : 0.06) }]),
  ) as Record<MapState, PanelPlace>;
  const insetZoom = zoomTo(projection, INSET_BOUNDS, INSET_BOX, 0.03);
  const layers: MapLayer[] = MAP_STATES.flatMap((state) => {
    const { resolution, borders, tolerance } = VIEWS[state];
    const paths = layerPaths(projection, main[state].zoom, main[state].box, resolution, borders, tolerance, state === INSET_STATE ? 0 : 0.08);
    return [
      { d: paths.land, kind: 'land' as const, state },
      ...(paths.borders ? [{ d: paths.borders, kind: 'border' as const, state, strokeWidth: borderWidth(main[state].zoom.k) }] : []),
    ];
  });
  // The inset shows no land beyond what its state's main layers were drawn for: their frame, and the margin around it.
  const toWorld = (zoom: Zoom, x: number, y: number) => [(x - zoom.x) / zoom.k, (y - zoom.y) / zoom.k] as const;
  const [insetX0, insetY0] = toWorld(insetZoom, INSET_BOX.x, INSET_BOX.y);
  const [insetX1, insetY1] = toWorld(insetZoom, INSET_BOX.x + INSET_BOX.width, INSET_BOX.y + INSET_BOX.height);
  const landZoom = main[INSET_LAND].zoom;
  const [landX0, landY0] = toWorld(landZoom, FRAME.x - FRAME.width * 0.08, FRAME.y - FRAME.height * 0.08);
  const [landX1, landY1] = toWorld(landZoom, FRAME.x + FRAME.width * 1.08, FRAME.y + FRAME.height * 1.08);
  if (insetX0 < landX0 || insetY0 < landY0 || insetX1 > landX1 || insetY1 > landY1) throw new Error(`${CHART}: the inset shows land beyond the "${INSET_LAND}" map's; widen that map's margin or narrow the inset.`);
  const [west, south, east, north] = INSET_BOUNDS;
  const corners = [projection([west, north]), projection([east, north]), projection([west, south]), projection([east, south])].map((point) => point ?? [0, 0]);
  const region = {
    x: Math.min(...corners.map(([x]) => x)),
    y: Math.min(...corners.map(([, y]) => y)),
    width: Math.max(...corners.map(([x]) => x)) - Math.min(...corners.map(([x]) => x)),
    height: Math.max(...corners.map(([, y]) => y)) - Math.min(...corners.map(([, y]) => y)),
  };

  const total = getFigure('stations-sept-2022', usedIn).value;
  const located = stations.length;
  const unlocated = total - located;
  const byOperator = countBy(stations, operatorKey);
  const operatorCount = (key: OperatorKey) => byOperator.find((group) => group.name === key)?.total ?? 0;

  const continents = countBy(stations, (station) => station.continent);
  const continentTotal = (name: string) => continents.find((group) => group.name === name)?.total ?? 0;
  const values: Record<string, string | number> = {
    total,
    located,
    unlocated,
    unknown: operatorCount('unknown'),
    europe: continentTotal('Europe'),
    britain: stations.filter((station) => station.country === 'United Kingdom').length,
    americas: continentTotal('North America') + continentTotal('South America'),
    northAmerica: continentTotal('North America'),
    southAmerica: continentTotal('South America'),
    continentList: formatList(continents.map((group) => label('continentCount', { name: place(group.name), count: group.total }))),
  };
  const fill = wordsFiller(text.file, values);

  const headings = stateWords(CHART, text, 'heading', fill);

  const layout = layoutMap({
    width: WIDTH,
    frame: FRAME,
    main,
    inset: { state: INSET_STATE, land: INSET_LAND, panel: { box: INSET_BOX, zoom: insetZoom }, region, label: label('inset', { europe: continentTotal('Europe') }) },
    stations: stations.map((station) => {
      const point = projection([station.lon, station.lat]);
      if (!point) throw new ContentError(`content/data/stations-2022-09.csv: station ${station.id} cannot be placed on the map.`);
      const focus = Object.fromEntries(MAP_STATES.map((state) => [state, VIEWS[state].focus(station)])) as Record<MapState, boolean>;
      return { city: station.city, focus, inInset: station.continent === 'Europe', operator: operatorKey(station), point };
    }),
    headings,
    placeLabels: text.extra.placeLabels,
    cityName,
    legend: [
      { operator: 'fuzhou', label: label('operatorCount', { name: label('fuzhou'), count: operatorCount('fuzhou') }) },
      { operator: 'qingtian', label: label('operatorCount', { name: label('qingtian'), count: operatorCount('qingtian') }) },
      { operator: 'unknown', label: label('operatorCount', { name: label('unknown'), count: operatorCount('unknown') }) },
      ...(unlocated > 0 ? [{ operator: 'unlocated' as const, label: label('operatorCount', { name: label('unlocated'), count: unlocated }) }] : []),
    ],
    where: text.file,
  });

  // Cities in view in each state, for the text alternatives.
  const citiesIn = (state: MapState) => {
    const visible = stations.filter((station, index) => layout.dots[index]?.at[state][2] !== 0 && VIEWS[state].focus(station));
    return formatList(countBy(visible, (station) => station.city).map((group) => label('cityCount', { name: cityName(group.name), count: group.total })));
  };
  const alt = stateWords(CHART, text, 'alt', fill, (state) => ({ cities: citiesIn(state) }));

  const tableText = text.tables.find((table) => table.id === 'cities');
  if (!tableText) throw new Error(`${text.file}: no table "cities"`);
  const operatorWords = (key: OperatorKey) => (key === 'fuzhou' ? label('fuzhou') : key === 'qingtian' ? label('qingtian') : label('unknown'));
  const cityRows = countBy(stations, (station) => `${station.city}|${station.country}`)
    .map((group) => {
      const [city = '', country = ''] = group.name.split('|');
      const members = stations.filter((station) => station.city === city && station.country === country);
      const operators = countBy(members, operatorKey).map((entry) => label('cityCount', { name: operatorWords(entry.name as OperatorKey), count: entry.total }));
      return { first: stations.indexOf(members[0] as Station), row: [cityName(city), place(country), String(group.total), operators.join(label('listSeparator'))] };
    })
    .sort((a, b) => a.first - b.first)
    .map((entry) => entry.row);
  const tables: ChartTable[] = [{ id: 'cities', caption: fill(tableText.caption, 'tables.cities.caption'), columns: tableText.columns, rows: cityRows }];

  return {
    chart: CHART,
    ...figureWords(text, fill),
    tables,
    view: { chart: CHART, alt, layers, ...layout },
  };
}
