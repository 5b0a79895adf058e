/**
 * The JSON download of a dataset: its data note (title, description, column
 * meanings, licence, sources) and its rows with typed values, so a program
 * needs nothing else to use it correctly.
 */
import type { ColumnNote, TypedRow } from './dataset-rows';

export interface DatasetJsonInput {
  id: string;
  title: string;
  description: string;
  columns: readonly ColumnNote[];
  sourceIds: readonly string[];
  rows: readonly TypedRow[];
  licence: { name: string; url: string; credit: string };
  /** Absolute or site-relative addresses of the data note and the CSV twin. */
  links: { note: string; csv: string; sources: string };
}

export function datasetJson(input: DatasetJsonInput): string {
  const document = {
    id: input.id,
    title: input.title,
    description: input.description,
    licence: input.licence,
    links: input.links,
    source_ids: input.sourceIds,
    columns: input.columns.map(({ name, type, description }) => ({ name, type, description })),
    rows: input.rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
