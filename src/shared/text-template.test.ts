/** Placeholders in reader-facing text, filled from values computed from the data. */
import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn } from './text-template';

describe('text templates', () => {
  it('fills placeholders from values', () => {
    expect(fillTemplate('{located} of the {total} stations', { located: 52, total: 54 }, 'x.yaml')).toBe('52 of the 54 stations');
    expect(placeholdersIn('{a} and {b} and {a}')).toEqual(['a', 'b']);
  });

  it('names the file, the place and the unknown placeholder', () => {
    expect(() => fillTemplate('{totl} stations', { total: 54 }, 'content/charts/x.yaml, title')).toThrow('content/charts/x.yaml, title: unknown placeholder {totl}. Known here: total.');
  });
});
