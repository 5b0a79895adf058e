import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertArticleCovered, CLAIMS_FILE, getClaims, parseClaims } from './claims';
import { checkEvidence } from './checks/evidence';
import { checkClaimCoverage, findUnusedClaims, sentencesOf, uncoveredSentences } from './checks/evidence-check';
import { scanReferences } from './checks/mdx-references';

const ARTICLE = readFileSync('seeds/000_bee7d83bfa564166.txt', 'utf8');
const chapterFiles = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => `content/chapters/${name}`);

function claimUses() {
  return chapterFiles.flatMap((file) =>
    scanReferences(readFileSync(file, 'utf8'), file).flatMap((ref) => (ref.kind === 'fig' ? [] : ref.claims.map((claim) => ({ claim, file })))),
  );
}

describe('the claims ledger (content/claims.yaml)', () => {
  it('holds only words that are in the article, word for word', () => {
    const claims = getClaims();
    expect(claims.size).toBeGreaterThanOrEqual(30);
  });

  it('rejects a claim whose words are not in the article, naming the file and the claim', () => {
    const yaml = '- id: c-invented\n  kind: claim\n  words: "China has opened hundreds of police stations"\n';
    expect(() => parseClaims(yaml, 'fixture-claims.yaml', ARTICLE, 'seeds/x.txt')).toThrow(/fixture-claims\.yaml: the words of "c-invented" are not word for word in seeds\/x\.txt/);
  });

  it('rejects a quote id that does not start with q-', () => {
    const yaml = '- id: c-lies\n  kind: quote\n  words: "rife with speculation and lies"\n';
    expect(() => parseClaims(yaml, 'fixture-claims.yaml', ARTICLE, 'seeds/x.txt')).toThrow(/fixture-claims\.yaml, entry 1[\s\S]*field "id"/);
  });
});

describe('seed coverage', () => {
  it('every claim of the article is used by a chapter, or set aside with a reason', () => {
    const ledger = [...getClaims().values()].map((claim) => ({ id: claim.id, setAside: claim.set_aside }));
    expect(findUnusedClaims(ledger, claimUses())).toEqual([]);
  });

  it('sets aside the article’s wrong "western city of Lishui", with the reason', () => {
    const western = getClaims().get('c-lishui-western');
    expect(western?.words).toBe('in the western city of Lishui');
    expect(western?.set_aside).toMatch(/eastern China/);
  });

  it('fails when a chapter uses a claim the ledger sets aside, naming the chapter', () => {
    const ledger = [{ id: 'c-lishui-western', setAside: 'Lishui is in eastern China.' }];
    expect(() => checkClaimCoverage(ledger, [{ claim: 'c-lishui-western', file: 'content/chapters/x.mdx' }], 'content/claims.yaml')).toThrow(
      /content\/chapters\/x\.mdx: uses the claim "c-lishui-western", which content\/claims\.yaml sets aside/,
    );
  });

  it('covers every sentence of the article with a claim, used or set aside', () => {
    expect(uncoveredSentences(ARTICLE.split(/\n\s*\n/), [...getClaims().values()].map((claim) => claim.words))).toEqual([]);
  });

  it('fails on a sentence of the article that no claim covers, naming it', () => {
    const claims = new Map([...getClaims()].filter(([id]) => id !== 'c-fraud-scams'));
    expect(() => assertArticleCovered(claims, ARTICLE.split(/\n\s*\n/), 'content/claims.yaml', 'seeds/x.txt')).toThrow(
      /content\/claims\.yaml: this sentence of seeds\/x\.txt is in no claim, used or set aside: "Many are accused of committing fraud through online and telephone scams\."/,
    );
  });

  it('reads a quote’s last sentence and its "she said" as one sentence, and skips headings', () => {
    expect(sentencesOf('“One thing is said here. Another thing is said here,” she said. Undercover agents')).toEqual(['“One thing is said here.', 'Another thing is said here,” she said.']);
  });

  it('reports exactly the claims a story leaves out without a reason', () => {
    const uses = [{ claim: 'c-named-110', file: 'a.mdx' }];
    const unused = findUnusedClaims(['c-named-110', 'c-blackmail', { id: 'c-cf-views', setAside: 'China Factor\'s disclaimer.' }, 'q-embassy-lies'], uses);
    expect(unused).toEqual(['c-blackmail', 'q-embassy-lies']);
  });

  it('every claim id a chapter uses is defined', () => {
    const defined = getClaims();
    const undefinedUses = claimUses().filter((use) => !defined.has(use.claim));
    expect(undefinedUses).toEqual([]);
  });

  it('a claim left uncovered fails, naming the claims file and the claim', () => {
    const story = [{ slug: 'fixture-some-claims', file: 'tests/fixtures/trust/some-claims.mdx' }];
    expect(() => checkEvidence(story, { requireAllClaims: true, proseNumbers: true })).toThrow(
      new RegExp(`${CLAIMS_FILE.replace('.', '\\.')}: these claims are not used by any chapter: c-opened-dozens, c-blackmail,[\\s\\S]*c-lau-threat`),
    );
  });

  it('the real chapters pass every evidence check', () => {
    const story = chapterFiles.map((file) => ({ slug: file, file }));
    expect(() => checkEvidence(story, { requireAllClaims: true, proseNumbers: true })).not.toThrow();
  });
});
