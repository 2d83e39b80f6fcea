// The browser and the local server the exports print through. The exports are made from the
// built site itself (dist/), so they carry exactly the text and the charts the site shows.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (or CHROMIUM_PATH) where there is one, else Playwright's own; never a download.
 * Without the background-networking flags it floods a closed network with refused connections.
 * The tests (playwright.config.ts) launch it the same way.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

function freePort(): Promise<number> {
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

/**
 * Serves the built site on a loopback port (a free one unless given) with the project's own static
 * server, which compresses as a host would and applies the build's _headers.
 */
export async function serveBuiltSite(outDir: string, base: string, port?: number): Promise<LocalSite> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/index.html not found; build the site first`);
  const listen = port ?? (await freePort());
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: base, PORT: String(listen) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once('data', () => resolve());
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
