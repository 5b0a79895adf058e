import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDatasets } from './datasets';
import { datasetJson } from './dataset-json';
import { typeRows, type ColumnNote } from './dataset-rows';

const columns: ColumnNote[] = [
  { name: 'city', type: 'text', description: 'City.' },
  { name: 'lat', type: 'number', description: 'Latitude.' },
  { name: 'count', type: 'integer', description: 'Count.' },
  { name: 'date', type: 'date', description: 'Date.' },
  { name: 'source_ids', type: 'ids', description: 'Sources.' },
];

describe('typing data rows for JSON', () => {
  it('turns cells into numbers, lists and nulls as the data note says', () => {
    const rows = typeRows('city,lat,count,date,source_ids\nMadrid,40.42,3,2022-10,S04;S05\nOslo,,,,\n', columns, 'x.csv');
    expect(rows).toEqual([
      { city: 'Madrid', lat: 40.42, count: 3, date: '2022-10', source_ids: ['S04', 'S05'] },
      { city: 'Oslo', lat: null, count: null, date: null, source_ids: [] },
    ]);
  });

  it('names the file, row and column of a cell of the wrong type', () => {
    expect(() => typeRows('city,lat,count,date,source_ids\nMadrid,40.42,three,2022,S04\n', columns, 'content/data/x.csv')).toThrow(
      /content\/data\/x\.csv, row 2:\n {2}- column "count" \(value: "three"\) is not a whole number/,
    );
  });

  it('names columns the note does not describe, and described columns the file lacks', () => {
    expect(() => typeRows('city,lat,count,date,extra\nMadrid,1,1,2022,x\n', columns, 'content/data/x.csv')).toThrow(
      'content/data/x.csv: its columns do not match its data note (described but missing from the file: source_ids; in the file but not described: extra).',
    );
  });
});

describe('the datasets offered for download', () => {
  const datasets = getDatasets();

  it('covers every CSV file in content/data', () => {
    const files = readdirSync('content/data')
      .filter((name) => name.endsWith('.csv'))
      .map((name) => name.replace(/\.csv$/, ''))
      .sort();
    expect(datasets.map((dataset) => dataset.id).sort()).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['stations-2022-09', 'counts-2022-12', 'timeline', 'ledger', 'sources']));
  });

  it('types the station list: coordinates are numbers, sources are lists', () => {
    const stations = datasets.find((dataset) => dataset.id === 'stations-2022-09');
    expect(stations?.rows).toHaveLength(52);
    expect(typeof stations?.rows[0]?.lat).toBe('number');
    expect(Array.isArray(stations?.rows[0]?.source_ids)).toBe(true);
  });

  it('writes a self-describing JSON document', () => {
    const [first] = datasets;
    if (!first) throw new Error('no datasets');
    const json = JSON.parse(
      datasetJson({ ...first, licence: { name: 'CC BY 4.0', url: 'https://l.example/', credit: 'c' }, links: { note: '/data/#x', csv: '/data/x.csv', sources: '/sources/' } }),
    ) as { id: string; rows: unknown[]; columns: Array<{ name: string }>; licence: { name: string } };
    expect(json.id).toBe(first.id);
    expect(json.rows).toHaveLength(first.rows.length);
    expect(json.columns.map((column) => column.name)).toEqual(first.columns.map((column) => column.name));
    expect(json.licence.name).toBe('CC BY 4.0');
  });
});
