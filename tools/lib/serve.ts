// Serves a built site on a loopback port with the project's own static server (tools/serve.ts),
// which compresses as a host would and applies the build's _headers: for the export and the benchmark.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The static server's script, wherever the caller's working directory is. */
export const serverScript = fileURLToPath(new URL('../serve.ts', import.meta.url));

/** A port nothing listens on now (the server still fails if another process takes it first). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface LocalSite {
  /** http://127.0.0.1:<port><base> */
  url: string;
  /** Stops the server; resolves once it has exited (so a benchmark does not count its CPU time later). */
  close: () => Promise<void>;
}

/** Serves `outDir` under `base` (as tools/lib/env.ts gives it) on `port`, or a free port. */
export async function serveBuiltSite(outDir: string, base: string, port?: number): Promise<LocalSite> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/index.html not found; build the site first`);
  const listen = port ?? (await freePort());
  const server = spawn(process.execPath, [serverScript], {
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: base, PORT: String(listen) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`the static server exited with ${code} (is port ${listen} taken?)`)));
  });
  const close = () =>
    new Promise<void>((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      server.once('exit', () => done());
      server.kill();
    });
  return { url: `http://127.0.0.1:${listen}${base}`, close };
}
