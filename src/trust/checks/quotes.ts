/**
 * Quote checking for the quote components: words from a source we hold in
 * full must be in it, word for word (see quote-check.ts for what is forgiven).
 */
import { findQuote } from './quote-check';
import { ContentError } from '../../shared/validation-error';
import { sourceText } from '../sources/article';
import { getSource } from '../sources/sources';

export function assertQuote(sourceId: string, words: string, usedIn: string): void {
  getSource(sourceId, usedIn);
  const text = sourceText(sourceId);
  if (text === undefined) return;
  const check = findQuote(words, text);
  if (!check.found) throw new ContentError(`${usedIn}: the quote "${words}" is not word for word in source "${sourceId}" (not found: "${check.missing}").`);
}
