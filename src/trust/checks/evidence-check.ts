/**
 * The build's checks on a chapter's evidence, before anything renders: every
 * source, claim and figure id exists; every quote is word for word, from the
 * article or from a statement in the research corpus, and says so when it
 * reached us second-hand; numbers are not typed into the prose; and, across
 * the whole story, every claim of the article is used or set aside. Each failure names the file (and
 * line) and the item, so a writer can fix it without reading code.
 */
import { formatFigure, type FigureStyle } from '../figures';
import type { EvidenceRef } from './mdx-references';
import { findQuote, foldChinese, normaliseForQuote } from './quote-check';
import { strayNumbers, type NumberScanOptions } from './number-scan';
import { ContentError } from '../../shared/validation-error';

/** A statement of the verification corpus (content/research/statements.csv). */
export interface Statement {
  id: string;
  /** The words as said (or written), in the original language. */
  quote: string;
  /** An English translation, when the original is in another language. */
  translation: string;
  /** Whether the researcher read the words in their source: "partial" means second-hand or in part. */
  verified: 'yes' | 'partial' | 'no';
}

export interface EvidenceRegistry {
  sourceExists: (id: string) => boolean;
  /** Full text of a source we hold a copy of (the article), else undefined. */
  sourceText: (id: string) => string | undefined;
  claimExists: (id: string) => boolean;
  /** A statement of the verification corpus, or undefined for an unknown id. */
  statement: (id: string) => Statement | undefined;
  /** A figure's value from the ledger, or undefined for an unknown id. */
  figureValue: (id: string) => number | undefined;
  figureStyle: FigureStyle;
  /** Where to point writers: the registry files, for error messages. */
  files: { sources: string; claims: string; ledger: string; statements: string };
}

function shorten(text: string, length = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}

/** Checks one file's references; throws a ContentError at the first problem. */
export function checkReferences(refs: readonly EvidenceRef[], file: string, registry: EvidenceRegistry): void {
  for (const ref of refs) {
    const where = `${file}, line ${ref.line}`;
    if (ref.kind === 'fig') {
      const value = registry.figureValue(ref.id);
      if (value === undefined) {
        throw new ContentError(`${where}: <Fig id="${ref.id}"> is not in ${registry.files.ledger}. Add the figure there (value, scope, period, source ids) or fix the id.`);
      }
      if (ref.as !== undefined && ref.as !== 'word') throw new ContentError(`${where}: <Fig id="${ref.id}" as="${ref.as}">: as may only be "word".`);
      try {
        formatFigure(value, registry.figureStyle, ref.as);
      } catch (error) {
        throw new ContentError(`${where}: <Fig id="${ref.id}">: ${(error as Error).message}.`);
      }
      continue;
    }
    const tag = ref.kind === 'cite' ? 'Cite' : ref.kind === 'quote' ? 'Quote' : 'Q';
    for (const id of ref.sources) {
      if (!registry.sourceExists(id)) {
        throw new ContentError(`${where}: <${tag}> cites the unknown source id "${id}". Add it to ${registry.files.sources} or fix the id.`);
      }
    }
    for (const id of ref.claims) {
      if (!registry.claimExists(id)) {
        throw new ContentError(`${where}: <${tag}> names the claim id "${id}", which is not in ${registry.files.claims}.`);
      }
    }
    if (ref.kind === 'cite') continue;
    if (ref.sources.length !== 1) {
      throw new ContentError(`${where}: <${tag}> must name exactly one source in src (the one the words come from); it names "${ref.sources.join(' ')}".`);
    }
    const problem = quoteProblem({ ...ref, source: ref.sources[0] ?? '' }, registry);
    if (problem) throw new ContentError(`${where}: <${tag}> ${problem}`);
  }
}

export interface QuoteToCheck {
  /** The one source id the words come from. */
  source: string;
  words: string;
  statement?: string | undefined;
  translated: boolean;
  via?: string | undefined;
  /** For an inline quote: the words around it, where "via" must be said. Omitted for a block quote, whose caption says it. */
  lineText?: string | undefined;
}

/**
 * Why a quote fails, or undefined when it is verified: words from a source we
 * hold in full (the article) are in it; any other quote names its statement and
 * is in that statement's words (or its translation, when it says `translated`);
 * a statement the researcher read only second-hand or in part needs `via`, and
 * an inline quote must say the same words in its sentence.
 */
