/**
 * The stations of Safeguard Defenders' September 2022 list that our sources
 * locate to a city (content/data/stations-2022-09.csv), validated row by row.
 * Counts are always computed from these rows, never typed in.
 */
import { z } from 'zod';
import { parseCsvText } from '../../shared/csv';
import { readFileSync } from 'node:fs';
import { assertKnownSources, sourceIdsField } from '../../trust/sources/source-ids';
import { ContentError } from '../../shared/validation-error';

export const STATIONS_FILE = 'content/data/stations-2022-09.csv';

export const CONTINENTS = ['Europe', 'Asia', 'Africa', 'North America', 'South America', 'Oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];

/** Police forces (public security bureaus) named as running stations; "unknown" where no source says. */
export const OPERATORS = ['Fuzhou', 'Qingtian', 'Nantong', 'Wenzhou', 'unknown'] as const;
export type Operator = (typeof OPERATORS)[number];

export const stationRowSchema = z
  .object({
    id: z.string().regex(/^sep-\d{2}$/, 'must be like sep-07'),
    city: z.string().min(2),
    country: z.string().min(2),
    continent: z.enum(CONTINENTS),
    operator_psb: z.enum(OPERATORS),
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
    source_ids: sourceIdsField,
  })
  .transform(({ operator_psb, source_ids, ...row }) => ({ ...row, operator: operator_psb, sourceIds: source_ids }));

export type Station = z.output<typeof stationRowSchema>;

/** Parses station rows from CSV text; `file` names the source in error messages. */
export function parseStations(text: string, file: string): Station[] {
  const rows = parseCsvText(text, stationRowSchema, file);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id)) throw new ContentError(`Invalid data in ${file}, row ${index + 2}:\n  - column "id": "${row.id}" is used twice`);
    seen.add(row.id);
  });
  return rows;
}

let cache: Station[] | undefined;

/** Reads and checks the file (every row, and every source id); the story's own file is read once per build. */
export function loadStations(file = STATIONS_FILE): Station[] {
  if (file === STATIONS_FILE && cache) return cache;
  const rows = parseStations(readFileSync(file, 'utf8'), file);
  assertKnownSources(rows, file);
  if (file === STATIONS_FILE) cache = rows;
  return rows;
}
