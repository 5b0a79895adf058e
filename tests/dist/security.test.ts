/**
 * Security, privacy and speed rules every built page keeps, read from the
 * files: no inline event handlers, no inline script the page's policy does
 * not name by hash, no referrer; the `_headers` file gives every page a strict
 * policy that allows its inline scripts, refuses framing except for embeds and
 * switches off browser features; no reader page fetches a script file while
 * it is read. The browser gate (tests/e2e/gates/security.spec.ts) runs pages
 * under these headers.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { allPages, BASE, fileOf, languageOf, readBuilt } from '../support/dist';
import { EMBED_FOLDER, headersFor, htmlElements, metaCsp, parseCsp, parseHeadersFile, scriptsFetchedByParser } from '../support/site';

const rules = parseHeadersFile(readBuilt('_headers').toString('utf8'));
const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe.each(allPages())('/%s', (address) => {
  const elements = htmlElements(readBuilt(fileOf(address)).toString('utf8'));
  const inlineScripts = elements.filter((element) => element.tag === 'script' && !element.attrs.has('src') && !/json/.test(element.attrs.get('type') ?? ''));
  const embed = languageOf(address).bare.startsWith(`${EMBED_FOLDER}/`);

  test('has no inline event handlers, no inline script outside its <meta> policy, and sends no referrer', () => {
    const handlers = elements.flatMap((element) => [...element.attrs.keys()].filter((name) => /^on/.test(name)).map((name) => `line ${element.line}: <${element.tag} ${name}>`));
    expect(handlers, 'inline event handlers (use addEventListener in a bundled script)').toEqual([]);
    const policy = parseCsp(metaCsp(elements) ?? '');
    expect(policy.get('script-src'), 'the page’s <meta> CSP').toBeDefined();
    const allowed = new Set(policy.get('script-src'));
    const unhashed = inlineScripts.filter((element) => !allowed.has(sha256(element.text))).map((element) => `line ${element.line}: ${element.text.slice(0, 60)}`);
    expect(unhashed, 'inline scripts the CSP would block').toEqual([]);
    expect(
      elements.some((element) => element.tag === 'meta' && element.attrs.get('name') === 'referrer' && element.attrs.get('content') === 'no-referrer'),
      '<meta name="referrer" content="no-referrer">',
    ).toBe(true);
  });

  test('is served (by _headers) with a strict policy that allows its own inline scripts', () => {
    // A static host serves "/x/" and "/x/index.html" alike; the folder form is the address readers use.
    const headers = headersFor(rules, `${BASE}${address}`);
    const policy = parseCsp(headers.get('content-security-policy') ?? '');
    expect(policy.size, 'a Content-Security-Policy header').toBeGreaterThan(0);
    expect(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
    expect(policy.get('script-src'), 'script-src').toBeDefined();
    expect(policy.get('script-src'), 'script-src must not allow inline code or eval').not.toEqual(expect.arrayContaining(["'unsafe-inline'"]));
    expect(policy.get('script-src')).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
    const allowed = new Set(policy.get('script-src'));
    expect(
      inlineScripts.filter((element) => !allowed.has(sha256(element.text))).map((element) => `line ${element.line}`),
      'inline scripts the header policy would block',
    ).toEqual([]);
    expect(policy.get('frame-ancestors'), 'frame-ancestors').toEqual([embed ? '*' : "'none'"]);
    expect(headers.get('x-frame-options'), 'X-Frame-Options').toBe(embed ? undefined : 'DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  if (!embed) {
    // Lighthouse's simulation counts every script the browser fetches at high
    // priority, module scripts included, as blocking the first paint. A reader
    // page runs its own small scripts inline, and islands fetch their code once
    // the page is idle. (Embed pages load pym.js inside someone else's page.)
    test('names no script file in its HTML (nothing to fetch before the first paint)', () => {
      expect(scriptsFetchedByParser(elements), 'script files fetched as the page is read (make them part of one inline script)').toEqual([]);
    });
  }
});
