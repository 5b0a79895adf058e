/**
 * Security and privacy gate. The built site is served with the headers of
 * its own `_headers` file (scripts/static-server.ts), as Netlify or Cloudflare
 * Pages would send them, and every page is read to the end: no Content-
 * Security-Policy violation, no request to another host, no cookie, no web
 * storage or IndexedDB, and pages other than /embed/ refuse to be framed.
 * The built HTML itself has no inline event handlers and no inline script
 * the policy does not name by hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../../tools/static-server';
import { parseCsp } from '../../../src/security/csp';
import { htmlElements, metaCsp } from '../../../src/security/html-document';
import { EMBED_FOLDER } from '../../../src/security/security-policy';
import { allPages, label } from '../support/all-pages';
import { guardPage, scrollThrough } from '../support/guards';
import { DIST } from '../support/site';

const BASE = process.env.BASE_PATH ?? '/';
let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ root: DIST, base: BASE });
});
test.afterAll(async () => {
  await server?.close();
});

/** The built file behind a page address: "" → index.html, "chapters/x/" → chapters/x/index.html. */
function fileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

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

for (const path of allPages()) {
  test(`${label(path)} runs under its headers with no CSP violation, and stores nothing`, async ({ page }) => {
    test.setTimeout(90_000);
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

    await scrollThrough(page);
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
  const framed = [...allPages().filter((path) => !path.startsWith(`${EMBED_FOLDER}/`)).slice(0, 2), ...allPages().filter((path) => path.startsWith(`${EMBED_FOLDER}/`))];
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

test.describe('built HTML', () => {
  for (const path of allPages()) {
    test(`${label(path)} has no inline event handlers and no inline script outside its policy`, () => {
      const html = readFileSync(join(DIST, fileOf(path)), 'utf8');
      const elements = htmlElements(html);
      const handlers = elements.flatMap((element) => [...element.attrs.keys()].filter((name) => /^on/.test(name)).map((name) => `line ${element.line}: <${element.tag} ${name}>`));
      expect(handlers, 'inline event handlers (use addEventListener in a bundled script)').toEqual([]);
      const policy = parseCsp(metaCsp(elements) ?? '');
      expect(policy.get('script-src'), 'the page’s <meta> CSP').toBeDefined();
      const allowed = new Set(policy.get('script-src'));
      const unhashed = elements
        .filter((element) => element.tag === 'script' && !element.attrs.has('src') && !/json/.test(element.attrs.get('type') ?? ''))
        .filter((element) => !allowed.has(`'sha256-${createHash('sha256').update(element.text).digest('base64')}'`))
        .map((element) => `line ${element.line}: ${element.text.slice(0, 60)}`);
      expect(unhashed, 'inline scripts the CSP would block').toEqual([]);
      expect(elements.some((element) => element.tag === 'meta' && element.attrs.get('name') === 'referrer' && element.attrs.get('content') === 'no-referrer'), '<meta name="referrer" content="no-referrer">').toBe(true);
    });
  }
});
