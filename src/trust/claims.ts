/**
 * The seed coverage ledger (content/claims.yaml): every statement of the
 * article, each an id and its words, copied from the article, and either used
 * by a chapter or set aside with the reason. The loader checks the words are
 * really in the article and that every sentence of the article is covered; the
 * story checks (./evidence) make sure every claim not set aside is used.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { uncoveredSentences } from './checks/evidence-check';
import { containsVerbatim } from './checks/quote-check';
import { ContentError, parseOrThrow } from '../shared/validation-error';
import { ARTICLE_FILE, articleParagraphs, articleText } from './sources/article';
import { assertSameIds, readTranslatedYaml } from '../i18n/content-files';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';

export const CLAIMS_FILE = 'content/claims.yaml';

export const claimSchema = z
  .strictObject({
    id: z.string().regex(/^[cq]-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must start with c- (a claim) or q- (a quote), then lower-case words joined by hyphens'),
    kind: z.enum(['claim', 'quote']),
    words: z.string().min(3),
    /** Why the story does not use this statement of the article (it is wrong, unverified, or not a fact). */
    set_aside: z.string().min(20).optional(),
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

/** Fails when a sentence of the article is covered by no claim, used or set aside. */
export function assertArticleCovered(claims: ReadonlyMap<string, Claim>, paragraphs: readonly string[], file: string, articleFile: string): void {
  const missing = uncoveredSentences(paragraphs, [...claims.values()].map((claim) => claim.words));
  if (missing.length > 0) {
    throw new ContentError(
      `${file}: ${missing.length === 1 ? 'this sentence' : `these ${missing.length} sentences`} of ${articleFile} ${missing.length === 1 ? 'is' : 'are'} in no claim, used or set aside: ` +
        `${missing.map((sentence) => `"${sentence}"`).join('; ')}. Add a claim for each, with its words, and use it in a chapter or set it aside with the reason.`,
    );
  }
}

let cache: Map<string, Claim> | undefined;

export function getClaims(): Map<string, Claim> {
  if (cache) return cache;
  const claims = parseClaims(readFileSync(CLAIMS_FILE, 'utf8'), CLAIMS_FILE, articleText(), ARTICLE_FILE);
  assertArticleCovered(claims, articleParagraphs(), CLAIMS_FILE, ARTICLE_FILE);
  cache = claims;
  return cache;
}

/**
 * The reasons for setting claims aside, in a language: a translation gives
 * `id: reason` for exactly the claims that are set aside (the claims' words
 * stay in English: they are the article's).
 */
function setAsideReasons(lang: Lang): Map<string, string> {
  const claims = [...getClaims().values()].filter((claim) => claim.set_aside);
  if (wordsOf(lang) === SOURCE_LANG) return new Map(claims.map((claim) => [claim.id, claim.set_aside ?? '']));
  const { file, data } = readTranslatedYaml(CLAIMS_FILE, lang);
  const reasons = parseOrThrow(z.record(z.string(), z.string().min(10)), data, { file });
  assertSameIds(
    file,
    claims.map((claim) => claim.id),
    Object.keys(reasons),
    {
      missing: (id) => `no reason for "${id}", which ${CLAIMS_FILE} sets aside. Add its translation.`,
      extra: (id) => `"${id}" is not a claim that ${CLAIMS_FILE} sets aside. Remove it or fix the id.`,
    },
  );
  return new Map(Object.entries(reasons));
}

/** The claims set aside, with their reasons in the page's language, in ledger order: listed on the method page. */
export function setAsideClaims(lang: Lang = SOURCE_LANG): Claim[] {
  const reasons = setAsideReasons(lang);
  return [...getClaims().values()].filter((claim) => claim.set_aside).map((claim) => ({ ...claim, set_aside: reasons.get(claim.id) }));
}
