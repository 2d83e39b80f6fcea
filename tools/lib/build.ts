// Building the site: `astro build` in the project, or in a throwaway copy for builds that must not
// touch the real one (the benchmark's scaling runs, with 50 or 200 chapters; builds meant to break).
// Plain Node (type stripping), no Astro import.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What the copy gets: content and code are copied (tests change them); public/ is linked file by file. */
const copied = ['content', 'src', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Written into public/ by the export (build output, not source): a copy never sees it half-written. */
const exportOutput = 'download';
/** Caches Astro and Vite write into node_modules: each copy gets its own, so builds can run side by side. */
const privateCaches = new Set(['.astro', '.vite', '.cache']);

export interface BuildResult {
  code: number;
  /** stdout and stderr together, in the order they were written. */
  output: string;
  ms: number;
}

export interface ScratchProject {
  dir: string;
  /** `astro build` in the copy, with its own output folder. */
  build(env?: Record<string, string>): Promise<BuildResult>;
  remove(): void;
}

export function createScratchProject(root = process.cwd()): ScratchProject {
  const source = resolve(root);
  const dir = mkdtempSync(join(tmpdir(), 'russia-iran-scratch-'));
  for (const name of copied) cpSync(join(source, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'public'));
  for (const name of readdirSync(join(source, 'public'))) {
    if (name !== exportOutput) symlinkSync(join(source, 'public', name), join(dir, 'public', name));
  }
  // node_modules: one link per package, so the copy resolves the same packages without sharing caches.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(source, 'node_modules'))) {
    if (!privateCaches.has(name)) symlinkSync(join(source, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return {
    dir,
    build: (env = {}) => astroBuild(dir, env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * `astro build` in a project folder (the real one, or a copy), with its output and time. `echo`
 * also prints the output as it comes, for a build someone is watching.
 */
export function astroBuild(cwd: string, env: Record<string, string> = {}, { echo = false } = {}): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    // Node 22 from node_modules first on PATH, as `npm run` would do; no colours in the output.
    const path = `${join(cwd, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`;
    const child = spawn(join(cwd, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd,
      env: { ...process.env, PATH: path, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) to.write(chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}
