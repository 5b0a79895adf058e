/**
 * Reads, merges and writes Content-Security-Policy strings. The build uses it
 * to turn the per-page policies Astro writes into <meta> tags into the one
 * policy the _headers file sends, which must allow everything any page needs
 * and nothing more.
 */

/** A policy as directive name → source list, in the order the directives appeared. */
export type Policy = Map<string, string[]>;

export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializeCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

// CSP Level 3 fallback chains: a missing directive borrows the first present
// one on its list. Directives not listed here (base-uri, form-action,
// frame-ancestors, sandbox…) have no fallback: missing means unrestricted.
const FALLBACKS: Record<string, string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
  'child-src': ['default-src'],
  'connect-src': ['default-src'],
  'font-src': ['default-src'],
  'img-src': ['default-src'],
  'manifest-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'script-src': ['default-src'],
  'style-src': ['default-src'],
};

/** The sources a policy allows for a directive, following fallbacks; undefined means no restriction. */
export function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  for (const name of [directive, ...(FALLBACKS[directive] ?? [])]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/**
 * The smallest single policy that allows everything each of `policies`
 * allows: per directive, the union of the sources. A directive that some
 * policy leaves unrestricted is left out of the result.
 */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  const names = new Set(policies.flatMap((policy) => [...policy.keys()]));
  for (const name of names) {
    const lists = policies.map((policy) => effectiveSources(policy, name));
    if (lists.some((list) => list === undefined)) continue;
    const union = [...new Set(lists.flatMap((list) => list ?? []))];
    // 'none' only means something alone; next to a real source it is an error.
    merged.set(name, union.length > 1 ? union.filter((source) => source !== "'none'") : union);
  }
  return merged;
}
