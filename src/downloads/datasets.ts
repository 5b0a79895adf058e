/**
 * The datasets offered for download: every CSV file in content/data/, each
 * with its data note from content/data/datasets.yaml (title, description,
 * columns and their types). A CSV file without a note, a column without a
 * description or a row citing an unknown source stops the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { COLUMN_TYPES, typeRows, type ColumnNote, type TypedRow } from './dataset-rows';
import { stableId } from '../shared/stable-id';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { assertSourcesExist } from '../trust/sources/sources';

export const DATA_DIR = 'content/data';
export const DATA_NOTES_FILE = `${DATA_DIR}/datasets.yaml`;

const notesSchema = z.array(
  z.strictObject({
    id: stableId,
    title: z.string().min(3),
    description: z.string().min(20),
    columns: z.array(z.strictObject({ name: z.string().min(1), type: z.enum(COLUMN_TYPES), description: z.string().min(3) })).min(1),
  }),
);

export interface Dataset {
  id: string;
  /** Project-relative path of the CSV file. */
  file: string;
  title: string;
  description: string;
  columns: ColumnNote[];
  /** The file exactly as stored: the CSV download. */
  csv: string;
  rows: TypedRow[];
  /** Every source id the rows cite, in registry-id order. */
  sourceIds: string[];
}

function bySourceId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

let cache: Dataset[] | undefined;

/** All datasets, in the order of their data notes. */
export function getDatasets(): Dataset[] {
  if (cache) return cache;
  const notes = parseOrThrow(notesSchema, parse(readFileSync(DATA_NOTES_FILE, 'utf8')), { file: DATA_NOTES_FILE });
  const files = readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => name.replace(/\.csv$/, ''));
  for (const id of files) {
    if (!notes.some((note) => note.id === id)) {
      throw new ContentError(`${DATA_NOTES_FILE}: there is no data note for ${DATA_DIR}/${id}.csv. Add an entry with id "${id}", a title, a description and its columns.`);
    }
  }
  cache = notes.map((note) => {
    const file = `${DATA_DIR}/${note.id}.csv`;
    if (!files.includes(note.id)) throw new ContentError(`${DATA_NOTES_FILE}: the data note "${note.id}" has no file ${file}.`);
    const csv = readFileSync(file, 'utf8');
    const rows = typeRows(csv, note.columns, file);
    const sourceIds = new Set<string>();
    const idColumns = note.columns.filter((column) => column.type === 'ids');
    rows.forEach((row, index) => {
      const ids = idColumns.flatMap((column) => (row[column.name] as string[] | null) ?? []);
      assertSourcesExist(ids, `${file}, row ${index + 2}`);
      ids.forEach((id) => sourceIds.add(id));
    });
    return { ...note, file, csv, rows, sourceIds: [...sourceIds].sort(bySourceId) };
  });
  return cache;
}

export function getDataset(id: string): Dataset {
  const dataset = getDatasets().find((candidate) => candidate.id === id);
  if (!dataset) throw new ContentError(`Unknown dataset "${id}".`);
  return dataset;
}
