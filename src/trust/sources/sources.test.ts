import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE, articleBytes } from './article';
import { getLedger, renderFigure } from '../ledger';
import { assertSourcesExist, getSources, hostOf, toSource, type SourceRow } from './sources';
import { parseCsvText } from '../../shared/csv';
import { formatSourceDate } from '../../shared/dates';
import { sourceSchema } from './sources';

describe('the sources registry', () => {
  const sources = getSources();

  it('loads every row and starts with the article itself', () => {
    expect(sources.size).toBe(74);
    const voa = sources.get('voa');
    expect(voa).toMatchObject({ title: 'How China’s security services target overseas dissidents', date: '2022-10', kind: 'news', url: '/sources/article/' });
    expect(voa?.external).toBe(false);
  });

  it('serves our copy of the article byte for byte', () => {
    expect(articleBytes().equals(readFileSync(ARTICLE_FILE))).toBe(true);
  });

  it('rejects a row with a bad address, naming the file, row and column', () => {
    const csv = 'id,title,publisher,date,url,original_url,kind,note\nS99,A title,A publisher,2022-10,www.example.org,,news,\n';
    expect(() => parseCsvText(csv, sourceSchema, 'content/data/sources.csv')).toThrow(/content\/data\/sources\.csv, row 2:\n {2}- column "url"/);
  });

  it('rejects an unknown kind of source', () => {
    const csv = 'id,title,publisher,date,url,original_url,kind,note\nS99,A title,A publisher,2022-10,https://e.org/,,blog,\n';
    expect(() => parseCsvText(csv, sourceSchema, 'x.csv')).toThrow(/column "kind" \(value: "blog"\)/);
  });

  it('resolves our own copies under the site base and names outside hosts', () => {
    const row: SourceRow = { id: 'x', title: 'T', publisher: 'P', date: '', url: '/sources/article/', original_url: '', kind: 'news', note: '' };
    expect(toSource(row, '/overseas-110/').href).toBe('/overseas-110/sources/article/');
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
