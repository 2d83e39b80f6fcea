// Our embeds inside host pages (e2e/hosts/server.ts): finding the frame, and waiting until it
// has settled at the height its chart needs.
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { siteOrigin } from './hosts.ts';

/** The frame showing `url`, once the page has created it. */
export async function frameWhere(page: Page, matches: (url: string) => boolean, what: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => (found = page.frames().find((f) => matches(f.url()))) !== undefined, { message: `a frame for ${what}`, timeout: 15_000 })
    .toBe(true);
  return found!;
}
/** The frame showing any embed page of `chart`. */
export const embedFrame = (page: Page, chart: string) => frameWhere(page, (url) => url.startsWith(`${siteOrigin}/embed/${chart}/`), chart);
/** The frame showing exactly `src`. */
export const frameAt = (page: Page, src: string) => frameWhere(page, (url) => url === src, src);

/**
 * Counts, in the host page, the messages every frame posts to it, from the first script on (so
 * call it before the page loads). Our listener is added before the page's own, so once a message
 * is counted, the page's listeners have handled it too.
 */
export async function countMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const counts = new WeakMap<MessageEventSource, number>();
    (window as unknown as { messagesFrom: WeakMap<MessageEventSource, number> }).messagesFrom = counts;
    addEventListener('message', (event) => {
      if (event.source) counts.set(event.source, (counts.get(event.source) ?? 0) + 1);
    });
  });
}

/** How many messages the window inside this iframe has posted to the host page (see countMessages). */
export const messagesFrom = (iframe: Locator) =>
  iframe.evaluate((el) => {
    const counts = (window as unknown as { messagesFrom?: WeakMap<MessageEventSource, number> }).messagesFrom;
    if (!counts) throw new Error('countMessages(page) was not called before the host page loaded');
    return counts.get((el as HTMLIFrameElement).contentWindow!) ?? 0;
  });

export interface Sizes {
  frameHeight: number;
  content: number;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
}
export async function sizes(iframe: Locator, frame: Frame): Promise<Sizes> {
  const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: root.getBoundingClientRect().height,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    };
  });
  return { frameHeight, ...inner };
}

/** One look at the frame from both sides: the iframe in the host page, and the document in it. */
async function look(iframe: Locator, frame: Frame) {
  const [host, inner] = await Promise.all([
    iframe.evaluate((el) => {
      const counts = (window as unknown as { messagesFrom?: WeakMap<MessageEventSource, number> }).messagesFrom;
      if (!counts) throw new Error('countMessages(page) was not called before the host page loaded');
      return {
        frameHeight: el.getBoundingClientRect().height,
        frameWidth: el.clientWidth,
        messages: counts.get((el as HTMLIFrameElement).contentWindow!) ?? 0,
      };
    }),
    frame.evaluate(() => {
      const root = document.documentElement;
      return {
        content: root.getBoundingClientRect().height,
        scrollHeight: root.scrollHeight,
        clientHeight: root.clientHeight,
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        width: innerWidth,
        ready: document.readyState === 'complete' && document.fonts.status === 'loaded',
      };
    }),
  ]);
  return { host, inner };
}

/**
 * Waits until the frame is still: the embed has loaded its page and fonts, its window is as wide
 * as the iframe the host gives it, and two looks in a row find the same sizes with no height
 * message from it in between. The embed only speaks when its height changes (or, once a second,
 * while the frame does not fit), so that is a resting state rather than a pause in a loop.
 * Needs countMessages(page) before the host page loaded.
 */
export async function settled(iframe: Locator, frame: Frame, label: string): Promise<Sizes> {
  let previous = '';
  let last: Sizes | undefined;
  await expect
    .poll(
      async () => {
        const { host, inner } = await look(iframe, frame);
        const sample = JSON.stringify({ host, inner });
        const still = inner.ready && inner.width === host.frameWidth && sample === previous;
        previous = sample;
        const { content, scrollHeight, clientHeight, scrollWidth, clientWidth } = inner;
        last = { frameHeight: host.frameHeight, content, scrollHeight, clientHeight, scrollWidth, clientWidth };
        return still;
      },
      { message: `${label}: the frame settles (same sizes twice, no height message between)`, timeout: 15_000, intervals: [100] },
    )
    .toBe(true);
  return last!;
}

/** Waits until the frame fits its content and has settled there; checks it has no scrollbar inside; returns the sizes. */
export async function expectFitted(iframe: Locator, frame: Frame, label: string): Promise<Sizes> {
  await expect
    .poll(
      async () => {
        const s = await sizes(iframe, frame);
        return Math.abs(s.frameHeight - s.content);
      },
      { message: `${label}: frame height meets content height`, timeout: 15_000 },
    )
    .toBeLessThanOrEqual(2);
  const s = await settled(iframe, frame, label);
  expect(Math.abs(s.frameHeight - s.content), `${label}: still fitted once settled (${JSON.stringify(s)})`).toBeLessThanOrEqual(2);
  expect(s.scrollHeight, `${label}: no vertical scrollbar inside`).toBeLessThanOrEqual(s.clientHeight + 1);
  expect(s.scrollWidth, `${label}: no horizontal scrollbar inside`).toBeLessThanOrEqual(s.clientWidth);
  return s;
}
