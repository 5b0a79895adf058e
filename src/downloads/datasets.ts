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
import { KEPT_KEYS, readMirroredYaml } from '../i18n/content-files';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';

export const DATA_DIR = 'content/data';
export const DATA_NOTES_FILE = `${DATA_DIR}/datasets.yaml`;

const notesSchema = z.array(
  z.strictObject({
    id: stableId,
    // Chinese says in two characters (来源) what English says in a word or two.
    title: z.string().min(2),
    description: z.string().min(10),
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
const translated = new Map<string, Dataset[]>();

/**
 * All datasets with their notes in a language: titles and descriptions
 * translated; ids, column names and types (and the files) as in English, so
 * every language downloads the same CSV and JSON.
 */
export function getDatasets(lang: Lang = SOURCE_LANG): Dataset[] {
  const words = wordsOf(lang);
  if (words === SOURCE_LANG) return englishDatasets();
  let datasets = translated.get(words);
  if (!datasets) {
    const { file, data } = readMirroredYaml(DATA_NOTES_FILE, lang, { kept: new Set([...KEPT_KEYS, 'type']) });
    const notes = parseOrThrow(notesSchema, data, { file });
    datasets = englishDatasets().map((dataset, index) => {
      const note = notes[index];
      return note ? { ...dataset, title: note.title, description: note.description, columns: note.columns } : dataset;
    });
    translated.set(words, datasets);
  }
  return datasets;
}

function englishDatasets(): Dataset[] {
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
