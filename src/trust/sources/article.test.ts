import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The article is the spine of the story; a changed byte would silently break
// every verbatim quote check, so its checksum is pinned.
const SEED = 'seeds/000_bee7d83bfa564166.txt';
const SHA256 = '270ddbfeb88a0cfe6e3d099f4d47d9ff7d5da4ba36919f6beaca4a71ab72fc83';

describe('the seed article', () => {
  it('is byte-identical to the shared original', () => {
    const digest = createHash('sha256').update(readFileSync(SEED)).digest('hex');
    expect(digest).toBe(SHA256);
  });
});
