import { describe, expect, it } from 'vitest';
import { LANG_IDS } from '../../i18n/languages';
import { editionForPage, offlineEdition, offlineEditions, OFFLINE_LANGUAGES, pdfChromium } from './editions';

describe('offline editions', () => {
  it('name each language’s files and story page after the language alone', () => {
    expect(offlineEdition('en')).toEqual({ lang: 'en', page: '', html: 'offline/overseas-110-en.html', pdf: 'offline/overseas-110-en.pdf', printed: true, printFont: undefined, fonts: 'core' });
    expect(offlineEdition('zh-hans')).toMatchObject({ printed: true, printFont: 'zh-Hans' });
    expect(offlineEdition('zh-hant').printFont).toBe('zh-Hant');
    expect(offlineEdition('zh-hant')).toMatchObject({ page: 'zh-hant/', html: 'offline/overseas-110-zh-hant.html', pdf: 'offline/overseas-110-zh-hant.pdf' });
  });

  it('set Chinese in the system’s CJK fonts, with no font written in', () => {
    expect(LANG_IDS.filter((lang) => offlineEdition(lang).fonts === 'system')).toEqual(['zh-hans', 'zh-hant']);
  });

  it('are made for the switched-on languages only, English first', () => {
    expect(offlineEditions().map((edition) => edition.lang)).toEqual([...OFFLINE_LANGUAGES]);
    expect(OFFLINE_LANGUAGES[0]).toBe('en');
    expect(offlineEditions(['en', 'zh-hans']).map((edition) => edition.page)).toEqual(['', 'zh-hans/']);
  });

  it('find the edition of a page from its lang attribute, and none for a language that has none yet', () => {
    expect(editionForPage('en')?.html).toBe('offline/overseas-110-en.html');
    expect(editionForPage('zh-Hans', ['en'])).toBeUndefined();
    expect(editionForPage('zh-Hans', ['en', 'zh-hans'])?.page).toBe('zh-hans/');
    expect(editionForPage('fr')).toBeUndefined();
  });
});

describe('pdfChromium', () => {
  const always = () => true;
  it('takes CHROMIUM_PATH, else Debian’s Chromium', () => {
    expect(pdfChromium({ CHROMIUM_PATH: '/opt/chrome' }, always, always)).toBe('/opt/chrome');
    expect(pdfChromium({}, always, always)).toBe('/usr/bin/chromium');
  });
  it('makes no PDFs without the browser or without Playwright to drive it', () => {
    expect(pdfChromium({ CHROMIUM_PATH: '/nowhere' }, (path) => path !== '/nowhere', always)).toBeUndefined();
    expect(pdfChromium({}, always, () => false)).toBeUndefined();
  });
});
