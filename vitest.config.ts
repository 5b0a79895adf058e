/// <reference types="vitest/config" />
// Vitest runs with Astro's own Vite config, so .astro and .svelte files and
// astro:* modules resolve in unit and server-render tests as they do in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Unit tests sit beside the code they test; test data stays in tests/fixtures/.
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    // Test files share each worker's modules (d3, Astro's renderer, the content loaders) instead of
    // evaluating them once per file: a third of the time. So a test must not rely on a module's
    // state being fresh; none mocks modules.
    isolate: false,
  },
});
