import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE, articleBytes } from './article';
import { getLedger, renderFigure } from '../ledger';
import { assertSourcesExist, getSources, hostOf, toSource, type SourceRow } from './sources';
import { parseCsvText } from '../../shared/csv';
import { formatSourceDate } from '../../shared/dates';
import { sourceSchema } from './sources';
import { nonPublisherHosts } from './non-publisher-hosts';
import { assertPrimaryLinks, nonPublisherOf } from './primary-links';

describe('the sources registry', () => {
  const sources = getSources();

  it('loads every row and starts with the report itself, credited to VOA and its reporter', () => {
    expect(sources.size).toBeGreaterThan(100);
    expect([...sources.keys()][0]).toBe('voa');
    const voa = sources.get('voa');
    expect(voa).toMatchObject({ title: 'China’s ‘Overseas Police Stations’ Breach Sovereignty, Report Says', publisher: 'Voice of America (Henry Ridgwell, London)', date: '2022-10', kind: 'news' });
    expect(voa?.host).toBe('voacantonese.com');
    expect(voa?.copy_url).toBe('/sources/article/');
    expect(voa?.copyExternal).toBe(false);
    expect(sources.get('china-factor')).toMatchObject({ title: 'How China’s security services target overseas dissidents', date: '2022-10-12' });
  });

  it('never has a mirror, repost, blog or encyclopedia as a primary link', () => {
    const hosts = nonPublisherHosts();
    const offenders = [...sources.values()].filter((source) => nonPublisherOf(source.url, hosts)).map((source) => source.id);
    expect(offenders).toEqual([]);
    // The copies are where such sites belong, and there are many.
    expect([...sources.values()].filter((source) => nonPublisherOf(source.copy_url, hosts)).length).toBeGreaterThan(20);
  });

  it('fails the build on a source whose primary link is a mirror, naming the file, the row and the site', () => {
    const hosts = [{ host: 'r.genit.al', what: 'mirror', why: 'A mirror of Reddit threads.' }];
    expect(() => assertPrimaryLinks([{ id: 'S05', url: 'https://r.genit.al/r/europe/comments/x' }], hosts, 'content/data/sources.csv')).toThrow(
      /content\/data\/sources\.csv: the source "S05" has a mirror as its primary link \(r\.genit\.al: A mirror of Reddit threads\.\)/,
    );
    expect(() => assertPrimaryLinks([{ id: 'S09', url: 'https://en.wikipedia.org/wiki/X' }], [{ host: 'wikipedia.org', what: 'encyclopedia', why: 'An encyclopedia.' }], 'f.csv')).toThrow(/encyclopedia/);
    expect(() => assertPrimaryLinks([{ id: 'S05', url: 'https://www.bbc.com/news/x' }, { id: 'S30', url: '' }], hosts, 'f.csv')).not.toThrow();
  });

  it('refuses an encyclopedia as a source, and a copy without its kind', () => {
    const head = 'id,title,publisher,date,url,copy_url,copy_kind,kind,note\n';
    expect(() => parseCsvText(`${head}S99,A title,A publisher,2022-10,https://e.org/,,,encyclopedia,\n`, sourceSchema, 'x.csv')).toThrow(/cite the work it cites/);
    expect(() => parseCsvText(`${head}S99,A title,A publisher,2022-10,https://e.org/,https://copy.org/,,news,\n`, sourceSchema, 'x.csv')).toThrow(/copy_kind/);
    expect(() => parseCsvText(`${head}S99,A title,A publisher,2022-10,,,,news,\n`, sourceSchema, 'x.csv')).toThrow(/needs an address/);
  });

  it('serves our copy of the article byte for byte', () => {
    expect(articleBytes().equals(readFileSync(ARTICLE_FILE))).toBe(true);
  });

  it('rejects a row with a bad address, naming the file, row and column', () => {
    const csv = 'id,title,publisher,date,url,copy_url,copy_kind,kind,note\nS99,A title,A publisher,2022-10,www.example.org,,,news,\n';
    expect(() => parseCsvText(csv, sourceSchema, 'content/data/sources.csv')).toThrow(/content\/data\/sources\.csv, row 2:\n {2}- column "url"/);
  });

  it('rejects an unknown kind of source', () => {
    const csv = 'id,title,publisher,date,url,copy_url,copy_kind,kind,note\nS99,A title,A publisher,2022-10,https://e.org/,,,blog,\n';
    expect(() => parseCsvText(csv, sourceSchema, 'x.csv')).toThrow(/column "kind" \(value: "blog"\)/);
  });

  it('resolves our own copies under the site base and names outside hosts', () => {
    const row: SourceRow = { id: 'x', title: 'T', publisher: 'P', date: '', url: 'https://www.voa.example/r', copy_url: '/sources/article/', copy_kind: 'our-copy', kind: 'news', note: '' };
    expect(toSource(row, '/overseas-110/').copyHref).toBe('/overseas-110/sources/article/');
    expect(toSource(row, '/overseas-110/').host).toBe('voa.example');
    expect(hostOf('https://www.newsweek.com/a')).toBe('newsweek.com');
  });

  it('fails on an unknown source id in a data row, naming the file, row and id', () => {
    expect(() => assertSourcesExist(['S04', 'S99'], 'content/data/timeline.csv, row 7')).toThrow(
      'content/data/timeline.csv, row 7: unknown source id "S99". Add it to content/data/sources.csv or fix the id.',
    );
  });
});