export function quoteProblem(quote: QuoteToCheck, registry: EvidenceRegistry): string | undefined {
  const held = registry.sourceText(quote.source);
  if (held !== undefined && quote.statement === undefined) {
    const check = findQuote(quote.words, held);
    return check.found ? undefined : `the quote "${shorten(quote.words)}" is not word for word in source "${quote.source}". These words were not found: "${shorten(check.missing)}".`;
  }
  if (quote.statement === undefined) {
    return `quotes source "${quote.source}", whose text we do not hold. Name the statement the words come from (statement="ST…", from ${registry.files.statements}), or quote the article.`;
  }
  const statement = registry.statement(quote.statement);
  if (!statement) return `names the statement "${quote.statement}", which is not in ${registry.files.statements}.`;
  const text = quote.translated ? statement.translation : statement.quote;
  if (quote.translated && text === '') return `says translated, but statement "${statement.id}" has no translation in ${registry.files.statements}.`;
  // A Chinese original is compared in simplified characters with one set of punctuation (the dossier stores some in traditional, with ASCII commas).
  const chinese = /\p{Script=Han}/u.test(quote.words);
  const check = chinese ? findQuote(foldChinese(quote.words), foldChinese(text)) : findQuote(quote.words, text);
  if (!check.found) {
    return `the quote "${shorten(quote.words)}" is not word for word in statement "${statement.id}"${quote.translated ? ' (translation)' : ''} of ${registry.files.statements}. These words were not found: "${shorten(check.missing)}".`;
  }
  if (statement.verified === 'no') return `quotes statement "${statement.id}", whose words were not verified (${registry.files.statements}). Do not quote it.`;
  if (statement.verified === 'partial') {
    if (!quote.via) return `quotes statement "${statement.id}", which reached us second-hand or in part (verified: partial). Say how, with via="…" (e.g. via="as quoted by Reuters"), and say it to the reader.`;
    if (quote.lineText !== undefined && !quote.lineText.replace(/<[^>]*>/g, ' ').includes(quote.via)) {
      return `says via="${quote.via}", but its sentence does not: write those words beside the quote, so the reader knows how they reached us.`;
    }
  }
  return undefined;
}

/** Fails on a number typed into a chapter's prose instead of written with <Fig>. */
export function checkProseNumbers(prose: string, file: string, options: NumberScanOptions, ledgerFile: string): void {
  const lines = prose.split('\n');
  lines.forEach((line, index) => {
    const [stray] = strayNumbers(line, options);
    if (stray !== undefined) {
      throw new ContentError(
        `${file}, line ${index + 1}: the number "${stray}" is typed into the text. Write figures with <Fig id="…" /> from ${ledgerFile}, so the number and its source stay together.`,
      );
    }
  });
}

export interface ClaimUse {
  claim: string;
  file: string;
}

/** A claim of the coverage ledger: its id, and the reason it is set aside, if it is. */
export interface LedgerClaim {
  id: string;
  setAside?: string | undefined;
}

/** Claims neither used by a chapter nor set aside with a reason. */
export function findUnusedClaims(claims: readonly (string | LedgerClaim)[], uses: readonly ClaimUse[]): string[] {
  const used = new Set(uses.map((use) => use.claim));
  return claims.map((claim) => (typeof claim === 'string' ? { id: claim } : claim)).filter((claim) => !claim.setAside && !used.has(claim.id)).map((claim) => claim.id);
}

export function checkClaimCoverage(claims: readonly (string | LedgerClaim)[], uses: readonly ClaimUse[], claimsFile: string): void {
  const unused = findUnusedClaims(claims, uses);
  if (unused.length > 0) {
    throw new ContentError(
      `${claimsFile}: ${unused.length === 1 ? 'this claim is' : 'these claims are'} not used by any chapter: ${unused.join(', ')}. ` +
        `Cite each with claim="…" on a <Cite>, <Quote> or <Q> where the story covers it, or set it aside with set_aside: "the reason".`,
    );
  }
  const setAside = new Set(claims.flatMap((claim) => (typeof claim !== 'string' && claim.setAside ? [claim.id] : [])));
  const misused = uses.find((use) => setAside.has(use.claim));
  if (misused) {
    throw new ContentError(`${misused.file}: uses the claim "${misused.claim}", which ${claimsFile} sets aside. Use the claim, or keep it set aside, not both.`);
  }
}

/** Sentences shorter than this are headings or credits ("Undercover agents", "Photo: File"), not statements. */
const MIN_SENTENCE_WORDS = 4;

/** Splits a paragraph at a full stop, question or exclamation mark (and any closing quote) before a capital. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.?!]['"’”)]*)\s+(?=['"‘“(]?[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= MIN_SENTENCE_WORDS);
}

/** Trims the quotation marks and closing punctuation around a sentence, for comparing with a claim. */
function core(text: string): string {
  return normaliseForQuote(text).replace(/^["'(]+|["')\s.,;:!?]+$/g, '');
}

/**
 * The article's sentences that no claim covers. A sentence is covered when a
 * claim's words lie inside it, or when each of its parts of four words or more
 * (split at quotation marks, so a quote's last sentence and its "she said" are
 * parts) lies inside a claim's words.
 */
export function uncoveredSentences(paragraphs: readonly string[], claimWords: readonly string[]): string[] {
  const claims = claimWords.map(core);
  const inAClaim = (text: string) => claims.some((claim) => claim.includes(text));
  return paragraphs.flatMap(sentencesOf).filter((sentence) => {
    const text = core(sentence);
    if (claims.some((claim) => text.includes(claim))) return false;
    const parts = normaliseForQuote(sentence)
      .split('"')
      .map(core)
      .filter((part) => part.split(' ').length >= MIN_SENTENCE_WORDS);
    return parts.length === 0 || !parts.every(inAClaim);
  });
}
