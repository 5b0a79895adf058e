/**
 * Reads a CSV data file with d3-dsv and checks every row against a zod schema.
 * A bad row stops the build with the file, the row number (as a spreadsheet
 * shows it, header = row 1) and the column named.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { z } from 'zod';
import { ContentError } from './validation-error';

export function parseCsvText<T extends z.ZodType>(text: string, schema: T, file: string): z.infer<T>[] {
  const rows = csvParse(text);
  return rows.map((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const spreadsheetRow = index + 2; // +1 for the header, +1 for counting from 1
    const problems = result.error.issues.map((issue) => {
      const column = issue.path.map(String).join('.') || '(row)';
      const value = column in row ? ` (value: "${row[column] ?? ''}")` : '';
      return `  - column "${column}"${value}: ${issue.message}`;
    });
    throw new ContentError(`Invalid data in ${file}, row ${spreadsheetRow}:\n${problems.join('\n')}`);
  });
}

export function readCsv<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  return parseCsvText(readFileSync(file, 'utf8'), schema, file);
}

/** "S04;S05" → ["S04", "S05"]. Source-id lists in the data use semicolons. */
export function splitIds(value: string): string[] {
  return value
    .split(';')
    .map((id) => id.trim())
    .filter(Boolean);
}
