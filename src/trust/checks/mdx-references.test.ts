import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationSequence, proseOf, scanReferences } from './mdx-references';
import { checkEvidence } from './evidence';

const options = { requireAllClaims: false, proseNumbers: true };

function check(name: string): () => void {
  const file = `tests/fixtures/trust/${name}.mdx`;
  return () => checkEvidence([{ slug: `fixture-${name}`, file }], options);
}

describe('reading evidence components from MDX', () => {
  const file = 'tests/fixtures/trust/good-chapter.mdx';
  const refs = scanReferences(readFileSync(file, 'utf8'), file);

  it('finds every Cite, Quote, Q and Fig in order, with its line, and skips comments', () => {
    expect(refs.map((ref) => `${ref.kind}@${ref.line}`)).toEqual(['fig@10', 'fig@10', 'cite@10', 'quote@12', 'q@14', 'cite@14']);
    expect(refs[1]).toEqual({ kind: 'fig', line: 10, id: 'continents-sept-2022', as: 'word' });
    expect(refs[2]).toEqual({ kind: 'cite', line: 10, sources: ['voa', 'S04', 'S05'], claims: ['c-fifty-four'] });
  });

  it('lists the citing places for numbering (quotes cite their source too)', () => {
    expect(citationSequence(refs)).toEqual([['voa', 'S04', 'S05'], ['voa'], ['voa'], ['voa']]);
  });

  it('keeps only prose when looking for typed numbers', () => {
    const prose = proseOf('---\nslug: x\n---\nIn 2022 <Fig id="a-1" /> of [them](https://e.org/9).');
    expect(prose).not.toMatch(/a-1|9/);
    expect(prose).toMatch(/In 2022/);
  });

  it('passes a chapter whose evidence is all in order', () => {
    expect(check('good-chapter')).not.toThrow();
  });

  it('refuses attributes written as {…} expressions, naming the file and line', () => {
    expect(check('expression-attribute')).toThrow(/expression-attribute\.mdx, line 8: <Cite> attribute src is an \{…\} expression/);
  });
});

describe('bad evidence fails the build, naming the file and the item', () => {
  it('an unknown source id', () => {
    expect(check('unknown-source')).toThrow(/unknown-source\.mdx, line 10: <Cite> cites the unknown source id "S99"\. Add it to content\/data\/sources\.csv/);
  });

  it('a figure missing from the ledger', () => {
    expect(check('missing-figure')).toThrow(/missing-figure\.mdx, line 10: <Fig id="stations-sept-2023"> is not in content\/data\/ledger\.csv/);
  });

  it('a claim id that content/claims.yaml does not define', () => {
    expect(check('unknown-claim')).toThrow(/unknown-claim\.mdx, line 8: <Cite> names the claim id "c-no-such-claim", which is not in content\/claims\.yaml/);
  });

  it('a figure typed into the prose instead of taken from the ledger (dates are fine)', () => {
    expect(check('typed-number')).toThrow(/typed-number\.mdx, line 10: the number "54" is typed into the text/);
  });
});
