/**
 * Quote checking for the quote components, at render: the same rule as the
 * build's evidence check (lib/evidence-check, quoteProblem), so a quote is
 * verified word for word against the article or its statement, wherever it is.
 */
import { quoteProblem, type QuoteToCheck } from '../lib/evidence-check';
import { ContentError } from '../lib/validation-error';
import { evidenceRegistry } from './evidence';
import { getSource } from './sources';

export function assertQuote(quote: QuoteToCheck, usedIn: string): void {
  getSource(quote.source, usedIn);
  const problem = quoteProblem(quote, evidenceRegistry());
  if (problem) throw new ContentError(`${usedIn} ${problem}`);
}
