/**
 * Security at run time, beyond one page of each template (whose headers,
 * CSP, requests and storage are checked in templates.spec.ts): an unknown
 * address gets the 404 page under the same policy, and other sites can frame
 * /embed/ pages only. The built site is served with the headers of its own
 * `_headers` file (the static server), as Netlify or Cloudflare Pages would
 * send them. What the built HTML and the `_headers` file say for every page is
 * checked in tests/dist/security.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { BASE, DIST, label } from '../../support/dist';
import { EMBED_FOLDER, startStaticServer, type StaticServer } from '../../support/site';
import { REPRESENTATIVES } from '../../support/templates';

let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, base: BASE });
});
test.afterAll(async () => {
  await server?.close();
});

test('an unknown address gets the 404 page, under the same policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(new URL('no-such-page/', server.url).href);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  // Its stylesheet loaded (under the page's own <meta> policy), so it is styled, not bare.
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test('other sites cannot frame the story; they can frame /embed/ pages', async ({ page }) => {
  // One page of each template that has its own folder (a static host serves the 404 page only for unknown addresses).
  const framed = REPRESENTATIVES.map((representative) => representative.path).filter((path) => path === '' || path.endsWith('/'));
  // The other site is a real server on another origin: Chromium refuses to let a
  // page faked with page.route() frame a local address, whatever the headers say.
  const body = `<!doctype html><title>embedder</title>${framed.map((path) => `<iframe src="${new URL(path, server.url).href}"></iframe>`).join('')}`;
  const embedder = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((done) => embedder.listen(0, '127.0.0.1', done));
  try {
    const { port } = embedder.address() as AddressInfo;
    expect(new URL(server.url).host, 'the embedder must be another origin').not.toBe(`localhost:${port}`);
    await page.goto(`http://localhost:${port}/`);
    await page.waitForLoadState('load');
    for (const path of framed) {
      const url = new URL(path, server.url).href;
      // A frame the browser refused shows an error page instead of the address.
      const frame = page.frames().find((candidate) => candidate.url() === url);
      const loaded = frame ? await frame.locator('main').count() : 0;
      expect(loaded > 0, `${label(path)} framed by another site`).toBe(path.startsWith(`${EMBED_FOLDER}/`));
    }
  } finally {
    await new Promise((done) => embedder.close(done));
  }
  expect(framed.length, 'pages tried in frames').toBeGreaterThan(0);
});
