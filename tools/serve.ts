#!/usr/bin/env node
// A small static server for the built site: loopback only, fails if its port is taken (so tests
// never talk to a stale server), serves the site under BASE_PATH like the production host would.
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { headersFor, normalisePath, parseHeadersFile, type HeaderRule } from '../src/security/headers.ts';
import { basePath, outDir } from './lib/env.ts';

const root = resolve(outDir());
const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);
const base = basePath();

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
};

/** The build's `_headers` rules (src/security/), applied as a host that reads the file would; read again only after a rebuild. */
let headerRules: { mtimeMs: number; rules: HeaderRule[] } = { mtimeMs: -1, rules: [] };
function hostHeaders(pathname: string): Record<string, string> {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(join(root, '_headers')).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  if (headerRules.mtimeMs !== mtimeMs) headerRules = { mtimeMs, rules: parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) };
  return headersFor(headerRules.rules, pathname);
}

/** The file for a normalised path, or undefined. Hosts read _headers; they never serve it. */
function fileFor(pathname: string): string | undefined {
  if (pathname === `${base}_headers` || !pathname.startsWith(base)) return undefined;
  const candidate = join(root, pathname.slice(base.length));
  if (candidate !== root && !candidate.startsWith(`${root}/`)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // Not there: try the next.
    }
  }
  return undefined;
}

/** Where a path that is not a page's own address is sent, or undefined when it is one. */
function redirectFor(pathname: string): string | undefined {
  // A page has one address, the directory URL: its headers are written for that one.
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  // Directory URLs without a slash redirect, as static hosts do.
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) return `${pathname}/`;
  return undefined;
}

/** The 404 page for an address: its language's (ru/404.html) where the build has one, else 404.html. */
function notFoundPageFor(pathname: string): string {
  const first = pathname.slice(base.length).split('/')[0] ?? '';
  return first !== '' && existsSync(join(root, first, '404.html')) ? `${first}/404.html` : '404.html';
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  // The path as sent, without its query: not parsed as a URL, where "//host/x" would lose "host".
  const pathname = normalisePath((request.url ?? '/').split(/[?#]/)[0] ?? '');
  if (pathname === undefined) {
    response
      .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
      .end('Bad request: the path does not decode.\n');
    return;
  }
  const redirect = redirectFor(pathname);
  // Re-encoded from the normalised path: it always starts with one slash, never "//host".
  if (redirect) {
    response.writeHead(301, { Location: encodeURI(redirect) }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  // An unknown address gets the 404 page of its language (/ru/… → ru/404.html), else the root's.
  const notFound = notFoundPageFor(pathname);
  const path = file ?? join(root, notFound);
  // A file that vanished since fileFor() found it: answer without a body rather than crash.
  const body = await encodedBody(path, request.headers['accept-encoding']).catch(() => undefined);
  if (!body) {
    response.writeHead(file ? 500 : 404).end();
    return;
  }
  // Every response header of a file is written here, in one place.
  response.writeHead(status, {
    // What the build's _headers file says for this address (CSP, framing, referrer policy); an
    // unknown address gets the 404 page, so it gets the 404 page's headers too.
    ...hostHeaders(file ? pathname : `${base}${notFound}`),
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    ...body.headers,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  if (body.data) {
    response.end(body.data);
    return;
  }
  createReadStream(path)
    .on('error', () => response.end())
    .pipe(response);
}

const server = createServer((request, response) => {
  // Whatever goes wrong with one request ends that request, never the server.
  handle(request, response).catch((error: unknown) => {
    console.error(`serve: ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

const encodings = ['br', 'gzip'] as const;
type Encoding = (typeof encodings)[number];
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv', '.geojson', '.webmanifest']);
const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};
/** Compressed bodies by file, encoding and modification time: each is made once, off the main thread. */
const encodedCache = new Map<string, { mtimeMs: number; data: Promise<Buffer> }>();

/**
 * Content negotiation as a static host does it: text types go out as brotli when the client
 * accepts it, else gzip, else as they are; other types always as they are (streamed). Returns the
 * headers that depend on it (Content-Length of what is sent, Content-Encoding, Vary) and the
 * compressed bytes, if any.
 */
async function encodedBody(path: string, acceptEncoding = ''): Promise<{ headers: OutgoingHttpHeaders; data?: Buffer }> {
  const { size, mtimeMs } = statSync(path);
  if (!compressible.has(extname(path))) return { headers: { 'Content-Length': size } };
  // "br;q=0.5, gzip, *;q=0": a q of 0 refuses an encoding; one not named is refused unless `*` allows it.
  const quality = new Map(
    acceptEncoding.split(',').flatMap((part): [string, number][] => {
      const [name, q] = part.trim().split(/\s*;\s*q=/);
      return name ? [[name.toLowerCase(), q === undefined ? 1 : Number(q)]] : [];
    }),
  );
  const accepts = (name: string) => (quality.get(name) ?? quality.get('*') ?? 0) > 0;
  const encoding = encodings.find(accepts);
  if (!encoding) return { headers: { 'Content-Length': size, Vary: 'Accept-Encoding' } };
  const key = `${encoding} ${path}`;
  let entry = encodedCache.get(key);
  if (entry?.mtimeMs !== mtimeMs) {
    entry = { mtimeMs, data: compressors[encoding](readFileSync(path)) };
    encodedCache.set(key, entry);
  }
  const data = await entry.data;
  return { headers: { 'Content-Length': data.byteLength, 'Content-Encoding': encoding, Vary: 'Accept-Encoding' }, data };
}

server.on('error', (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}${base}`));
