/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and
 * answers which headers a host sends for a path. The test server uses it, so
 * the browser tests see the headers a real host would send.
 */

export interface HeaderRule {
  /** A path pattern: `*` matches anything (also "/" and nothing), `:name` one path segment. */
  pattern: string;
  /** Header name and value pairs, in file order. */
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers, line ${index + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

export function patternMatches(pattern: string, pathname: string): boolean {
  return patternToRegExp(pattern).test(pathname);
}

/**
 * The headers sent for `pathname`: every matching rule applies, and a header
 * set by more than one rule is sent once with the values joined by ", ", as
 * Netlify and Cloudflare Pages do. Names are returned in lower case.
 */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}
