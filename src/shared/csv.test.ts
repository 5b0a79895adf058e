import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCsvText, splitIds } from './csv';

const schema = z.object({ id: z.string().min(1), count: z.coerce.number().int().nonnegative() });

describe('CSV rows', () => {
  it('parses valid rows', () => {
    expect(parseCsvText('id,count\na,3\nb,0\n', schema, 'x.csv')).toEqual([
      { id: 'a', count: 3 },
      { id: 'b', count: 0 },
    ]);
  });

  it('names the file, row and column of a bad value', () => {
    expect(() => parseCsvText('id,count\na,3\nb,-2\n', schema, 'content/data/x.csv')).toThrow(
      /content\/data\/x\.csv, row 3:\n {2}- column "count" \(value: "-2"\)/,
    );
  });

  it('refuses an id used twice, naming the file, row and column', () => {
    expect(() => parseCsvText('id,count\na,3\na,4\n', schema, 'x.csv', { unique: 'id' })).toThrow(/x\.csv, row 3:\n {2}- column "id": "a" is used twice/);
    expect(parseCsvText('id,count\na,3\na,4\n', schema, 'x.csv')).toHaveLength(2);
  });

  it('splits source id lists', () => {
    expect(splitIds('S04; S05;;S71')).toEqual(['S04', 'S05', 'S71']);
  });
});
