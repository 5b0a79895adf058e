/**
 * The site's security and privacy policy in one place: the Content-Security-
 * Policy Astro writes into every page's <meta> tag, and the `_headers` file a
 * static host (Netlify, Cloudflare Pages) sends with every response. Nothing
 * may load from another host, no page may be framed except the embeds, and
 * no browser feature the story does not use is available to it.
 */
import type { AstroUserConfig } from 'astro';
import { LANGUAGES } from '../i18n/languages.ts';
import { type Policy, serializeCsp } from './csp.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Astro's CSP settings. Astro adds the hashes of its own inline scripts and
 * styles to script-src and style-src. Inline style *attributes* stay allowed
 * (charts may position marks with them; they cannot run code); inline scripts
 * other than Astro's hashed ones, and event-handler attributes, never are.
 */
export const cspConfig: CspConfig = {
  algorithm: 'SHA-256',
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptDirective: { resources: ["'self'"] },
  // Astro warns at build that 'self' does not reach style-src-attr: intended,
  // an attribute loads nothing.
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};

/** Pages under this folder are charts made to be framed by other sites. */
export const EMBED_FOLDER = 'embed';

/** Browser features nobody needs to read a story: all switched off (copying a link is allowed). */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'clipboard-read=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Sent with every response. */
export const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files under _astro/ have a content hash in their name, so they never change. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Pages change when a correction is published: caches must check again soon. */
export const PAGE_CACHE = 'public, max-age=300, must-revalidate';

// Cloudflare Pages reads at most 100 rules and 2,000 characters a line.
export const MAX_RULES = 100;
export const MAX_LINE = 2000;

export interface HeadersFileInput {
  /** The site's base path, starting and ending with "/". */
  base: string;
  /** Every built HTML file, relative to the output folder ("index.html", "chapters/x/index.html", "404.html"). */
  pages: string[];
  /** One policy that allows what every page's own <meta> policy allows (see mergePolicies). */
  policy: Policy;
}

/** Headers for pages: the CSP (with the frame rule a <meta> tag cannot carry), framing and caching. */
function pageHeaders(policy: Policy, framable: boolean): [string, string][] {
  const withFrames: Policy = new Map(policy);
  withFrames.set('frame-ancestors', [framable ? '*' : "'none'"]);
  const headers: [string, string][] = [['Content-Security-Policy', serializeCsp(withFrames)]];
  if (!framable) headers.push(['X-Frame-Options', 'DENY']);
  headers.push(['Cache-Control', PAGE_CACHE]);
  return headers;
}

/** The language folders (/zh-hans/, /zh-hant/): each is a site of its own, with its own embeds. */
const LANGUAGE_FOLDERS = new Set(LANGUAGES.map((language) => language.prefix.replace(/\/$/, '')).filter(Boolean));

/**
 * Rule paths for the pages: one splat per top-level folder ("/chapters/*"),
 * and each top-level file by name; a language folder gets the same inside it
 * ("/zh-hans/embed/*", "/zh-hans/"). Rules never overlap on a header, because
 * hosts join repeated headers with commas, and two CSP headers mean two
 * policies, both enforced.
 */
function pagePatterns(base: string, pages: string[]): { pattern: string; framable: boolean }[] {
  const patterns = new Map<string, boolean>();
  for (const page of pages) {
    const [language, ...inside] = page.split('/');
    const inLanguage = language !== undefined && LANGUAGE_FOLDERS.has(language) && inside.length > 0;
    const root = inLanguage ? `${base}${language}/` : base;
    const [first, ...rest] = inLanguage ? inside : page.split('/');
    if (!first) continue;
    if (rest.length > 0) patterns.set(`${root}${first}/*`, first === EMBED_FOLDER);
    else if (first === 'index.html') {
      patterns.set(root, false);
      patterns.set(`${root}index.html`, false);
    } else patterns.set(`${root}${first}`, false);
  }
  return [...patterns].map(([pattern, framable]) => ({ pattern, framable })).sort((a, b) => a.pattern.localeCompare(b.pattern));
}

function formatRule(pattern: string, headers: [string, string][]): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

export function buildHeadersFile({ base, pages, policy }: HeadersFileInput): string {
  const rules = [
    formatRule(`${base}*`, COMMON_HEADERS),
    formatRule(`${base}_astro/*`, [['Cache-Control', HASHED_ASSET_CACHE]]),
    ...pagePatterns(base, pages).map(({ pattern, framable }) => formatRule(pattern, pageHeaders(policy, framable))),
  ];
  const header = '# Security, privacy and cache headers for static hosts (Netlify, Cloudflare Pages).\n# Written by the build from src/security/security-policy.ts: edit that file, not this one.\n';
  return `${header}\n${rules.join('\n\n')}\n`;
}

/** Problems a host would have with the file: too many rules, or lines too long. */
export function headersFileLimits(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((line) => line !== '' && !line.startsWith('#') && !/^\s/.test(line)).length;
  const problems: string[] = [];
  if (rules > MAX_RULES) problems.push(`_headers has ${rules} rules; Cloudflare Pages reads at most ${MAX_RULES}.`);
  lines.forEach((line, index) => {
    if (line.length > MAX_LINE) problems.push(`_headers, line ${index + 1}, is ${line.length} characters; Cloudflare Pages reads at most ${MAX_LINE}.`);
  });
  return problems;
}
