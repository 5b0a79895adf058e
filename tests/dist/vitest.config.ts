/**
 * Vitest over the built site (npm run test:dist): static facts of every built
 * page, read from dist/ with a real HTML parser. No browser, no Astro: a plain
 * Node run that takes seconds. Build first (npm run build).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    // One worker reuses the parsed pages across files (tests/support/dist.ts caches them).
    isolate: false,
  },
});
