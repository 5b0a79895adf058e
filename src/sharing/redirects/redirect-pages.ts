/**
 * Astro integration that rewrites the pages Astro writes for astro.config.mjs's
 * `redirects` as complete, valid documents: a language, a character set, a
 * viewport, a refresh in the form the HTML standard asks for ("0; url=…"), and
 * a visible link in the edition's words (content/ui/<lang>.json), so a reader
 * whose browser ignores the refresh still finds the chapter. Astro's own page
 * has none of these, and fails HTML validation. The canonical link names the
 * new address only when the build knows the site's address (SITE_URL).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeHtml } from '../../shared/html.ts';
import { buildAddresses } from '../../shared/site-address.ts';

const UI_FILE = 'content/ui/en.json';

/** The redirect page for one old address. `to` is the full new address, base included; `canonical` its absolute form, when known. */
export function redirectPageHtml(to: string, words: { lang: string; title: string; text: string }, canonical?: string): string {
  const href = escapeHtml(to);
  const canonicalLink = canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '';
  return (
    `<!doctype html><html lang="${escapeHtml(words.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(words.title)}</title>` +
    `<meta http-equiv="refresh" content="0; url=${href}">` +
    `<meta name="robots" content="noindex">` +
    canonicalLink +
    `</head><body><p><a href="${href}">${escapeHtml(words.text)}</a></p></body></html>\n`
  );
}

export function redirectPages(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let redirects: Record<string, string> = {};
  return {
    name: 'overseas-110:redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        ({ base, site, redirects } = buildAddresses(config));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const ui = JSON.parse(await readFile(UI_FILE, 'utf8')) as { lang: string; movedTitle: string; movedText: string; titleSeparator: string; siteName: string };
        for (const [from, to] of Object.entries(redirects)) {
          const target = `${base}${to.replace(/^\//, '')}`;
          // The title as every page's (src/shared/page-title.ts): its own name, the separator, the site's name.
          const words = { lang: ui.lang, title: `${ui.movedTitle}${ui.titleSeparator}${ui.siteName}`, text: ui.movedText };
          const file = join(root, from.replace(/^\//, ''), 'index.html');
          await writeFile(file, redirectPageHtml(target, words, site ? new URL(target, site).href : undefined));
        }
        logger.info(`${Object.keys(redirects).length} redirect pages written`);
      },
    },
  };
}
