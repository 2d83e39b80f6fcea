// Export times: `node tools/export/run.ts` (PDF A4 and Letter, EPUB, one-file HTML, then a rebuild),
// timed as a whole and per format from the lines it prints ("export: time <label> <n> ms").
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const exportScript = fileURLToPath(new URL('../export/run.ts', import.meta.url));

export interface ExportTimes {
  totalMs: number;
  /** Label → ms, in the order the export printed them. */
  steps: Record<string, number>;
}

export function parseExportTimes(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/^export: time (.+) (\d+) ms$/gm)].map(([, label, ms]) => [label!, Number(ms)]));
}

export function timeExports(): Promise<ExportTimes> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [exportScript], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench: the export failed (${code}):\n${output.slice(-3000)}`));
      resolve({ totalMs: Math.round(performance.now() - started), steps: parseExportTimes(output) });
    });
  });
}
