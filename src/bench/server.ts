// The built site served as a host would: the project's own static server (scripts/serve.mjs),
// which negotiates brotli and gzip, on a fixed port of the benchmark's range.
import { spawn } from 'node:child_process';

export interface Served {
  /** http://127.0.0.1:<port>/ */
  url: string;
  close(): void;
}

export function serveCompressed(outDir: string, port: number): Promise<Served> {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/', PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`bench: the static server exited with ${code} (is port ${port} taken?)`)));
    server.stdout.once('data', () => resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.kill() }));
  });
}
