#!/usr/bin/env node
// A small static server for the built site: loopback only, fails if its port is taken (so tests
// never talk to a stale server), serves the site under BASE_PATH like the production host would.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { headersFor, parseHeadersFile } from '../src/security/headers.ts';

const root = resolve(process.env.OUT_DIR ?? 'dist');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
};

/** The build's `_headers` rules (src/security/), applied as a host that reads the file would; read again only after a rebuild. */
let headerRules = { mtimeMs: -1, rules: [] };
function hostHeaders(pathname) {
  let mtimeMs;
  try {
    mtimeMs = statSync(join(root, '_headers')).mtimeMs;
  } catch (error) {
    if (error.code === 'ENOENT') return {};
    throw error;
  }
  if (headerRules.mtimeMs !== mtimeMs) headerRules = { mtimeMs, rules: parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) };
  return headersFor(headerRules.rules, pathname);
}

function fileFor(pathname) {
  // Hosts read _headers; they never serve it.
  if (pathname === `${base}_headers`) return undefined;
  if (!pathname.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {}
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // Directory URLs without a slash redirect, as static hosts do.
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  // A file that vanished since fileFor() found it: answer without a body rather than crash.
  const body = await encodedBody(path, request.headers['accept-encoding']).catch(() => undefined);
  if (!body) return response.writeHead(file ? 500 : 404).end();
  // Every response header of a file is written here, in one place.
  response.writeHead(status, {
    // What the build's _headers file says for this address (CSP, framing, referrer policy).
    ...hostHeaders(pathname),
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    ...body.headers,
  });
  if (request.method === 'HEAD') return response.end();
  if (body.data) return response.end(body.data);
  createReadStream(path).on('error', () => response.end()).pipe(response);
});

const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv', '.webmanifest']);
const compressors = {
  br: (data) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength } }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};
/** Compressed bodies by file, encoding and modification time: each is made once, off the main thread. */
const encodedCache = new Map();

/**
 * Content negotiation as a static host does it: text types go out as brotli when the client
 * accepts it, else gzip, else as they are; other types always as they are (streamed). Returns the
 * headers that depend on it (Content-Length of what is sent, Content-Encoding, Vary) and the
 * compressed bytes, if any.
 */
async function encodedBody(path, acceptEncoding = '') {
  const { size, mtimeMs } = statSync(path);
  if (!compressible.has(extname(path))) return { headers: { 'Content-Length': size } };
  // "br;q=0.5, gzip, *;q=0": a q of 0 refuses an encoding; one not named is refused unless `*` allows it.
  const quality = new Map(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*q=/))
      .filter(([name]) => name)
      .map(([name, q]) => [name.toLowerCase(), q === undefined ? 1 : Number(q)]),
  );
  const accepts = (name) => (quality.get(name) ?? quality.get('*') ?? 0) > 0;
  const encoding = ['br', 'gzip'].find(accepts);
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
