// The built site served as a host would: the project's own static server (scripts/serve.mjs),
// which negotiates brotli and gzip, on a fixed port of the benchmark's range.
import { spawn } from 'node:child_process';

export interface Served {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Stops the server and resolves once it has exited (so its CPU time is not counted later). */
  close(): Promise<void>;
}

export function serveCompressed(outDir: string, port: number): Promise<Served> {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/', PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`bench: the static server exited with ${code} (is port ${port} taken?)`)));
    const close = () =>
      new Promise<void>((done) => {
        if (server.exitCode !== null || server.signalCode !== null) return done();
        server.once('exit', () => done());
        server.kill();
      });
    server.stdout.once('data', () => resolve({ url: `http://127.0.0.1:${port}/`, close }));
  });
}
