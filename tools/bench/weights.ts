// Bytes on the wire: each built page loaded once in Chromium from the compressed server, in a
// fresh context with service workers blocked, summing the encoded (compressed) body of every
// response by type. Separately, the offline copy: what the service worker downloads in the
// background after a first visit, which is not part of any page's weight.
import type { Browser, Request } from '@playwright/test';
import { brotliSize } from './measure.ts';
import { htmlPages } from './scaling.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { langOfPath } from '../../src/i18n/route.ts';

/** A path inside its language: '/ru/syria/' → '/syria/'. */
const withoutLangPath = (path: string) => {
  const lang = langOfPath(path.slice(1));
  return lang === defaultLang ? path : path.slice(lang.length + 1);
};

export const byteTypes = ['html', 'css', 'js', 'svg', 'images', 'fonts', 'other'] as const;
export type ByteType = (typeof byteTypes)[number];
export type Bytes = Record<ByteType, number>;

export type PageKind = 'home' | 'chapter' | 'page' | 'embed' | 'embed-frozen' | '404';

export interface PageWeight {
  /** Path below the site's root, "/" for the home page. */
  path: string;
  kind: PageKind;
  status: number;
  requests: number;
  /** Encoded body bytes by type: what crossed the wire. */
  bytes: Bytes;
  total: number;
  /**
   * Inline <script> (JavaScript only, not JSON-LD) and top-level inline <svg>, each group brotli
   * compressed on its own. These bytes are also inside the HTML figure: not to be added to it.
   */
  inline: { js: number; svg: number; jsRaw: number; svgRaw: number };
  /** External JS transferred plus inline JS (brotli): the JavaScript a reader's browser runs. */
  js: number;
  /** Brotli size of all of that JavaScript's text compressed together (the e2e budget's method). */
  clientJs: number;
  failed: string[];
}

/** What a response is, from its Content-Type (and, without one, its file extension). */
export function typeOf(contentType: string | undefined, url: string): ByteType {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  if (type === 'text/html' || (!type && ext === 'html')) return 'html';
  if (type === 'text/css' || (!type && ext === 'css')) return 'css';
  if (/^(text|application)\/(javascript|ecmascript|x-javascript)$/.test(type) || (!type && ['js', 'mjs'].includes(ext))) return 'js';
  if (type === 'image/svg+xml' || (!type && ext === 'svg')) return 'svg';
  if (type.startsWith('image/') || (!type && ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'ico'].includes(ext))) return 'images';
  if (type.startsWith('font/') || /font|woff/.test(type) || (!type && ['woff', 'woff2', 'ttf', 'otf'].includes(ext))) return 'fonts';
  return 'other';
}

export const emptyBytes = (): Bytes => ({ html: 0, css: 0, js: 0, svg: 0, images: 0, fonts: 0, other: 0 });

/** Every page the build wrote, with what it is, and one unknown address for the 404 page. */
export function sitePages(dist: string, chapters: string[]): { path: string; kind: PageKind }[] {
  // Every language's pages, each classed by its path inside its language (/ru/syria/ is a chapter).
  const local = (path: string) => withoutLangPath(path);
  const pages = htmlPages(dist).map((file) => {
    const path = `/${file.replace(/index\.html$/, '')}`;
    const inLang = local(path);
    const kind: PageKind =
      inLang === '/'
        ? 'home'
        : chapters.includes(inLang.slice(1, -1))
          ? 'chapter'
          : /^\/embed\/[^/]+\/v\d+\/$/.test(inLang)
            ? 'embed-frozen'
            : /^\/embed\/[^/]+\/$/.test(inLang)
              ? 'embed'
              : 'page';
    return { path, kind };
  });
  const order: PageKind[] = ['home', 'chapter', 'page', 'embed', 'embed-frozen'];
  const langIndex = (path: string) => languages.indexOf(langOfPath(path.slice(1)));
  pages.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      langIndex(a.path) - langIndex(b.path) ||
      (a.kind === 'chapter'
        ? chapters.indexOf(local(a.path).slice(1, -1)) - chapters.indexOf(local(b.path).slice(1, -1))
        : a.path.localeCompare(b.path)),
  );
  return [...pages, { path: '/bench-no-such-page/', kind: '404' }];
}

