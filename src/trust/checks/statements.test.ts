/**
 * Quotes that are not from the article are checked against the research
 * dossier's statements (content/research/statements.csv, a verbatim copy of
 * ../shared/research/statements.csv).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvidence, evidenceRegistry } from './evidence';
import { STATEMENTS_FILE, getStatements } from './statements';
import { quoteProblem, type QuoteToCheck } from './evidence-check';

const SHARED = '../shared/research/statements.csv';
const registry = evidenceRegistry();
const quote = (fields: Partial<QuoteToCheck> & { source: string; words: string }): QuoteToCheck => ({ translated: false, ...fields });

describe('the statements corpus', () => {
  it('is a byte-for-byte copy of the dossier file, wherever the dossier sits beside the project', () => {
    const copy = readFileSync(STATEMENTS_FILE);
    if (existsSync(SHARED)) expect(copy.equals(readFileSync(SHARED))).toBe(true);
    else expect(copy.length).toBeGreaterThan(40_000);
  });

  it('loads every statement with its words and how well they were verified', () => {
    const statements = getStatements();
    expect(statements.size).toBeGreaterThanOrEqual(80);
    expect(statements.get('ST31')?.quote).toContain('have not, to date, identified any evidence of illegal activity on behalf of the Chinese state');
    expect(statements.get('ST34')?.verified).toBe('partial');
    expect(statements.get('ST46')?.translation).toContain('That alone is a reason');
  });
});

describe('checking a quote against its statement', () => {
  it('accepts the words as said, with marked omissions', () => {
    expect(quoteProblem(quote({ source: 'S29', statement: 'ST31', words: 'they have not, to date, identified any evidence of illegal activity on behalf of the Chinese state' }), registry)).toBeUndefined();
    expect(quoteProblem(quote({ source: 'mfa-2022-11-02', statement: 'ST04', words: '…are not “police stations” or “police service centers”. … They are not police personnel from China.' }), registry)).toBeUndefined();
  });

  it('refuses a shortened finding, naming the statement and the words not found', () => {
    expect(quoteProblem(quote({ source: 'S29', statement: 'ST31', words: 'found no evidence of illegal activity' }), registry)).toMatch(
      /not word for word in statement "ST31" of content\/research\/statements\.csv\. These words were not found: "found no evidence of illegal activity"/,
    );
  });

  it('refuses a quote from a source we do not hold that names no statement', () => {
    expect(quoteProblem(quote({ source: 'S29', words: 'established without our permission' }), registry)).toMatch(/Name the statement the words come from/);
  });

  it('checks a translation only when the quote says it is one', () => {
    const words = 'That alone is a reason for these things to close immediately';
    expect(quoteProblem(quote({ source: 'rtl-2022-11-01', statement: 'ST46', words, translated: true }), registry)).toBeUndefined();
    expect(quoteProblem(quote({ source: 'rtl-2022-11-01', statement: 'ST46', words }), registry)).toMatch(/not word for word in statement "ST46"/);
  });

  it('asks how second-hand words reached us, and that the sentence says it', () => {
    const words = 'must not operate in any form';
    expect(quoteProblem(quote({ source: 'reuters-2023-06-06', statement: 'ST34', words }), registry)).toMatch(/verified: partial[\s\S]*via="…"/);
    expect(quoteProblem(quote({ source: 'reuters-2023-06-06', statement: 'ST34', words, via: 'as Reuters quoted', lineText: 'The Foreign Office said such stations must stop.' }), registry)).toMatch(
      /its sentence does not/,
    );
    expect(quoteProblem(quote({ source: 'reuters-2023-06-06', statement: 'ST34', words, via: 'as Reuters quoted', lineText: 'such stations <Q … />, as Reuters quoted it.' }), registry)).toBeUndefined();
  });

  it('still checks quotes from the article against the article', () => {
    expect(quoteProblem(quote({ source: 'voa', words: 'rife with speculation and lies' }), registry)).toBeUndefined();
    expect(quoteProblem(quote({ source: 'voa', words: 'rife with speculation and untruths' }), registry)).toMatch(/not word for word in source "voa"/);
  });

  it('fails the build on a misquoted statement, naming the file and the line', () => {
    const file = 'tests/fixtures/trust/statement-misquote.mdx';
    expect(() => checkEvidence([{ slug: 'fixture-statement-misquote', file }], { requireAllClaims: false, proseNumbers: true })).toThrow(
      /tests\/fixtures\/trust\/statement-misquote\.mdx, line 8: <Q> the quote "have not identified any evidence of illegal activity" is not word for word in statement "ST31"/,
    );
  });
});
