import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from './headers-file';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'

/embed/*
  Content-Security-Policy: frame-ancestors *

/chapters/:slug/
  Cache-Control: public, max-age=300
`;

describe('_headers files', () => {
  it('reads rules with their headers, skipping comments and blank lines', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/embed/*', '/chapters/:slug/']);
    expect(rules[0]?.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "default-src 'self'"],
    ]);
  });

  it('names the line of a header outside any rule', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
  });

  it('matches splats and placeholders as static hosts do', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/chapters/*', '/chapters/x/')).toBe(true);
    expect(patternMatches('/chapters/*', '/chapter/')).toBe(false);
    expect(patternMatches('/chapters/:slug/', '/chapters/x/')).toBe(true);
    expect(patternMatches('/chapters/:slug/', '/chapters/x/y/')).toBe(false);
    expect(patternMatches('/index.html', '/indexXhtml')).toBe(false);
  });

  it('joins a header set by several matching rules with commas', () => {
    const headers = headersFor(parseHeadersFile(file), '/embed/map/');
    expect(headers.get('content-security-policy')).toBe("default-src 'self', frame-ancestors *");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.has('cache-control')).toBe(false);
  });
});
