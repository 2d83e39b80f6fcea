// Embed pages carry their script and styles inline: a host may frame them in a sandbox with an
// opaque origin, where module scripts from our origin would fail their CORS check, and one
// request is faster on a host's page than four. esbuild (Astro's own) compiles them at build time.
import { build, transform } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const entries = {
  /** Theme, plain and compact, before first paint. */
  head: 'src/embed/head.ts',
  /** Tooltips, filters and the height announcements. */
  child: 'src/embed/child.ts',
  /** /embed.js, for host pages. */
  loader: 'src/embed/loader.ts',
} as const;
export type ScriptName = keyof typeof entries;

const scripts = new Map<ScriptName, Promise<string>>();

/** A minified, self-contained script (an IIFE), compiled once per build. */
export function bundledScript(name: ScriptName): Promise<string> {
  let script = scripts.get(name);
  if (!script) {
    // Builds run from the project root (npm scripts do); say so plainly if not.
    const entry = resolve(process.cwd(), entries[name]);
    if (!existsSync(entry)) throw new Error(`embed: ${entries[name]} not found; run the build from the project root`);
    script = build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2019',
      write: false,
      legalComments: 'none',
    }).then((result) => result.outputFiles[0]!.text.trim());
    scripts.set(name, script);
  }
  return script;
}

/** Minified CSS; modern syntax (light-dark(), container queries) passes through untouched. */
export async function minifiedCss(css: string): Promise<string> {
  return (await transform(css, { loader: 'css', minify: true })).code.trim();
}
