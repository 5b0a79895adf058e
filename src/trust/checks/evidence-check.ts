/**
 * The build's checks on a chapter's evidence, before anything renders: every
 * source, claim and figure id exists; quotes from a source we hold in full are
 * word for word; numbers are not typed into the prose; and, across the whole
 * story, every claim of the article is used. Each failure names the file (and
 * line) and the item, so a writer can fix it without reading code.
 */
import { formatFigure, type FigureStyle } from '../figures';
import type { EvidenceRef } from './mdx-references';
import { findQuote } from './quote-check';
import { strayNumbers, type NumberScanOptions } from './number-scan';
import { ContentError } from '../../shared/validation-error';

export interface EvidenceRegistry {
  sourceExists: (id: string) => boolean;
  /** Full text of a source we hold a copy of (the article), else undefined. */
  sourceText: (id: string) => string | undefined;
  claimExists: (id: string) => boolean;
  /** A figure's value from the ledger, or undefined for an unknown id. */
  figureValue: (id: string) => number | undefined;
  figureStyle: FigureStyle;
  /** Where to point writers: the registry files, for error messages. */
  files: { sources: string; claims: string; ledger: string };
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
    const sourceId = ref.sources[0] ?? '';
    const text = registry.sourceText(sourceId);
    if (text === undefined) continue;
    const check = findQuote(ref.words, text);
    if (!check.found) {
      throw new ContentError(
        `${where}: the quote "${shorten(ref.words)}" is not word for word in source "${sourceId}". ` + `These words were not found: "${shorten(check.missing)}".`,
      );
    }
  }
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

/** Every claim of the article must be used by at least one chapter. */
export function findUnusedClaims(claimIds: readonly string[], uses: readonly ClaimUse[]): string[] {
  const used = new Set(uses.map((use) => use.claim));
  return claimIds.filter((id) => !used.has(id));
}

export function checkClaimCoverage(claimIds: readonly string[], uses: readonly ClaimUse[], claimsFile: string): void {
  const unused = findUnusedClaims(claimIds, uses);
  if (unused.length > 0) {
    throw new ContentError(
      `${claimsFile}: ${unused.length === 1 ? 'this claim is' : 'these claims are'} not used by any chapter: ${unused.join(', ')}. ` +
        `Cite each with claim="…" on a <Cite>, <Quote> or <Q> where the story covers it, or remove it.`,
    );
  }
}
