/**
 * The story-wide evidence checks, run once per build before any chapter
 * renders (from ./chapters): each chapter's citations, quotes and figures are
 * checked against the registries, numbers typed into prose are refused, and
 * every claim of the article must be used somewhere or set aside. Also answers "where is
 * this source cited?" for the /sources/ page, with the same note numbers the
 * chapters show.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { planCitations } from '../source-notes';
import { checkClaimCoverage, checkProseNumbers, checkReferences, type ClaimUse, type EvidenceRegistry } from './evidence-check';
import { citationSequence, proseOf, scanReferences, type EvidenceRef } from './mdx-references';
import { monthNamesFor, type NumberScanOptions } from './number-scan';
import { parseOrThrow } from '../../shared/validation-error';
import { sourceText } from '../sources/article';
import { CLAIMS_FILE, getClaims } from '../claims';
import { LEDGER_FILE, figureStyleFor, getLedger, ledgerNumerals } from '../ledger';
import { SOURCE_LANG, isChinese, type Lang } from '../../i18n/languages';
import { ContentError } from '../../shared/validation-error';
import { SOURCES_FILE, getSources } from '../sources/sources';
import { STATEMENTS_FILE, getStatements } from './statements';

export const ALLOW_LIST_FILE = 'content/number-allow-list.yaml';

const allowListSchema = z.array(z.strictObject({ number: z.string().regex(/^\d+(?:[.,]\d+)*$/), why: z.string().min(10) }));

/** Numbers allowed in the story for a documented reason. */
export function numberAllowList(): Set<string> {
  const entries = parseOrThrow(allowListSchema, parse(readFileSync(ALLOW_LIST_FILE, 'utf8')), { file: ALLOW_LIST_FILE });
  return new Set(entries.map((entry) => entry.number));
}

export function evidenceRegistry(lang: Lang = SOURCE_LANG): EvidenceRegistry {
  const sources = getSources();
  const claims = getClaims();
  const ledger = getLedger();
  return {
    sourceExists: (id) => sources.has(id),
    sourceText,
    claimExists: (id) => claims.has(id),
    statement: (id) => getStatements().get(id),
    figureValue: (id) => ledger.get(id)?.value,
    figureStyle: figureStyleFor(lang),
    files: { sources: SOURCES_FILE, claims: CLAIMS_FILE, ledger: LEDGER_FILE, statements: STATEMENTS_FILE },
  };
}

/** The options for scanning the rendered story: ledger figures, dates and the allow-list pass. */
export function renderedNumberScan(lang: Lang = SOURCE_LANG): NumberScanOptions {
  return { monthNames: monthNamesFor(figureStyleFor(lang).locale), figures: ledgerNumerals(lang), allow: numberAllowList() };
}

/** A page whose MDX carries evidence: a chapter, or a page like /method/. */
export interface EvidencePage {
  /** Chapter slug or page id; the prefix of its note ids. */
  slug: string;
  /** Project-relative path of the MDX file. */
  file: string;
}

export function referencesOf(page: EvidencePage): EvidenceRef[] {
  return scanReferences(readFileSync(page.file, 'utf8'), page.file);
}

/**
 * Checks every page's references and, when `requireAllClaims`, that every
 * claim of the article is used by one of them. Chapters must not type numbers
 * into their prose.
 */
export function checkEvidence(pages: readonly EvidencePage[], { requireAllClaims, proseNumbers, lang = SOURCE_LANG }: { requireAllClaims: boolean; proseNumbers: boolean; lang?: Lang }): void {
  const registry = evidenceRegistry(lang);
  const prose: NumberScanOptions = { monthNames: monthNamesFor(registry.figureStyle.locale), figures: new Set(), allow: numberAllowList() };
  const uses: ClaimUse[] = [];
  for (const page of pages) {
    const refs = referencesOf(page);
    checkReferences(refs, page.file, registry);
    if (isChinese(lang)) checkChineseQuotes(refs, page.file);
    if (proseNumbers) checkProseNumbers(proseOf(readFileSync(page.file, 'utf8')), page.file, prose, LEDGER_FILE);
    for (const ref of refs) if (ref.kind !== 'fig') uses.push(...ref.claims.map((claim) => ({ claim, file: page.file })));
  }
  if (requireAllClaims) checkClaimCoverage([...getClaims().values()].map((claim) => ({ id: claim.id, setAside: claim.set_aside })), uses, CLAIMS_FILE);
}

/**
 * On a Chinese page a quote is either a Chinese original (its words in
 * Chinese, verified against its statement) or English words with the site's
 * translation in zh="…". English words without a translation would leave a
 * Chinese reader with an untranslated quote.
 */
export function checkChineseQuotes(refs: readonly EvidenceRef[], file: string): void {
  for (const ref of refs) {
    if (ref.kind !== 'q' && ref.kind !== 'quote') continue;
    const chineseWords = /\p{Script=Han}/u.test(ref.words);
    const where = `${file}, line ${ref.line}`;
    if (!chineseWords && !ref.zh) throw new ContentError(`${where}: the quote "${ref.words.slice(0, 60)}" is in English with no translation. Add zh="…" (the site's translation), or quote the Chinese original with its statement id.`);
    if (chineseWords && ref.zh) throw new ContentError(`${where}: the quote's words are already Chinese; zh="…" is only for translating English originals.`);
    if (chineseWords && !ref.statement) throw new ContentError(`${where}: a Chinese-original quote names its statement (statement="ST…", from content/research/statements.csv), so its words can be verified.`);
  }
}

export interface CitationPlace {
  page: EvidencePage;
  /** The source's note number on that page. */
  note: number;
  /** How many places on that page cite it. */
  count: number;
}

/** For each source id, the pages that cite it and its note number there. */
export function citationIndex(pages: readonly EvidencePage[]): Map<string, CitationPlace[]> {
  const index = new Map<string, CitationPlace[]>();
  for (const page of pages) {
    for (const note of planCitations(citationSequence(referencesOf(page))).notes) {
      const list = index.get(note.sourceId) ?? [];
      list.push({ page, note: note.number, count: note.places.length });
      index.set(note.sourceId, list);
    }
  }
  return index;
}
