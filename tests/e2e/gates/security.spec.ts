/**
 * Security and privacy gate at run time. The built site is served with the
 * headers of its own `_headers` file (the static server), as Netlify or
 * Cloudflare Pages would send them, and one page of each template is read to
 * the end at a phone and a desktop width: no Content-Security-Policy
 * violation, no request to another host, no cookie, no web storage or
 * IndexedDB; pages other than /embed/ refuse to be framed by another site.
 * What the built HTML and the `_headers` file say for every page is checked
 * in tests/dist/security.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { BASE, DIST, label } from '../../support/dist';
import { EMBED_FOLDER, parseCsp, startStaticServer, type StaticServer } from '../../support/site';
import { REPRESENTATIVES } from '../../support/templates';
import { guardPage } from '../support/guards';
import { revealEverything } from '../support/reveal';

let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, base: BASE });
});
test.afterAll(async () => {
  await server?.close();
});

// Runs in the page before any of its scripts: notes every way a page could remember a reader.
function recordStorageUse() {
  const used: string[] = [];
  (window as unknown as { storageUse: string[] }).storageUse = used;
  for (const method of ['setItem', 'getItem', 'removeItem', 'clear', 'key'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      used.push(`${this === window.sessionStorage ? 'sessionStorage' : 'localStorage'}.${method}(${String(args[0] ?? '')})`);
      return original.apply(this, args);
    } as never;
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => {
      used.push('document.cookie read');
      return cookie?.get?.call(document);
    },
    set: (value: string) => {
      used.push(`document.cookie = ${value.split('=')[0]}`);
      cookie?.set?.call(document, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    used.push(`indexedDB.open(${args[0]})`);
    return open.apply(this, args);
  };
  if ('caches' in window) {
    const cachesOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
      used.push(`caches.open(${name})`);
      return cachesOpen.call(this, name);
    };
  }
  if (navigator.serviceWorker) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<ServiceWorkerContainer['register']>) {
      used.push(`serviceWorker.register(${String(args[0])})`);
      return register.apply(this, args);
    };
  }
  const violations: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
  });
}

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

for (const { template, path } of REPRESENTATIVES) {
  for (const viewport of VIEWPORTS) {
    test(`${template} (${label(path)}) at ${viewport.width}px runs under its headers with no CSP violation, and stores nothing`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const guards = guardPage(page, new URL(server.url).origin);
      const cspConsole: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to|Permissions-Policy|Permissions Policy/i.test(message.text())) cspConsole.push(message.text());
      });
      await page.addInitScript(recordStorageUse);

      const response = await page.goto(new URL(path, server.url).href);
      expect(response?.status(), 'status').toBe(200);
      const headers = response?.headers() ?? {};
      const policy = parseCsp(headers['content-security-policy'] ?? '');
      expect(policy.size, 'a Content-Security-Policy header').toBeGreaterThan(0);
      expect(policy.get('script-src'), 'script-src').toBeDefined();
      expect(policy.get('script-src'), 'script-src must not allow inline or eval').not.toEqual(expect.arrayContaining(["'unsafe-inline'"]));
      expect(policy.get('script-src')).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
      expect(policy.get('default-src'), 'default-src').toEqual(["'self'"]);
      const embed = path.startsWith(`${EMBED_FOLDER}/`);
      expect(policy.get('frame-ancestors'), 'frame-ancestors').toEqual([embed ? '*' : "'none'"]);
      expect(headers['x-frame-options'], 'X-Frame-Options').toBe(embed ? undefined : 'DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);

      await revealEverything(page);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP violations').toEqual([]);
      expect(cspConsole, 'CSP or Permissions-Policy messages in the console').toEqual([]);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
      expect(guards.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { storageUse: string[] }).storageUse), 'cookie, storage, IndexedDB or cache use').toEqual([]);
      expect(await page.context().cookies(), 'cookies').toEqual([]);
      const stored = await page.evaluate(async () => ({
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
      }));
      expect(stored).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0 });
    });
  }
}

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
