/**
 * End-to-end tests run against the built site served by `astro preview`, in
 * Chromium launched by path: Debian's /usr/bin/chromium by default, or any
 * browser named by CHROMIUM_PATH (e.g. Playwright's own, on a developer's machine).
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined);
const port = Number(process.env.PREVIEW_PORT ?? 4321);
const basePath = process.env.BASE_PATH ?? '/';
// The site-wide quality gates live in tests/e2e/gates/ (a regular expression,
// because a glob would also match a checkout that sits in a folder named "gates").
const GATES = /tests\/e2e\/gates\/.*\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // Generous per-test budget: scrolly tests walk many steps, and CI runs on 2 shared cores.
  // (Speed is measured by `npm run bench`, never asserted here.)
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // Behaviour, with JavaScript; no-javascript.spec.ts turns it off for what differs without it.
    // Static facts of the built pages are checked without a browser (tests/dist/).
    { name: 'behaviour', testIgnore: GATES, use: { ...devices['Desktop Chrome'], javaScriptEnabled: true } },
    // Quality gates (accessibility, keyboard, reflow, motion, security, byte budget):
    // one page of each template (tests/support/templates.ts) at two widths.
    // Tests that need JavaScript off open their own context.
    { name: 'gates', testMatch: GATES, use: { ...devices['Desktop Chrome'], javaScriptEnabled: true } },
  ],
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
