import { describe, expect, test } from 'vitest';
import { isConverted, LANGUAGES, langOfUrl, langParam, localPath, splitLangPath, wordsOf } from './languages';

describe('the language model', () => {
  test('English has no prefix; the Chinese editions are /zh-hans/ and /zh-hant/, and 繁體 is built from 简体 words', () => {
    expect(LANGUAGES.map((language) => [language.id, language.tag, language.prefix])).toEqual([
      ['en', 'en', ''],
      ['zh-hans', 'zh-Hans', 'zh-hans/'],
      ['zh-hant', 'zh-Hant', 'zh-hant/'],
    ]);
    expect(wordsOf('zh-hant')).toBe('zh-hans');
    expect(LANGUAGES.filter((language) => isConverted(language.id)).map((language) => language.id)).toEqual(['zh-hant']);
    expect(langParam('en')).toBeUndefined();
    expect(langParam('zh-hans')).toBe('zh-hans');
  });

  test('paths in and out of a language', () => {
    expect(localPath('chapters/britain/', 'zh-hant')).toBe('zh-hant/chapters/britain/');
    expect(localPath('', 'en')).toBe('');
    expect(splitLangPath('zh-hans/glossary/')).toEqual({ lang: 'zh-hans', path: 'glossary/' });
    expect(splitLangPath('zh-hans')).toEqual({ lang: 'zh-hans', path: '' });
    expect(splitLangPath('zh-hansx/')).toEqual({ lang: 'en', path: 'zh-hansx/' });
    expect(langOfUrl(new URL('https://a.org/sub/zh-hant/method/'), '/sub/')).toBe('zh-hant');
    expect(langOfUrl(new URL('https://a.org/sub/method/'), '/sub')).toBe('en');
  });
});
