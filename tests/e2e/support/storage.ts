/**
 * What a page stores and what its Content-Security-Policy blocks, recorded in
 * the page itself from before its first script: the security gate reads
 * window.storageUse and window.cspViolations once the page has been read.
 */
/** Runs in the page before any of its scripts (an init script): notes every way a page could remember a reader, and every CSP violation. */
export function recordStorageUse() {
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
