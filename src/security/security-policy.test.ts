import { describe, expect, it } from 'vitest';
import { parseCsp } from './csp';
import { headersFor, parseHeadersFile } from '../../tools/headers-file';
import { buildHeadersFile, cspConfig, HASHED_ASSET_CACHE, headersFileLimits, PAGE_CACHE } from './security-policy';

const policy = parseCsp("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'");
const pages = ['index.html', '404.html', 'chapters/a/index.html', 'chapters/b/index.html', 'embed/map/index.html'];

function served(base: string, path: string) {
  return headersFor(parseHeadersFile(buildHeadersFile({ base, pages, policy })), path);
}

describe('the security headers the build writes', () => {
  it('never allows inline script in the CSP Astro writes into pages', () => {
    const scriptSources = JSON.stringify(cspConfig.scriptDirective);
    expect(scriptSources).not.toContain('unsafe-inline');
    expect(scriptSources).not.toContain('unsafe-eval');
    expect(cspConfig.directives?.some((directive) => /^default-src 'self'$/.test(directive))).toBe(true);
  });

  it('sends one CSP per page, which forbids framing except for embeds', () => {
    for (const path of ['/', '/index.html', '/404.html', '/chapters/a/']) {
      const csp = served('/', path).get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self' 'sha256-abc='");
      expect(csp, path).toContain("frame-ancestors 'none'");
      // One policy: a comma would mean the host joined two.
      expect(csp, path).not.toContain(',');
      expect(served('/', path).get('x-frame-options'), path).toBe('DENY');
      expect(served('/', path).get('cache-control'), path).toBe(PAGE_CACHE);
    }
    const embed = served('/', '/embed/map/');
    expect(embed.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.has('x-frame-options')).toBe(false);
  });

  it('sends privacy headers with everything and caches hashed assets for a year', () => {
    const asset = served('/', '/_astro/app.abc123.js');
    expect(asset.get('referrer-policy')).toBe('no-referrer');
    expect(asset.get('x-content-type-options')).toBe('nosniff');
    expect(asset.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(asset.get('cache-control')).toBe(HASHED_ASSET_CACHE);
    expect(asset.has('content-security-policy')).toBe(false);
  });

  it('puts every rule under the base path of a sub-path build', () => {
    const text = buildHeadersFile({ base: '/overseas-110/', pages, policy });
    const patterns = parseHeadersFile(text).map((rule) => rule.pattern);
    expect(patterns.every((pattern) => pattern.startsWith('/overseas-110/'))).toBe(true);
    expect(served('/overseas-110/', '/overseas-110/chapters/a/').get('x-frame-options')).toBe('DENY');
    expect(served('/overseas-110/', '/chapters/a/').has('content-security-policy')).toBe(false);
  });

  it('warns when a host would not read the whole file', () => {
    expect(headersFileLimits(buildHeadersFile({ base: '/', pages, policy }))).toEqual([]);
    const manyPages = Array.from({ length: 120 }, (_, index) => `page-${index}.html`);
    expect(headersFileLimits(buildHeadersFile({ base: '/', pages: manyPages, policy }))[0]).toMatch(/rules; Cloudflare Pages reads at most 100/);
    const longPolicy = parseCsp(`script-src ${Array.from({ length: 60 }, (_, index) => `'sha256-${'x'.repeat(40)}${index}='`).join(' ')}`);
    expect(headersFileLimits(buildHeadersFile({ base: '/', pages, policy: longPolicy })).join('\n')).toMatch(/characters; Cloudflare Pages reads at most 2000/);
  });
});
