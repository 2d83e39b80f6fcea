#!/usr/bin/env node
// A small static server for the built site: loopback only, fails if its port is taken (so tests
// never talk to a stale server), serves the site under BASE_PATH like the production host would.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
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

/** The build's `_headers` rules (src/security/), applied as a host that reads the file would. */
function hostHeaders(pathname) {
  try {
    return headersFor(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')), pathname);
  } catch (error) {
    if (error.code === 'ENOENT') return {};
    throw error;
  }
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

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // Directory URLs without a slash redirect, as static hosts do.
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  const type = types[extname(path)] ?? 'application/octet-stream';
  response.writeHead(status, { ...hostHeaders(pathname), 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  if (request.method === 'HEAD') return response.end();
  createReadStream(path).on('error', () => response.end()).pipe(response);
});

server.on('error', (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}${base}`));
