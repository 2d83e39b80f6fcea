// Registers the offline copy (the service worker, src/offline/sw.ts) and, once the worker says
// every file is cached, writes the sentence in the footer's status note (OfflineNote.astro).
import { isOfflineStatus, offlineStatusRequest } from './rules.ts';

export function registerOffline(): void {
  // In development there is no sw.js (the build writes it), and a cache would only get in the way.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const note = document.querySelector<HTMLElement>('.offline-note');
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (note && isOfflineStatus(event.data) && event.data.complete) note.textContent = note.dataset['saved'] ?? '';
  });
  navigator.serviceWorker
    .register(`${scope}sw.js`, { scope })
    .then(() => navigator.serviceWorker.ready)
    // The page's language's editions (OfflineNote.astro): a reader is not sent another language's PDFs.
    .then((registration) => registration.active?.postMessage(offlineStatusRequest(note?.dataset['downloads'] ?? 'download/')))
    .catch(() => {
      // No worker (storage blocked, private mode): the site works as before, online.
    });
}
