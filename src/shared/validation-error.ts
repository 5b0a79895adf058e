/**
 * Turns zod issues into one message that names the file, the place in it
 * (a field, or a row and column) and what is wrong, so an editor can fix bad
 * content without reading a stack trace.
 */
import type { z } from 'zod';

export interface Place {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** 1-based data row (header excluded), for CSV files. */
  row?: number;
}

export function describeIssues(place: Place, issues: readonly z.core.$ZodIssue[]): string {
  const where = place.row === undefined ? place.file : `${place.file}, row ${place.row}`;
  const lines = issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const label = place.row === undefined ? 'field' : 'column';
    const subject = path ? `${label} "${path}"` : 'entry';
    return `  - ${subject}: ${issue.message}`;
  });
  return `Invalid content in ${where}:\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Parse `data` with `schema`, or throw a ContentError naming the file and fields. */
export function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, place: Place): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(describeIssues(place, result.error.issues));
  return result.data;
}
