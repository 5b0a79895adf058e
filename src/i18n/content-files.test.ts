import { describe, expect, test } from 'vitest';
import { assertMirrors, assertSameIds, readMirroredYaml, readTranslated, translatedFile } from './content-files';

const files = { original: 'content/glossary.yaml', translation: 'content/zh-hans/glossary.yaml' };

describe('a translation mirrors its English file', () => {
  test('lives under content/<lang>/ (English is the file itself)', () => {
    expect(translatedFile('content/charts/timeline.yaml', 'zh-hant')).toBe('content/zh-hans/charts/timeline.yaml');
    expect(translatedFile('content/story.yaml', 'en')).toBe('content/story.yaml');
  });

  test('a missing translation stops the build naming the file it should be and what it translates', () => {
    expect(() => readTranslated('content/no-such-words.yaml', 'zh-hant')).toThrow('content/zh-hans/no-such-words.yaml: missing. It is the zh-hans version of content/no-such-words.yaml');
  });

  test('words may change; ids, dates, chapter slugs and lists may not', () => {
    expect(() => assertMirrors([{ id: 'a', term: 'Word', date: '2022-09-12' }], [{ id: 'a', term: '词', date: '2022-09-12' }], files)).not.toThrow();
    expect(() => assertMirrors([{ id: 'a', term: 'Word' }], [{ id: 'b', term: '词' }], files)).toThrow(/content\/zh-hans\/glossary\.yaml: "\[0\]\.id" is "b", but content\/glossary\.yaml has "a"/);
    expect(() => assertMirrors({ labels: { chapters: 'Chapter by chapter' } }, { labels: { chapters: '分章导读' } }, files)).not.toThrow();
    expect(() => assertMirrors({ chapters: ['britain'] }, { chapters: ['london'] }, files)).toThrow(/"chapters"/);
  });

  test('a missing field, an extra field or a shorter list is named', () => {
    expect(() => assertMirrors({ title: 'A', note: 'B' }, { title: '甲' }, files)).toThrow(/lacks the field "note"/);
    expect(() => assertMirrors({ title: 'A' }, { title: '甲', extra: '乙' }, files)).toThrow(/has the field "extra"/);
    expect(() => assertMirrors({ notes: ['a', 'b'] }, { notes: ['甲'] }, files)).toThrow(/"notes" has 1 items; the original has 2/);
  });
});

describe('words given by id', () => {
  const messages = { missing: (id: string) => `no words for "${id}".`, extra: (id: string) => `"${id}" is not an id.` };

  test('cover exactly the ids of the English table, or the build stops naming the file and the id', () => {
    expect(() => assertSameIds('content/zh-hans/x.yaml', ['a', 'b'], ['b', 'a'], messages)).not.toThrow();
    expect(() => assertSameIds('content/zh-hans/x.yaml', ['a', 'b'], ['a'], messages)).toThrow('content/zh-hans/x.yaml: no words for "b".');
    expect(() => assertSameIds('content/zh-hans/x.yaml', ['a'], ['a', 'c'], messages)).toThrow('content/zh-hans/x.yaml: "c" is not an id.');
  });
});

describe('a content file in a language', () => {
  test('is the English file for English, and the checked translation otherwise', () => {
    expect(readMirroredYaml('content/glossary.yaml', 'en').file).toBe('content/glossary.yaml');
    expect(readMirroredYaml('content/glossary.yaml', 'zh-hant').file).toBe('content/zh-hans/glossary.yaml');
  });
});
