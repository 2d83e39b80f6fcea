// The service worker that keeps the explainer readable offline. The build compiles this file to
// <base>sw.js (src/offline/integration.ts) and writes the list of files and their version in
// front of it as PRECACHE. Its scope is the site's base, so it serves nothing outside the site.
import { downloadsIn, isOfflineStatusRequest, servesOtherSites, type OfflineStatus } from './rules.ts';

declare const PRECACHE: {
  /** Hash of every cached URL and its bytes (precache.ts). */
  version: string;
  /** Paths relative to the base: pages and what they load, cached on install. */
  core: string[];
  /** The export files, cached after install, best effort. */
  downloads: string[];
};

// The project's TypeScript lib is the DOM's; these are the worker-only parts this file uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as ServiceWorkerScope;

const scope = new URL(worker.registration.scope);
// The scope is in the name, so copies of the explainer under two paths of one origin (a preview
// and the live site, say) never delete each other's caches.
const cachePrefix = `russia-iran-offline ${scope.pathname} `;
const cacheName = `${cachePrefix}${PRECACHE.version}`;
/** How long a page waits for the network before the saved copy answers. */
const networkTimeoutMs = 3000;

const absolute = (path: string) => new URL(path, scope).href;
// Revalidate with the server instead of trusting the HTTP cache: a copy left from before a
// deploy would not be the version this cache is named after.
const fresh = (path: string) => new Request(absolute(path), { cache: 'no-cache' });

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(PRECACHE.core.map(fresh)))
      .then(() => worker.skipWaiting()),
  );
});

// A new deploy has a new version: its worker takes over at once and removes the old copy.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

const completing = new Map<string, Promise<boolean>>();

/**
 * Caches the downloads of one language (`folder`, as the page asked) still missing, one at a time
 * so a large file never competes with another, and says whether the pages and those downloads are
 * all there. A failed file is tried again on the next visit.
 */
function completeCopy(folder: string): Promise<boolean> {
  let running = completing.get(folder);
  if (!running) {
    running = (async () => {
      const cache = await caches.open(cacheName);
      const cached = new Set((await cache.keys()).map((request) => request.url));
      const wanted = downloadsIn(folder, PRECACHE.downloads);
      for (const path of wanted) {
        if (cached.has(absolute(path))) continue;
        try {
          const response = await fetch(fresh(path));
          if (!response.ok) continue;
          await cache.put(absolute(path), response);
          cached.add(absolute(path));
        } catch {
          // Offline or interrupted: the copy stays incomplete until a later visit finishes it.
        }
      }
      return [...PRECACHE.core, ...wanted].every((path) => cached.has(absolute(path)));
    })().finally(() => completing.delete(folder));
    completing.set(folder, running);
  }
  return running;
}

// Downloads are cached when a page asks, after install rather than during it: install (and so
// every page) need not wait for a PDF, and the page's question keeps this worker alive until the
// copy is done. The page then tells the reader (src/offline/register.ts).
worker.addEventListener('message', (event) => {
  if (!isOfflineStatusRequest(event.data)) return;
  event.waitUntil(
    completeCopy(event.data.downloads).then((complete) => {
      const status: OfflineStatus = { type: 'russia-iran:offline-status', complete };
      event.source?.postMessage(status);
    }),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // Embeds, the loader and oEmbed serve other sites: the network answers them, untouched.
  if (servesOtherSites(url.pathname.slice(scope.pathname.length))) return;
  // Files named by a hash of their contents (/_astro/) never change: the copy first. Pages and
  // everything else that keeps its name across deploys (data downloads, exports, icons): the
  // network first, so that just after a deploy a reader online never gets a new page with an old
  // CSV from the previous copy while the new worker installs (the security probe's I1).
  event.respondWith(
    request.mode === 'navigate' || !url.pathname.startsWith(`${scope.pathname}_astro/`) ? page(request, url) : asset(request),
  );
});

/**
 * Pages (and every file whose name outlives a deploy): the network first, the saved copy when it
 * fails or takes longer than networkTimeoutMs.
 * The explainer publishes updates and corrections, and a reader online should get today's page,
 * not the one saved on a first visit (cache first would show that until a new worker had
 * installed, one visit late). Pages from the network are not written into the cache, so the copy
 * stays one build: its pages and the styles they name always match.
 */
async function page(request: Request, url: URL): Promise<Response> {
  const network = fetch(request);
  network.catch(() => {
    // When the copy answers first, a later failure is nobody's concern.
  });
  const slow = new Promise<undefined>((resolve) => setTimeout(resolve, networkTimeoutMs));
  try {
    const response = await Promise.race([network, slow]);
    if (response) return response;
  } catch {
    // Offline: the copy answers.
  }
  // No copy of this page: wait for the network after all, or fail as the browser would.
  return (await savedPage(url)) ?? network;
}

async function savedPage(url: URL): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  const copy = await cache.match(url.href, { ignoreSearch: true });
  if (copy) return copy;
  // A directory without its slash (/cooperation): redirect, as the static host would online.
  if (!url.pathname.endsWith('/')) {
    const directory = new URL(`${url.pathname}/${url.search}`, url);
    if (await cache.match(directory.href, { ignoreSearch: true })) return Response.redirect(directory.href, 301);
  }
  return undefined;
}

/** Files in /_astro/: the saved copy first; they carry a hash of their contents in their names. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
}
