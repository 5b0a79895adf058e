/**
 * Astro integration that writes `_headers` into the build output once every
 * page exists: it reads each page's own CSP <meta> tag (hashes included) and
 * sends one policy that covers them all, plus the headers a <meta> tag cannot
 * carry (frame-ancestors, Permissions-Policy, nosniff, caching). Redirect
 * pages (Astro's, for astro.config.mjs's redirects) have no script or style and
 * no CSP of their own; their folder's rule covers them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, parseCsp } from './csp.ts';
import { htmlElements, metaCsp, redirectTarget } from './html-document.ts';
import { buildHeadersFile, headersFileLimits } from './security-policy.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'overseas-110:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true }))
          .map((file) => file.split('\\').join('/'))
          .filter((file) => file.endsWith('.html'))
          .sort();
        const policies = (
          await Promise.all(
            pages.map(async (page) => {
              const elements = htmlElements(await readFile(join(root, page), 'utf8'));
              const csp = metaCsp(elements);
              if (csp) return [parseCsp(csp)];
              if (redirectTarget(elements) !== undefined) return [];
              throw new Error(`${page}: no <meta http-equiv="content-security-policy"> tag. Is security.csp still set in astro.config.mjs?`);
            }),
          )
        ).flat();
        const text = buildHeadersFile({ base, pages, policy: mergePolicies(policies) });
        for (const problem of headersFileLimits(text)) logger.warn(problem);
        await writeFile(join(root, '_headers'), text);
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