describe('source dates', () => {
  it('keeps a date exactly as precise as the registry has it', () => {
    expect(formatSourceDate('2022', 'en-GB', 'no date')).toBe('2022');
    expect(formatSourceDate('2022-10', 'en-GB', 'no date')).toBe('October 2022');
    expect(formatSourceDate('2022-09-12', 'en-GB', 'no date')).toBe('12 September 2022');
    expect(formatSourceDate('', 'en-GB', 'no date')).toBe('no date');
  });

  it('writes short ranges the way readers do', () => {
    // The platform decides the spacing around the dash (ICU uses thin spaces).
    expect(formatSourceDate('2022-10-19/20', 'en-GB', 'no date')).toMatch(/^19\s?–\s?20 October 2022$/);
    expect(formatSourceDate('2022-11/12', 'en-GB', 'no date')).toMatch(/^November\s?–\s?December 2022$/);
  });

  it('refuses a date it cannot read', () => {
    expect(() => formatSourceDate('n.d.', 'en-GB', 'no date')).toThrow(/"n\.d\." is not a date/);
  });
});

describe('the ledger of figures', () => {
  const ledger = getLedger();
  const sources = getSources();

  it('holds the key figures of the story, each with a scope, a date and known sources', () => {
    const key: Array<[string, number]> = [
      ['stations-sept-2022', 54],
      ['persuaded-2021-2022', 230000],
      ['continents-sept-2022', 5],
      ['uk-centres', 3],
      ['stations-dec-2022', 102],
      ['countries-dec-2022', 53],
      ['persuaded-april-2022', 210000],
      ['repatriated-2021', 610],
      ['emergency-number', 110],
    ];
    for (const [id, value] of key) expect(ledger.get(id)?.value, id).toBe(value);
  });

  it('gives every figure a scope, a period or date (the phone number aside), and registered sources', () => {
    for (const figure of ledger.values()) {
      expect(figure.scope.length, figure.id).toBeGreaterThan(10);
      if (figure.id !== 'emergency-number') expect(figure.period_end || figure.period_start, figure.id).not.toBe('');
      for (const id of figure.source_ids) expect(sources.has(id), `${figure.id} cites ${id}`).toBe(true);
    }
  });

  it('renders figures for readers', () => {
    const persuaded = ledger.get('persuaded-2021-2022');
    const continents = ledger.get('continents-sept-2022');
    if (!persuaded || !continents) throw new Error('key figures missing');
    expect(renderFigure(persuaded)).toBe('230,000');
    expect(renderFigure(continents, 'word')).toBe('five');
  });
});
