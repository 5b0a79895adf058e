/**
 * Quote checking for the quote components, at render: the same rule as the
 * build's evidence check (evidence-check.ts, quoteProblem), so a quote is
 * verified word for word against the article or its statement, wherever it is.
 */
import { quoteProblem, type QuoteToCheck } from './evidence-check';
import { ContentError } from '../../shared/validation-error';
import { evidenceRegistry } from './evidence';
import { getSource } from '../sources/sources';

export function assertQuote(quote: QuoteToCheck, usedIn: string): void {
  getSource(quote.source, usedIn);
  const problem = quoteProblem(quote, evidenceRegistry());
  if (problem) throw new ContentError(`${usedIn} ${problem}`);
}
