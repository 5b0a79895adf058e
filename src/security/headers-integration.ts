/**
 * Astro integration that writes `_headers` into the build output once every
 * page exists: it reads each page's own CSP <meta> tag (hashes included) and
 * sends one policy that covers them all, plus the headers a <meta> tag cannot
 * carry (frame-ancestors, Permissions-Policy, nosniff, caching).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mergePolicies, parseCsp } from './csp.ts';
import { htmlElements, metaCsp } from './html-document.ts';
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
        const policies = await Promise.all(
          pages.map(async (page) => {
            const csp = metaCsp(htmlElements(await readFile(join(root, page), 'utf8')));
            if (!csp) throw new Error(`${page}: no <meta http-equiv="content-security-policy"> tag. Is security.csp still set in astro.config.mjs?`);
            return parseCsp(csp);
          }),
        );
        const text = buildHeadersFile({ base, pages, policy: mergePolicies(policies) });
        for (const problem of headersFileLimits(text)) logger.warn(problem);
        await writeFile(join(root, '_headers'), text);
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
