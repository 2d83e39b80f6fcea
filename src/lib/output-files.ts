// The files of a build's output folder, read after the build: by the integrations that finish it
// (security, offline), the benchmark and the tests. Plain Node, no Astro import.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

/** A page of the site: pages are directories with an index.html (other .html files are downloads). */
export function isPageFile(file: string): boolean {
  return file === 'index.html' || file.endsWith('/index.html');
}
