import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alphabetical, assertTermUses, parseGlossary, termIdsOfMdx } from './glossary';

const GLOSSARY = 'content/glossary.yaml';
const glossary = parseGlossary(parse(readFileSync(GLOSSARY, 'utf8')), GLOSSARY);

describe('the glossary file', () => {
  it('defines the issue’s core terms', () => {
    for (const id of ['transnational-repression', 'extradition', 'united-front-work', 'public-security-bureau', 'persuasion-to-return']) {
      expect(glossary.get(id)?.definition.length ?? 0, id).toBeGreaterThan(20);
    }
  });

  it('rejects an entry without a definition, naming the file and the field', () => {
    expect(() => parseGlossary([{ id: 'x-term', term: 'X term' }], 'content/bad.yaml')).toThrow(/content\/bad\.yaml[\s\S]*field "0\.definition"/);
  });

  it('rejects an id listed twice', () => {
    const entry = { id: 'twice', term: 'Twice', definition: 'A term that is written down two times.' };
    expect(() => parseGlossary([entry, entry], 'content/bad.yaml')).toThrow(/content\/bad\.yaml: the term id "twice" is listed twice/);
  });

  it('sorts terms alphabetically, ignoring opening quotation marks', () => {
    const sorted = alphabetical(glossary.values()).map((entry) => entry.id);
    expect(sorted.indexOf('persuasion-to-return')).toBeGreaterThan(sorted.indexOf('overseas-chinese-service-centres'));
    expect(sorted.indexOf('persuasion-to-return')).toBeLessThan(sorted.indexOf('public-security-bureau'));
  });
});

describe('terms in chapters', () => {
  const uses = readdirSync('content/chapters')
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => termIdsOfMdx(readFileSync(`content/chapters/${name}`, 'utf8')).map((id) => ({ id, file: `content/chapters/${name}` })));

  it('finds every <Term> id in reading order', () => {
    expect(termIdsOfMdx('A <Term id="first">one</Term> and a <Term id="second">two</Term>.')).toEqual(['first', 'second']);
  });

  it('accepts the real chapters: every term known and marked once', () => {
    expect(uses.length).toBeGreaterThanOrEqual(8);
    expect(() => assertTermUses(uses, glossary, GLOSSARY)).not.toThrow();
  });

  it('stops on an unknown term id, naming the file and the id', () => {
    const file = 'tests/fixtures/chapters/unknown-term.mdx';
    const fixtureUses = termIdsOfMdx(readFileSync(file, 'utf8')).map((id) => ({ id, file }));
    expect(() => assertTermUses(fixtureUses, glossary, GLOSSARY)).toThrow(
      /tests\/fixtures\/chapters\/unknown-term\.mdx: <Term id="no-such-term"> names a term that is not in content\/glossary\.yaml/,
    );
  });

  it('stops on a term marked twice, naming both files', () => {
    const twice = [
      { id: 'diaspora', file: 'content/chapters/a.mdx' },
      { id: 'diaspora', file: 'content/chapters/b.mdx' },
    ];
    expect(() => assertTermUses(twice, glossary, GLOSSARY)).toThrow(/b\.mdx: the term "diaspora" is already marked with <Term> in content\/chapters\/a\.mdx/);
  });
});
