/// <reference types="vitest/config" />
// Vitest runs with Astro's own Vite config, so .astro and .svelte files and
// astro:* modules resolve in unit and server-render tests as they do in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Unit tests sit beside the code they test; test data stays in tests/fixtures/.
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
  },
});
