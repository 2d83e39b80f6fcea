// Which built files the service worker keeps for reading offline, and the version that names its
// cache. Pure functions over the build output's file list and contents (src/offline/integration.ts
// reads the files); unit-tested in precache.test.ts.
import { createHash } from 'node:crypto';
import { servesOtherSites } from './rules.ts';

export interface PrecacheEntry {
  /** The file in the build output, relative to it: `cooperation/index.html`. */
  file: string;
  /** What the worker requests and caches, relative to the site's base: `cooperation/`. */
  url: string;
}

export interface PrecachePlan {
  /** Cached while the worker installs, all or nothing: every page and everything pages load. */
  core: PrecacheEntry[];
  /** Cached afterwards, one at a time, best effort: the export files, which can be large (a PDF). */
  downloads: PrecacheEntry[];
}

/** Built files no reader needs offline: the worker itself, the host's header rules, crawler files, the 404 page. */
function forMachines(file: string): boolean {
  return (
    file === 'sw.js' || file === '_headers' || file === 'robots.txt' || /(^|\/)404\.html$/.test(file) || /^sitemap[^/]*\.xml$/.test(file)
  );
}

/** Pages are requested by their directory URL, as readers and links ask for them. */
export function precacheUrl(file: string): string {
  return file === 'index.html' ? '' : file.replace(/\/index\.html$/, '/');
}

/** Splits the build output (paths relative to it, `/`-separated) into what the worker caches when. */
export function planPrecache(files: readonly string[]): PrecachePlan {
  const plan: PrecachePlan = { core: [], downloads: [] };
  for (const file of [...files].sort()) {
    if (servesOtherSites(file) || forMachines(file)) continue;
    const entry = { file, url: precacheUrl(file) };
    // The download page itself is a page; the files it offers wait until the pages are safe.
    if (file.startsWith('download/') && !file.endsWith('.html')) plan.downloads.push(entry);
    else plan.core.push(entry);
  }
  return plan;
}

/**
 * A short hash of every cached URL and its bytes. Any change to any file (or a file added,
 * removed or moved) gives a new version, so a new deploy gets a new cache and the old one goes.
 */
export function precacheVersion(entries: readonly { url: string; content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { url, content } of [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    hash.update(`${url}\n${createHash('sha256').update(content).digest('hex')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
