import { describe, expect, it } from 'vitest';
import { linkFate, type LinkContext } from './offline-links.ts';

const ids = new Set(['main', 'britain', 'finn-lau', 'map-step-europe', 'note-1']);
const local: LinkContext = { ids, base: '/', site: undefined, page: '', redirects: { '/chapters/finn-lau/': '/chapters/britain/#finn-lau' } };
const live: LinkContext = { ...local, site: 'https://news.example.org' };
const fate = (href: string, context: LinkContext = local) => linkFate(href, context);

describe('linkFate', () => {
  it('keeps fragments that exist in the file and drops the others', () => {
    expect(fate('#map-step-europe')).toEqual({ kind: 'keep' });
    expect(fate('#')).toEqual({ kind: 'keep' });
    expect(fate('#gone')).toMatchObject({ kind: 'drop' });
  });

  it('keeps links to other sites', () => {
    expect(fate('https://voanews.com/a/1.html')).toEqual({ kind: 'keep' });
    expect(fate('https://voanews.com/a/1.html', live)).toEqual({ kind: 'keep' });
    expect(fate('mailto:desk@example.org')).toEqual({ kind: 'keep' });
  });

  it('turns the story page and chapter pages into places in the file', () => {
    expect(fate('/')).toEqual({ kind: 'rewrite', href: '#main' });
    expect(fate('/#map-step-europe')).toEqual({ kind: 'rewrite', href: '#map-step-europe' });
    expect(fate('/chapters/britain/')).toEqual({ kind: 'rewrite', href: '#britain' });
    expect(fate('/chapters/britain/#finn-lau')).toEqual({ kind: 'rewrite', href: '#finn-lau' });
    expect(fate('/chapters/britain/#not-here')).toEqual({ kind: 'rewrite', href: '#britain' });
    expect(fate('https://news.example.org/chapters/britain/', live)).toEqual({ kind: 'rewrite', href: '#britain' });
  });

  it('follows old addresses to where they lead', () => {
    expect(fate('/chapters/finn-lau/')).toEqual({ kind: 'rewrite', href: '#finn-lau' });
  });

  it('points other pages of the site at the live site when its address is known', () => {
    expect(fate('/sources/#source-voa', live)).toEqual({ kind: 'rewrite', href: 'https://news.example.org/sources/#source-voa' });
    expect(fate('/data/ledger.csv', live)).toEqual({ kind: 'rewrite', href: 'https://news.example.org/data/ledger.csv' });
    expect(fate('/zh-hans/#map-step-europe', live)).toEqual({ kind: 'rewrite', href: 'https://news.example.org/zh-hans/#map-step-europe' });
  });

  it('drops links to other pages of the site when its address is not known', () => {
    expect(fate('/sources/#source-voa')).toMatchObject({ kind: 'drop' });
    expect(fate('/glossary/')).toMatchObject({ kind: 'drop' });
    expect(fate('../data/')).toMatchObject({ kind: 'drop' });
  });

  it('works under a base path and for another language', () => {
    const zh: LinkContext = { ...live, base: '/overseas-110/', page: 'zh-hans/' };
    expect(fate('/overseas-110/zh-hans/chapters/britain/#finn-lau', zh)).toEqual({ kind: 'rewrite', href: '#finn-lau' });
    expect(fate('/overseas-110/zh-hans/', zh)).toEqual({ kind: 'rewrite', href: '#main' });
    expect(fate('/overseas-110/chapters/britain/', zh)).toEqual({ kind: 'rewrite', href: 'https://news.example.org/overseas-110/chapters/britain/' });
    expect(fate('/elsewhere/', zh)).toMatchObject({ kind: 'drop' });
  });
});
