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

/** The page asks the worker whether every file is cached (and so makes it finish the downloads). */
export const offlineStatusRequest = { type: 'russia-iran:offline-status?' } as const;

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

export function isOfflineStatusRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === offlineStatusRequest.type;
}
