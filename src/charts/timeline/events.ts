/**
 * Dated events from 2014 to the latest sourced one (content/data/timeline.csv),
 * each in one strand so the chart can keep separate networks apart: the police
 * stations, other networks (community centres, Sky Net), the anti-fraud
 * campaign, reports, government responses, prosecutions, and wider context.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseCsvText } from '../../shared/csv';
import { precisionOf } from '../../shared/dates';
import { stableId } from '../../shared/stable-id';
import { ContentError } from '../../shared/validation-error';
import { assertKnownSources, sourceIdsField } from '../../trust/sources/source-ids';

export const TIMELINE_FILE = 'content/data/timeline.csv';

export const STRANDS = ['other-network', 'context', 'stations', 'campaign', 'reports', 'responses', 'prosecutions'] as const;
export type Strand = (typeof STRANDS)[number];

export const timelineRowSchema = z
  .object({
    id: stableId,
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
    precision: z.enum(['year', 'month', 'day']),
    strand: z.enum(STRANDS),
    event: z.string().min(10),
    source_ids: sourceIdsField,
  })
  .superRefine((row, context) => {
    if (precisionOf(row.date) !== row.precision) {
      context.addIssue({ code: 'custom', path: ['precision'], message: `is "${row.precision}" but the date "${row.date}" is given to the ${precisionOf(row.date)}` });
    }
  })
  .transform(({ source_ids, ...row }) => ({ ...row, sourceIds: source_ids }));

export type TimelineEvent = z.output<typeof timelineRowSchema>;

export function parseTimeline(text: string, file: string): TimelineEvent[] {
  const rows = parseCsvText(text, timelineRowSchema, file);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.id)) throw new ContentError(`Invalid data in ${file}, row ${index + 2}:\n  - column "id": "${row.id}" is used twice`);
    seen.add(row.id);
  });
  return rows;
}

let cache: TimelineEvent[] | undefined;

/** Reads and checks the file (every row, and every source id); the story's own file is read once per build. */
export function loadTimeline(file = TIMELINE_FILE): TimelineEvent[] {
  if (file === TIMELINE_FILE && cache) return cache;
  const rows = parseTimeline(readFileSync(file, 'utf8'), file);
  assertKnownSources(rows, file);
  if (file === TIMELINE_FILE) cache = rows;
  return rows;
}
