import { describe, expect, it } from 'vitest';
import { effectiveSources, mergePolicies, parseCsp, serializeCsp } from './csp';

describe('Content-Security-Policy strings', () => {
  it('reads directives and keeps the first of a repeated one', () => {
    const policy = parseCsp("default-src 'self';script-src 'self' 'sha256-a=';  ;script-src *; Upgrade-Insecure-Requests");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a='"]],
      ['upgrade-insecure-requests', []],
    ]);
  });

  it('writes a policy back in directive order', () => {
    expect(serializeCsp(parseCsp("img-src 'self' data:;object-src 'none'"))).toBe("img-src 'self' data:; object-src 'none'");
  });

  it('follows CSP fallbacks for missing directives', () => {
    const policy = parseCsp("default-src 'self'; script-src 'sha256-a='");
    expect(effectiveSources(policy, 'script-src-elem')).toEqual(["'sha256-a='"]);
    expect(effectiveSources(policy, 'img-src')).toEqual(["'self'"]);
    expect(effectiveSources(policy, 'frame-ancestors')).toBeUndefined();
  });
});

describe('merging the pages’ policies into one', () => {
  it('allows the union of what each page allows', () => {
    const merged = mergePolicies([
      parseCsp("default-src 'self'; script-src 'self' 'sha256-a='"),
      parseCsp("default-src 'self'; script-src 'self' 'sha256-b='; img-src data:"),
    ]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a='", "'sha256-b='"]);
    // The first page had no img-src, so it allowed images from default-src.
    expect(merged.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('drops a directive that some page leaves unrestricted', () => {
    const merged = mergePolicies([parseCsp("default-src 'self'; base-uri 'self'"), parseCsp("default-src 'self'")]);
    expect(merged.has('base-uri')).toBe(false);
    expect(merged.get('default-src')).toEqual(["'self'"]);
  });

  it("drops 'none' once a real source is allowed", () => {
    const merged = mergePolicies([parseCsp("object-src 'none'"), parseCsp("object-src 'self'")]);
    expect(merged.get('object-src')).toEqual(["'self'"]);
  });
});
