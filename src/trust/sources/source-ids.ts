/**
 * The `source_ids` column every chart data row carries ("S04;S05"), as a zod
 * field, plus the check that each id is in the sources registry. A row citing
 * an unknown source fails the build with the file, row and column named.
 */
import { z } from 'zod';
import { splitIds } from '../../shared/csv';
import { getSources } from './sources';
import { ContentError } from '../../shared/validation-error';

export const sourceIdsField = z
  .string()
  .transform(splitIds)
  .pipe(z.array(z.string().regex(/^(S\d{2}|[a-z][a-z0-9-]*)$/, 'each id must be like S07 or voa')).min(1, 'must name at least one source'));

/** Throws on the first row whose `sourceIds` names a source that is not registered. */
export function assertKnownSources(rows: ReadonlyArray<{ sourceIds: readonly string[] }>, file: string): void {
  const known = getSources();
  rows.forEach((row, index) => {
    const unknown = row.sourceIds.find((id) => !known.has(id));
    if (unknown) {
      throw new ContentError(`Invalid data in ${file}, row ${index + 2}:\n  - column "source_ids": unknown source id "${unknown}" (not in content/data/sources.csv)`);
    }
  });
}