/** Encoded body bytes of a finished request; Content-Length when Chromium reports none. */
async function encodedBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0) return sizes.responseBodySize;
  const length = await (await request.response())?.headerValue('content-length');
  return Number(length ?? 0);
}

/** The page's weight, and the text of all the JavaScript it runs (for the comparison with D3). */
export async function measurePage(
  browser: Browser,
  siteUrl: string,
  path: string,
  kind: PageKind,
): Promise<{ weight: PageWeight; clientJsText: string }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const bytes = emptyBytes();
    const pending: Promise<unknown>[] = [];
    const scripts: string[] = [];
    const failed: string[] = [];
    let requests = 0;
    page.on('requestfinished', (request) => {
      requests++;
      pending.push(
        (async () => {
          const response = await request.response();
          const type = typeOf((await response?.headerValue('content-type')) ?? undefined, request.url());
          // Awaited before the sum: `bytes[type] += await …` would read the sum first and lose a
          // concurrent response's bytes.
          const size = await encodedBytes(request);
          bytes[type] += size;
          if (type === 'js' && response) scripts.push(await response.text());
        })(),
      );
    });
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    const response = await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
    if (!response) throw new Error(`bench: no response for ${path}`);
    const html = await response.text();
    await Promise.all(pending);
    // The served HTML as parsed, not the live DOM: scripts may have changed the page since.
    const inline = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const js = [...doc.querySelectorAll('script:not([src])')].filter(
        (s) => !s.getAttribute('type') || /^(module|text\/javascript|application\/javascript)$/i.test(s.getAttribute('type')!),
      );
      const svg = [...doc.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
      return { js: js.map((s) => s.textContent ?? ''), svg: svg.map((s) => s.outerHTML) };
    }, html);
    const inlineJs = inline.js.join('\n');
    const inlineSvg = inline.svg.join('\n');
    const inlineJsBytes = brotliSize(inlineJs);
    const clientJsText = [...inline.js, ...scripts].join('\n');
    const weight: PageWeight = {
      path,
      kind,
      status: response.status(),
      requests,
      bytes,
      total: Object.values(bytes).reduce((a, b) => a + b, 0),
      inline: { js: inlineJsBytes, svg: brotliSize(inlineSvg), jsRaw: Buffer.byteLength(inlineJs), svgRaw: Buffer.byteLength(inlineSvg) },
      js: bytes.js + inlineJsBytes,
      clientJs: brotliSize(clientJsText),
      failed,
    };
    return { weight, clientJsText };
  } finally {
    await context.close();
  }
}

export interface OfflineDownload {
  /** The page the visit started on. */
  page: string;
  /** Time from the page's load to the footer saying the copy is complete. */
  ms: number;
  requests: number;
  bytes: Bytes;
  total: number;
  /** The largest files, to see what the figure is made of. */
  largest: { url: string; bytes: number }[];
}

/** One visit with service workers allowed: what the worker fetches until the copy is complete. */
export async function measureOfflineCopy(browser: Browser, siteUrl: string, path = '/'): Promise<OfflineDownload> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const bytes = emptyBytes();
    const files: { url: string; bytes: number }[] = [];
    const pending: Promise<unknown>[] = [];
    context.on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      pending.push(
        (async () => {
          const size = await encodedBytes(request);
          const type = typeOf((await (await request.response())?.headerValue('content-type')) ?? undefined, request.url());
          bytes[type] += size;
          files.push({ url: new URL(request.url()).pathname, bytes: size });
        })(),
      );
    });
    await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'load' });
    const loaded = performance.now();
    // The footer's status note fills in once the worker reports every file cached (register.ts).
    await page.waitForFunction(() => (document.querySelector('.offline-note')?.textContent ?? '').trim().length > 0, undefined, {
      timeout: 300_000,
    });
    const ms = performance.now() - loaded;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return {
      page: path,
      ms: Math.round(ms),
      requests: files.length,
      bytes,
      total: Object.values(bytes).reduce((a, b) => a + b, 0),
      largest: files.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    };
  } finally {
    await context.close();
  }
}
