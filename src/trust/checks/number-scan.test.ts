import { describe, expect, it } from 'vitest';
import { datePattern, findStrayNumbers, monthNamesFor, strayNumbers } from './number-scan';
import { formatFigure, formatNumber } from '../figures';

const monthNames = monthNamesFor('en-GB');
const options = { monthNames, figures: new Set(['54', '230,000', '110']), allow: new Set<string>() };
const words = ['zero', 'one', 'two', 'three', 'four', 'five'];

describe('writing figures', () => {
  it('groups digits the way the locale does', () => {
    expect(formatNumber(230000, 'en-GB')).toBe('230,000');
    expect(formatNumber(230000, 'de-DE')).toBe('230.000');
  });

  it('spells out small numbers from the edition’s word list', () => {
    expect(formatFigure(5, { locale: 'en-GB', numberWords: words }, 'word')).toBe('five');
    expect(formatFigure(5, { locale: 'en-GB', numberWords: words })).toBe('5');
  });

  it('refuses to spell out a number the edition has no word for', () => {
    expect(() => formatFigure(54, { locale: 'en-GB', numberWords: words }, 'word')).toThrow(/54 cannot be spelled out \(words exist for 0 to 5\)/);
  });
});

describe('finding untraceable numbers in text', () => {
  it('knows the month names of the edition', () => {
    expect(monthNames[0]).toBe('January');
    expect(monthNames[11]).toBe('December');
  });

  it('accepts ledger figures and dates in every written form', () => {
    const text = 'On 12 September 2022, at least 54 offices; by September 12, 2022 or May 2023, 230,000 people. From 2016 to 2018, set for 30 May.';
    expect(strayNumbers(text, options)).toEqual([]);
    expect('12 September 2022'.replace(datePattern(monthNames), '')).toBe('');
  });

  it('skips digits that are part of a name', () => {
    expect(strayNumbers('Agencies such as MI5 and the G7.', options)).toEqual([]);
  });

  it('reports a number that is not in the ledger, nor a date, nor allowed', () => {
    expect(strayNumbers('At least 55 offices, and 230,001 people.', options)).toEqual(['55', '230,001']);
  });

  it('accepts a number on the allow-list', () => {
    expect(strayNumbers('Call 999.', { ...options, allow: new Set(['999']) })).toEqual([]);
  });
});

describe('locating untraceable numbers', () => {
  it('gives each stray number its position in the original text, dates included', () => {
    const text = 'On 12 September 2022 we found 55 offices.';
    expect(findStrayNumbers(text, options)).toEqual([{ token: '55', index: text.indexOf('55') }]);
  });
});
