/**
 * What sources state about Safeguard Defenders' December 2022 follow-up report
 * (content/data/counts-2022-12.csv): the totals, and the few country counts
 * that secondary sources give. The full 102-station list was not found, so
 * nothing here is per station.
 */
import { z } from 'zod';
import { csvLoader } from '../../shared/csv';
import { stableId } from '../../shared/stable-id';
import { ContentError } from '../../shared/validation-error';
import { assertKnownSources, sourceIdsField } from '../../trust/sources/source-ids';

export const DECEMBER_COUNTS_FILE = 'content/data/counts-2022-12.csv';

export const decemberCountSchema = z
  .object({
    id: stableId,
    level: z.enum(['total', 'country']),
    name: z.string().min(2),
    count: z.coerce.number().int().nonnegative(),
    count_type: z.enum(['at least', 'exact as stated']),
    /** "new": the count covers only stations first identified in December. */
    scope: z.enum(['all', 'new']),
    continent: z.string(),
    source_ids: sourceIdsField,
    notes: z.string(),
  })
  .transform(({ count_type, source_ids, continent, ...row }) => ({
    ...row,
    /** The country (or total) without the note in brackets: "Serbia (newly identified stations only)" → "Serbia". */
    label: row.name.replace(/\s*\(.*\)\s*$/, ''),
    atLeast: count_type === 'at least',
    continent: continent || undefined,
    sourceIds: source_ids,
  }));

export type DecemberCount = z.output<typeof decemberCountSchema>;

/** The row with this id, or a build error naming the file and the id. */
export function decemberCount(rows: readonly DecemberCount[], id: string, file = DECEMBER_COUNTS_FILE): DecemberCount {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new ContentError(`${file}: no row with id "${id}" (the stations-by-continent chart needs it).`);
  return row;
}

/** Reads and checks the file: every row, each id once, and every source id; the story's own file once per build. */
export const loadDecemberCounts = csvLoader(DECEMBER_COUNTS_FILE, decemberCountSchema, { unique: 'id', check: assertKnownSources });
