/**
 * The article's claims and quotes (content/claims.yaml): each an id and the
 * words, copied from the article. The loader checks the words are really in
 * the article; the story checks (./evidence) make sure every one is used.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { containsVerbatim } from './checks/quote-check';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { ARTICLE_FILE, articleText } from './sources/article';

export const CLAIMS_FILE = 'content/claims.yaml';

export const claimSchema = z
  .strictObject({
    id: z.string().regex(/^[cq]-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must start with c- (a claim) or q- (a quote), then lower-case words joined by hyphens'),
    kind: z.enum(['claim', 'quote']),
    words: z.string().min(3),
  })
  .refine((claim) => claim.id.startsWith(claim.kind === 'claim' ? 'c-' : 'q-'), { message: 'a claim id starts with c-, a quote id with q-', path: ['id'] });

export type Claim = z.infer<typeof claimSchema>;

/** Parses and checks a claims file against the article text. */
export function parseClaims(yamlText: string, file: string, article: string, articleFile: string): Map<string, Claim> {
  const data: unknown = parse(yamlText);
  const entries = parseOrThrow(z.array(z.unknown()), data, { file });
  const claims = new Map<string, Claim>();
  entries.forEach((entry, index) => {
    const claim = parseOrThrow(claimSchema, entry, { file: `${file}, entry ${index + 1}` });
    if (claims.has(claim.id)) throw new ContentError(`${file}: the claim id "${claim.id}" is used twice.`);
    if (!containsVerbatim(claim.words, article)) {
      throw new ContentError(`${file}: the words of "${claim.id}" are not word for word in ${articleFile}: "${claim.words}".`);
    }
    claims.set(claim.id, claim);
  });
  return claims;
}

let cache: Map<string, Claim> | undefined;

export function getClaims(): Map<string, Claim> {
  cache ??= parseClaims(readFileSync(CLAIMS_FILE, 'utf8'), CLAIMS_FILE, articleText(), ARTICLE_FILE);
  return cache;
}
