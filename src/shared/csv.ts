/**
 * The one CSV loader for the data files in content/data/: d3-dsv reads the
 * file, a zod schema checks every row, and a value of the id column used by
 * two rows is refused. A bad row stops the build with the file, the row
 * number (as a spreadsheet shows it, header = row 1) and the column named.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { z } from 'zod';
import { ContentError } from './validation-error';

export interface CsvOptions {
  /** A column whose values are the rows' ids: each may be used once. */
  unique?: string;
}

/** +1 for the header, +1 for counting from 1. */
const spreadsheetRow = (index: number) => index + 2;

export function parseCsvText<T extends z.ZodType>(text: string, schema: T, file: string, { unique }: CsvOptions = {}): z.infer<T>[] {
  const rows = csvParse(text);
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => {
        const column = issue.path.map(String).join('.') || '(row)';
        const value = column in row ? ` (value: "${row[column] ?? ''}")` : '';
        return `  - column "${column}"${value}: ${issue.message}`;
      });
      throw new ContentError(`Invalid data in ${file}, row ${spreadsheetRow(index)}:\n${problems.join('\n')}`);
    }
    const id = unique === undefined ? undefined : row[unique];
    if (id !== undefined) {
      if (seen.has(id)) throw new ContentError(`Invalid data in ${file}, row ${spreadsheetRow(index)}:\n  - column "${unique}": "${id}" is used twice`);
      seen.add(id);
    }
    return result.data;
  });
}

export function readCsv<T extends z.ZodType>(file: string, schema: T, options: CsvOptions = {}): z.infer<T>[] {
  return parseCsvText(readFileSync(file, 'utf8'), schema, file, options);
}

export interface CsvLoaderOptions<Row> extends CsvOptions {
  /** A check across the rows that the schema cannot make alone (e.g. every source id is registered); throws naming the file. */
  check?: (rows: readonly Row[], file: string) => void;
}

/**
 * The loader of one data file: `load()` reads and checks the story's own
 * file once per build; `load(otherFile)` (a test fixture) reads it each time.
 */
export function csvLoader<T extends z.ZodType>(defaultFile: string, schema: T, { check, ...options }: CsvLoaderOptions<z.infer<T>> = {}): (file?: string) => z.infer<T>[] {
  let cache: z.infer<T>[] | undefined;
  return (file = defaultFile) => {
    if (file === defaultFile && cache) return cache;
    const rows = readCsv(file, schema, options);
    check?.(rows, file);
    if (file === defaultFile) cache = rows;
    return rows;
  };
}

/** "S04;S05" → ["S04", "S05"]. Source-id lists in the data use semicolons. */
export function splitIds(value: string): string[] {
  return value
    .split(';')
    .map((id) => id.trim())
    .filter(Boolean);
}
