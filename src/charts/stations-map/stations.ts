/**
 * The stations of Safeguard Defenders' September 2022 list that our sources
 * locate to a city (content/data/stations-2022-09.csv), validated row by row.
 * Counts are always computed from these rows, never typed in.
 */
import { z } from 'zod';
import { csvLoader } from '../../shared/csv';
import { assertKnownSources, sourceIdsField } from '../../trust/sources/source-ids';

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

/** Reads and checks the file: every row, each id once, and every source id; the story's own file once per build. */
export const loadStations = csvLoader(STATIONS_FILE, stationRowSchema, { unique: 'id', check: assertKnownSources });
