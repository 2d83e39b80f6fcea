// What the offline copy leaves alone, and how the page and the service worker talk. Shared by the
// build (src/offline/precache.ts), the worker (sw.ts) and the page (register.ts), so they agree.

/**
 * Paths (relative to the site's base) made for other sites' pages: the embed pages in their
 * iframes, the /embed.js loader and the oEmbed answers. The worker never answers for them: a
 * newsroom's page must get exactly what the network gives, and they are not in the offline copy.
 */
export function servesOtherSites(path: string): boolean {
  return /^(?:embed(?:\/|$)|embed\.js$|oembed(?:\/|$))/.test(path);
}

/**
 * The page asks the worker whether every file is cached, and so makes it finish the downloads of
 * the page's language: `downloads` is that language's folder of editions (`download/`,
 * `download/ru/`). A reader of one language is not sent the other's PDFs; a page in the other
 * language, once visited, fetches its own.
 */
export interface OfflineStatusRequest {
  type: 'russia-iran:offline-status?';
  downloads: string;
}
export const offlineStatusRequest = (downloads: string): OfflineStatusRequest => ({ type: 'russia-iran:offline-status?', downloads });

/** The exports of one language: the files directly in its folder (`download/x.pdf`, not `download/ru/x.pdf`). */
export function downloadsIn(folder: string, downloads: readonly string[]): string[] {
  return downloads.filter((path) => path.startsWith(folder) && !path.slice(folder.length).includes('/'));
}

/** The worker's answer: `complete` once every file of this version is in its cache. */
export interface OfflineStatus {
  type: 'russia-iran:offline-status';
  complete: boolean;
}

export function isOfflineStatus(data: unknown): data is OfflineStatus {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as OfflineStatus).type === 'russia-iran:offline-status' &&
    typeof (data as OfflineStatus).complete === 'boolean'
  );
}

export function isOfflineStatusRequest(data: unknown): data is OfflineStatusRequest {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'russia-iran:offline-status?' &&
    typeof (data as { downloads?: unknown }).downloads === 'string'
  );
}
