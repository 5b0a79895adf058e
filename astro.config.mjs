// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { chartStateStyles } from './src/charts/state-styles.ts';
import { redirectPages } from './src/sharing/redirects/redirect-pages.ts';
import { securityHeaders } from './src/security/headers-integration.ts';
import { offlineEditionsIntegration } from './src/downloads/offline/offline-integration.ts';
import { serifCoreFont } from './src/fonts/serif-core-font.ts';
import { cspConfig } from './src/security/security-policy.ts';
import { notFoundPages } from './src/i18n/not-found-pages.ts';
import { LANGUAGES } from './src/i18n/languages.ts';

// SITE_URL and BASE_PATH let a newsroom mirror or a project page host the build
// at its own address (for example BASE_PATH=/overseas-110/). Without SITE_URL the
// build names no host: no canonical or share-card addresses and no sitemap, and the
// addresses handed out (Cite this, embed code) are completed in the browser from the
// address the page is served from (src/sharing/copy/site-address.client.ts).
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH ?? '/';

// The sitemap lists each page with its alternates in the other languages (xhtml:link hreflang).
const sitemapLanguages = { defaultLocale: 'en', locales: Object.fromEntries(LANGUAGES.map((language) => [language.prefix.replace(/\/$/, '') || 'en', language.tag])) };

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Chapters merged in December 2026 (issue 23): their old pages send readers
  // to the chapter, and the section, that now holds their material.
  redirects: {
    '/chapters/how-do-they-work/': '/chapters/what-are-the-stations/#how-do-they-bring-people-back',
    '/chapters/who-says-so/': '/chapters/what-are-the-stations/#what-does-china-say',
    '/chapters/finn-lau/': '/chapters/britain/#finn-lau',
  },
  // Embed pages are for other sites' iframes; their canonical address is the chart in the story.
  // The offline editions are made last, from the built story pages, after the site's headers.
  integrations: [serifCoreFont(), mdx(), svelte(), ...(site ? [sitemap({ filter: (page) => !page.includes('/embed/') && !/\/404\/?$/.test(page), i18n: sitemapLanguages })] : []), redirectPages(), notFoundPages(), securityHeaders(), offlineEditionsIntegration()],
  // Stylesheets are small: inlined, the first paint needs no extra round trip.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page's <meta>; the same policy,
  // with frame rules, goes to dist/_headers (see src/security/security-policy.ts).
  security: { csp: cspConfig },
  // The story has no code blocks, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // The charts' rules for each state index, as many as the registered charts need.
  vite: { plugins: [chartStateStyles()] },
});
