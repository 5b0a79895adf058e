import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsVerbatim, findQuote, normaliseForQuote, quoteParts, foldChinese } from './quote-check';
import { checkEvidence } from './evidence';

const ARTICLE = readFileSync('seeds/000_bee7d83bfa564166.txt', 'utf8');

describe('quote normalisation', () => {
  it('folds curly quotes, dashes and white space, and nothing else', () => {
    expect(normaliseForQuote('“we’ve  known –\n patrolling”')).toBe('"we\'ve known - patrolling"');
    expect(normaliseForQuote('Word')).not.toBe(normaliseForQuote('word'));
  });

  it('cuts a quote at "…" and "..." into its parts', () => {
    expect(quoteParts('one two … three ... four')).toEqual(['one two', 'three', 'four']);
  });
});

describe('finding a quote in the article', () => {
  it('accepts straight quotes and hyphens where the article has curly ones and dashes', () => {
    expect(findQuote("we've known they've been involved in, let's say, controlling - patrolling in a way - the overseas community", ARTICLE)).toEqual({ found: true });
  });

  it('accepts an omission marked with an ellipsis when the parts come in order', () => {
    expect(findQuote('Overseas Chinese dissidents ... not even hiding it very well', ARTICLE)).toEqual({ found: true });
  });

  it('rejects the same parts in the wrong order', () => {
    expect(findQuote('not even hiding it very well … Overseas Chinese dissidents', ARTICLE)).toEqual({ found: false, missing: 'Overseas Chinese dissidents' });
  });

  it('rejects an unmarked omission and names the words it could not find', () => {
    const check = findQuote('China’s judicial authorities strictly abide by international rules', ARTICLE);
    expect(check).toEqual({ found: false, missing: "China's judicial authorities strictly abide by international rules" });
  });

  it('rejects a changed word', () => {
    expect(findQuote('rife with speculation and untruths', ARTICLE).found).toBe(false);
  });

  it('treats claims as one unbroken stretch of the article', () => {
    expect(containsVerbatim('The centers are named after the police emergency telephone number in China, 110', ARTICLE)).toBe(true);
    expect(containsVerbatim('The centers are named after … 110', ARTICLE)).toBe(false);
  });
});

describe('a misquote in a chapter', () => {
  it('fails the build, naming the chapter file, the line and the quote', () => {
    const file = 'tests/fixtures/trust/misquote.mdx';
    expect(() => checkEvidence([{ slug: 'fixture-misquote', file }], { requireAllClaims: false, proseNumbers: true })).toThrow(
      /tests\/fixtures\/trust\/misquote\.mdx, line 10: <Quote> the quote "China’s judicial authorities strictly abide by international rules" is not word for word in source "voa"/,
    );
  });
});

describe('a Chinese original against the dossier', () => {
  // ST05 is stored in traditional characters with ASCII commas; the 简体 page quotes it in simplified, with full-width commas.
  const dossier = '…你提到的機構不是“警察站”或“警察服務中心”,他們從事的活動是協助當地有需要的中國公民';

  it('matches in simplified characters with either set of punctuation', () => {
    expect(findQuote(foldChinese('你提到的机构不是“警察站”或“警察服务中心”，他们从事的活动'), foldChinese(dossier)).found).toBe(true);
  });

  it('still fails on a changed word', () => {
    expect(findQuote(foldChinese('你提到的机构不是“警务站”'), foldChinese(dossier)).found).toBe(false);
  });
});
