/**
 * Astro integration: each language's not-found page where static hosts look
 * for it. Astro writes only the root src/pages/404.astro as /404.html; the
 * Chinese ones (src/pages/[lang]/404.astro) come out as /zh-hans/404/index.html,
 * and are moved to /zh-hans/404.html and /zh-hant/404.html, beside English's.
 * Runs before the security headers are written, which list every page.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGUAGES } from './languages.ts';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'overseas-110:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const language of LANGUAGES) {
          if (language.prefix === '') continue;
          const folder = join(root, language.prefix, '404');
          const built = join(folder, 'index.html');
          if (!existsSync(built)) throw new Error(`No not-found page was built for ${language.id} (${built}).`);
          await mkdir(join(root, language.prefix), { recursive: true });
          await rename(built, join(root, language.prefix, '404.html'));
          await rm(folder, { recursive: true });
        }
        logger.info('not-found pages moved to <lang>/404.html');
      },
    },
  };
}
