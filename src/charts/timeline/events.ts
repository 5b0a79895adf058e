/**
 * Dated events from 2014 to the latest sourced one (content/data/timeline.csv),
 * each in one strand so the chart can keep separate networks apart: the police
 * stations, other networks (community centres, Sky Net), the anti-fraud
 * campaign, reports, government responses, prosecutions, and wider context.
 */
import { z } from 'zod';
import { csvLoader } from '../../shared/csv';
import { precisionOf } from '../../shared/dates';
import { stableId } from '../../shared/stable-id';
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

/** Reads and checks the file: every row, each id once, and every source id; the story's own file once per build. */
export const loadTimeline = csvLoader(TIMELINE_FILE, timelineRowSchema, { unique: 'id', check: assertKnownSources });
