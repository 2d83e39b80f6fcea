// /embed.js, the only script a host page runs for us (at most 1 KB compressed). It finds our
// embed markers, gives each one a lazy-loading iframe (or adopts the one the snippet carries),
// and sizes each iframe from the height its own window announces, nothing else: a message from
// any other window, or one that is not a plain number within bounds, changes nothing.
// Safe to include many times on one page: one listener, and each marker is handled once.
//
// The host page is not ours and may carry markup written by its readers, so nothing here trusts
// a property that markup can shadow (`document.currentScript`, named globals): the loader's own
// address comes only from a real <script> element, and its state lives in a closure and a
// non-enumerable, non-writable property, not in a name `<a id>` could take.

const marker = 'data-russia-iran-embed';
const frameMark = 'data-russia-iran-frame';
/** Heights outside these bounds are not a chart of ours (the tallest, the timeline on a phone with its table open, is well inside). */
const minHeight = 40;
const maxHeight = 12000;

/** An http(s) URL, resolved against `base`; anything else (javascript:, data:, a malformed URL) is undefined. */
function webUrl(value: string, base?: string): URL | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

// `document.currentScript` can be shadowed by `<img name="currentScript">`; the prototype's getter cannot.
const currentScript: unknown = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
const script = currentScript instanceof HTMLScriptElement ? currentScript : null;
// Only our own embed pages: the loader cannot be used to put any other page on a host's site.
// Without a real script element of ours (or with one whose address is not http(s)) there is no
// prefix at all, and nothing is framed.
const prefixUrl = script ? webUrl('embed/', webUrl(script.src)?.href) : undefined;
const prefix = prefixUrl?.href;
const origin = prefixUrl?.origin;

/**
 * The embed page a marker names, or undefined. The path must stay below our /embed/ prefix both
 * as written and once decoded: `embed/..%2ftreaty/` passes a plain prefix check, and a server
 * that decodes %2f would serve the chapter.
 */
function embedSource(value: string): string | undefined {
  if (!prefix) return undefined;
  const url = webUrl(value, location.href);
  if (!url || url.username || url.password || !url.href.startsWith(prefix)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (/[\\\0]|(^|\/)\.\.?(\/|$)/.test(path) || !webUrl(path, url.origin)?.href.startsWith(prefix)) return undefined;
  return url.href;
}

// The state every copy of the loader on a page shares: the frames we made or adopted, each with
// its marker. It hangs on a symbol-keyed, non-writable property of the window, so page markup
// cannot create or overwrite it (an element's id or name makes a string-named global, never a
// symbol). The first copy also adds the one message listener.
const key = Symbol.for('russia-iran-embed');
const shared = window as unknown as Record<symbol, Map<HTMLIFrameElement, HTMLElement> | undefined>;
const known = shared[key];
const frames = known ?? new Map<HTMLIFrameElement, HTMLElement>();
if (!known && prefix) Object.defineProperty(window, key, { value: frames });

function scan(): void {
  for (const box of document.querySelectorAll<HTMLElement>(`[${marker}]`)) {
    // Each marker on its own: one that is malformed, or not ours, never stops the others.
    try {
      if ([...frames.values()].includes(box)) continue;
      const src = embedSource(box.getAttribute(marker) || '');
      if (!src) continue;
      // Adopt the snippet's iframe only when it is a direct child that points to the same embed.
      let frame = [...box.children].find((child): child is HTMLIFrameElement => child instanceof HTMLIFrameElement) ?? null;
      if (frame && (frame.hasAttribute('srcdoc') || embedSource(frame.getAttribute('src') || '') !== src)) continue;
      if (!frame) {
        frame = document.createElement('iframe');
        frame.src = src;
        frame.title = box.dataset['title'] || box.textContent.trim();
        frame.loading = 'lazy';
        frame.height = '600';
        frame.style.cssText = 'display:block;width:1px;min-width:100%;border:0';
        box.prepend(frame);
      }
      frame.setAttribute(frameMark, '');
      frames.set(frame, box);
    } catch {
      // Skip this marker.
    }
  }
}

if (origin && !known) {
  addEventListener('message', (event) => {
    // Only our own origin. A sandboxed frame (no allow-same-origin) reports "null": accepted only
    // from a frame we made or adopted, which is checked below by its window.
    if (event.origin !== origin && event.origin !== 'null') return;
    const data = event.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    const height = data.height;
    if (typeof height !== 'number' || !(height >= minHeight && height <= maxHeight)) return;
    for (const [frame, box] of frames) {
      if (frame.contentWindow !== event.source || !box.contains(frame)) continue;
      // A frame whose address was changed after we made it is no longer ours.
      if (frame.hasAttribute('srcdoc') || !embedSource(frame.getAttribute('src') || '')) continue;
      frame.style.height = `${Math.ceil(height)}px`;
      // The chart arrived: the fallback inside its own marker is no longer needed, and nothing else is hidden.
      for (const sibling of box.children) if (sibling !== frame && sibling instanceof HTMLElement) sibling.hidden = true;
    }
  });
}
if (origin) {
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
}

// A module, so its names stay out of the global scope the type checker sees.
export {};
