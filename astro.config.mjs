// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';

// SITE_URL and BASE_PATH let a newsroom mirror or a project page host the build
// at its own address (for example BASE_PATH=/overseas-110/).
const site = process.env.SITE_URL ?? 'https://overseas110.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), svelte(), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
