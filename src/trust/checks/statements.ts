/**
 * The verification corpus for quotes that do not come from the article: the
 * exact words of officials' and organisations' statements, dated and sourced,
 * from the research dossier (content/research/statements.csv, a verbatim copy
 * of ../shared/research/statements.csv). A quote naming a statement must be in
 * it word for word; see evidence-check.ts.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseCsvText } from '../../shared/csv';
import type { Statement } from './evidence-check';
import { ContentError } from '../../shared/validation-error';

export const STATEMENTS_FILE = 'content/research/statements.csv';

const statementSchema = z.object({
  id: z.string().regex(/^ST\d{2,}$/, 'must be like ST07'),
  date: z.string().min(4),
  speaker: z.string().min(2),
  quote: z.string().min(2),
  translation_en: z.string(),
  verified: z.enum(['yes', 'partial', 'no']),
  source_url: z.string().min(10),
});

let cache: Map<string, Statement> | undefined;

export function getStatements(): Map<string, Statement> {
  if (cache) return cache;
  const rows = parseCsvText(readFileSync(STATEMENTS_FILE, 'utf8'), statementSchema, STATEMENTS_FILE);
  const statements = new Map<string, Statement>();
  for (const row of rows) {
    if (statements.has(row.id)) throw new ContentError(`${STATEMENTS_FILE}: the id "${row.id}" is used twice.`);
    statements.set(row.id, { id: row.id, quote: row.quote, translation: row.translation_en, verified: row.verified });
  }
  cache = statements;
  return cache;
}
