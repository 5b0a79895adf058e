import { describe, expect, test } from 'vitest';
import { assertSameShape, uiFor } from './ui';

describe('interface words', () => {
  test('each language has every English key; 繁體 takes the 简体 words with its own tag and locale', () => {
    expect(uiFor('zh-hant').lang).toBe('zh-Hant');
    expect(uiFor('zh-hant').locale).toBe('zh-TW');
    expect(uiFor('zh-hant').chapterNumber).toBe(uiFor('zh-hans').chapterNumber);
    expect(Object.keys(uiFor('zh-hans')).sort()).toEqual(Object.keys(uiFor('en')).sort());
  });

  test('a missing key, a different kind of value or a different placeholder is named with its file', () => {
    const file = 'content/ui/zh-hans.json';
    expect(() => assertSameShape({ a: 'x', b: 'y' }, { a: '甲' }, file)).toThrow('content/ui/zh-hans.json: the key "b" is missing');
    expect(() => assertSameShape({ n: 'Chapter {n}' }, { n: '第{m}章' }, file)).toThrow(/"n" has the placeholders \{m\}; content\/ui\/en\.json has \{n\}/);
    expect(() => assertSameShape({ words: ['zero', 'one'] }, { words: ['零'] }, file)).toThrow(/must be a list of 2/);
  });
});
