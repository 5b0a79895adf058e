/**
 * Figures the charts draw from content/data/ledger.csv (the one ledger of
 * numbers used in prose), so a chart and the sentence beside it cannot drift
 * apart. Reads only the columns charts need; a missing id is a build error
 * naming the chart that asked for it.
 */
import { z } from 'zod';
import { readCsv } from '../lib/csv';
import { ContentError } from '../lib/validation-error';

export const LEDGER_FILE = 'content/data/ledger.csv';

const ledgerRowSchema = z.object({
  id: z.string().min(1),
  value: z.coerce.number(),
  period_start: z.string(),
  period_end: z.string(),
  source_ids: z.string().min(1, 'must name at least one source'),
});

export interface LedgerFigure {
  id: string;
  value: number;
  /** YYYY-MM or YYYY-MM-DD, or undefined when the ledger gives none. */
  periodStart: string | undefined;
  periodEnd: string | undefined;
  sourceIds: string[];
}

let cache: Map<string, LedgerFigure> | undefined;

function figures(): Map<string, LedgerFigure> {
  cache ??= new Map(
    readCsv(LEDGER_FILE, ledgerRowSchema).map((row) => [
      row.id,
      {
        id: row.id,
        value: row.value,
        periodStart: row.period_start || undefined,
        periodEnd: row.period_end || undefined,
        sourceIds: row.source_ids.split(';').map((id) => id.trim()).filter(Boolean),
      },
    ]),
  );
  return cache;
}

export function ledgerFigure(id: string, usedIn: string): LedgerFigure {
  const figure = figures().get(id);
  if (!figure) throw new ContentError(`${usedIn}: unknown figure id "${id}". Add it to ${LEDGER_FILE} or fix the id.`);
  return figure;
}
