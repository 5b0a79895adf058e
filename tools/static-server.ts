/**
 * A small static file server for the built site that behaves like the hosts
 * we deploy to: it sends the headers from the build's `_headers` file (so the
 * tests run under the real Content-Security-Policy), serves 404.html for
 * unknown addresses, redirects folders to their trailing slash, and gzips
 * text like a CDN (so the benchmark measures realistic transfer sizes).
 *
 * Run it on its own:  node tools/static-server.ts [folder] [--port 4400] [--base /overseas-110/]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';
import { type HeaderRule, headersFor, parseHeadersFile } from './headers-file.ts';

export interface StaticServerOptions {
  /** Folder to serve, e.g. "dist". */
  root: string;
  /** Path the site lives under, starting and ending with "/". */
  base?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Send the headers from `<root>/_headers` (default true). */
  headers?: boolean;
  /** Gzip text responses when the browser accepts it (default true). */
  gzip?: boolean;
}

export interface StaticServer {
  /** Address of the site's base, e.g. "http://127.0.0.1:41234/overseas-110/". */
  url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

async function fileAt(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  const useGzip = options.gzip ?? true;
  let rules: HeaderRule[] = [];
  if (options.headers ?? true) {
    rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  }

  const send = async (request: IncomingMessage, response: ServerResponse, status: number, file: string, pathname: string) => {
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    const type = lookup(file) ?? 'application/octet-stream';
    response.setHeader('Content-Type', type.startsWith('text/') || type.includes('javascript') ? `${type}; charset=utf-8` : type);
    response.setHeader('Vary', 'Accept-Encoding');
    const gzip = useGzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.statusCode = status;
    if (gzip) {
      const body = gzipSync(await readFile(file));
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Content-Length', body.length);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.setHeader('Content-Length', (await stat(file)).size);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const notFound = async () => {
      const page = join(root, '404.html');
      if ((await fileAt(page)) === 'file') await send(request, response, 404, page, pathname);
      else response.writeHead(404).end();
    };
    if (!pathname.startsWith(base)) return notFound();
    const relative = normalize(pathname.slice(base.length));
    const target = join(root, relative);
    // Never serve anything outside the folder (e.g. "/../secret").
    if (target !== root && !target.startsWith(root + sep)) return notFound();
    const kind = await fileAt(target);
    if (kind === 'folder') {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(target, 'index.html');
      if ((await fileAt(index)) === 'file') return send(request, response, 200, index, pathname);
      return notFound();
    }
    if (kind === 'file') return send(request, response, 200, target, pathname);
    return notFound();
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// Started from the command line rather than imported.
if (import.meta.main) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args.splice(index, 2)[1] : undefined;
  };
  const port = Number(option('--port') ?? 4400);
  const base = option('--base') ?? process.env.BASE_PATH ?? '/';
  const server = await startStaticServer({ root: args[0] ?? 'dist', base, port });
  console.log(`Serving ${args[0] ?? 'dist'} with its _headers at ${server.url}`);
}
