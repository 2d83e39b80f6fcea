// /embed.js, the only script a host page runs for us (at most 1 KB compressed). It finds our
// embed markers, gives each one a lazy-loading iframe (or adopts the one the snippet carries),
// and sizes each iframe from the height its own window announces, nothing else: a message from
// any other window, or one that is not a plain number within bounds, changes nothing.
// Safe to include many times on one page: one listener, and each marker is handled once.

const marker = 'data-russia-iran-embed';
const frameMark = 'data-russia-iran-frame';
/** Heights outside these bounds are not a chart of ours (the tallest, the timeline on a phone with its table open, is well inside). */
const minHeight = 40;
const maxHeight = 12000;

const script = document.currentScript as HTMLScriptElement | null;
// Only our own embed pages: the loader cannot be used to put any other page on a host's site.
const prefix = new URL('embed/', script?.src || location.href).href;
const origin = new URL(prefix).origin;

function scan(): void {
  for (const box of document.querySelectorAll<HTMLElement>(`[${marker}]`)) {
    if (box.querySelector(`iframe[${frameMark}]`)) continue;
    const src = new URL(box.getAttribute(marker) || '', location.href).href;
    if (!src.startsWith(prefix)) continue;
    let frame = box.querySelector('iframe');
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = src;
      frame.title = box.dataset['title'] || box.textContent!.trim();
      frame.loading = 'lazy';
      frame.height = '600';
      frame.style.cssText = 'display:block;width:1px;min-width:100%;border:0';
      box.prepend(frame);
    }
    frame.setAttribute(frameMark, '');
  }
}

const flag = '__russiaIranEmbed';
const global = window as unknown as Record<string, unknown>;
if (!global[flag]) {
  global[flag] = true;
  addEventListener('message', (event) => {
    const data = event.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    // A sandboxed frame (no allow-same-origin) reports the origin "null".
    if (event.origin !== origin && event.origin !== 'null') return;
    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    const height = data.height;
    if (typeof height !== 'number' || !(height >= minHeight && height <= maxHeight)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[${frameMark}]`)) {
      if (frame.contentWindow !== event.source) continue;
      frame.style.height = `${Math.ceil(height)}px`;
      // The chart arrived: the fallback link beside it is no longer needed.
      for (const sibling of frame.parentElement!.children) if (sibling !== frame) (sibling as HTMLElement).hidden = true;
    }
  });
}
scan();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);

// A module, so its names stay out of the global scope the type checker sees.
export {};
