// tools/serve.ts serves text compressed, as a real host does: the benchmark's byte counts and
// the tests' pages depend on it negotiating correctly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveBuiltSite, type LocalSite } from './lib/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
const page = `<!doctype html><title>t</title>${'<p>Russia and Iran, rivals and allies.</p>\n'.repeat(200)}`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(200).fill(0)]);
let server: LocalSite;
let port: number;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(dir, 'chapter'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'chapter', 'index.html'), page);
  writeFileSync(join(dir, '404.html'), `<!doctype html><title>Not found</title>${'<p>Nothing here.</p>'.repeat(50)}`);
  writeFileSync(join(dir, 'icon.png'), png);
  writeFileSync(join(dir, 'data.csv'), 'year,tiv\n'.repeat(300));
  server = await serveBuiltSite(dir, '/');
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('tools/serve.ts', () => {
  it('prefers brotli, and says so with the compressed length', async () => {
    const answer = await get('/', 'gzip, deflate, br');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
    expect(answer.body.byteLength).toBeLessThan(page.length / 10);
    expect(brotliDecompressSync(answer.body).toString()).toBe(page);
  });

  it('falls back to gzip when brotli is refused or not offered', async () => {
    for (const offer of ['gzip', 'br;q=0, gzip;q=0.5', 'GZIP']) {
      const answer = await get('/chapter/', offer);
      expect(answer.headers['content-encoding'], offer).toBe('gzip');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
      expect(gunzipSync(answer.body).toString()).toBe(page);
    }
    expect((await get('/data.csv', 'gzip')).headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('sends text as it is to a client that accepts no compression, still varying on it', async () => {
    for (const offer of [undefined, 'identity', 'br;q=0, gzip;q=0', '*;q=0']) {
      const answer = await get('/', offer);
      expect(answer.headers['content-encoding'], String(offer)).toBeUndefined();
      expect(answer.headers['vary']).toBe('Accept-Encoding');
      expect(answer.body.toString()).toBe(page);
      expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(page));
    }
  });

  it('never compresses images', async () => {
    const answer = await get('/icon.png', 'br, gzip');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['vary']).toBeUndefined();
    expect(answer.body.equals(png)).toBe(true);
    expect(Number(answer.headers['content-length'])).toBe(png.byteLength);
  });

  it('compresses the 404 page too, and answers HEAD with the same length and no body', async () => {
    const missing = await get('/no-such-page/', 'br');
    expect(missing.status).toBe(404);
    expect(brotliDecompressSync(missing.body).toString()).toContain('Nothing here.');
    const head = await get('/', 'br', 'HEAD');
    expect(head.body.byteLength).toBe(0);
    expect(head.headers['content-length']).toBe((await get('/', 'br')).headers['content-length']);
  });

  it('compresses a file again once it changes', async () => {
    const changed = `${page}<p>A correction.</p>`;
    writeFileSync(join(dir, 'chapter', 'index.html'), changed);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'chapter', 'index.html'), later, later);
    expect(brotliDecompressSync((await get('/chapter/', 'br')).body).toString()).toBe(changed);
  });
});
