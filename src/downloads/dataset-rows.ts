/**
 * Turns a CSV file's text rows into typed values for the JSON downloads,
 * following the column types in the data note (content/data/datasets.yaml).
 * A header that does not match the note, or a cell of the wrong type, is a
 * content error naming the file, row and column.
 */
import { csvParse } from 'd3-dsv';
import { ContentError } from '../shared/validation-error';

export const COLUMN_TYPES = ['text', 'number', 'integer', 'date', 'ids', 'url'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnNote {
  name: string;
  type: ColumnType;
  description: string;
}

export type Cell = string | number | string[] | null;
export type TypedRow = Record<string, Cell>;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function typeCell(raw: string, type: ColumnType): Cell | Error {
  const value = raw.trim();
  if (type === 'ids') return value.split(';').map((id) => id.trim()).filter(Boolean);
  if (value === '') return null;
  switch (type) {
    case 'text':
      return value;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : new Error('is not a plain number');
    case 'integer':
      return /^-?\d+$/.test(value) ? Number(value) : new Error('is not a whole number');
    case 'date':
      return PARTIAL_DATE.test(value) ? value : new Error('is not a date written YYYY, YYYY-MM or YYYY-MM-DD');
    case 'url':
      return /^https?:\/\/\S+$/.test(value) ? value : new Error('is not a web address');
  }
}

export function typeRows(text: string, columns: readonly ColumnNote[], file: string): TypedRow[] {
  const rows = csvParse(text);
  const expected = columns.map((column) => column.name);
  const missing = expected.filter((name) => !rows.columns.includes(name));
  const extra = rows.columns.filter((name) => !expected.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `described but missing from the file: ${missing.join(', ')}` : '',
      extra.length > 0 ? `in the file but not described: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    throw new ContentError(`${file}: its columns do not match its data note (${parts.join('; ')}).`);
  }
  return rows.map((row, index) => {
    const typed: TypedRow = {};
    for (const column of columns) {
      const raw = row[column.name] ?? '';
      const cell = typeCell(raw, column.type);
      if (cell instanceof Error) throw new ContentError(`Invalid data in ${file}, row ${index + 2}:\n  - column "${column.name}" (value: "${raw}") ${cell.message}.`);
      typed[column.name] = cell;
    }
    return typed;
  });
}
