// The offline copy (src/offline/): after one visit the whole explainer opens without a connection,
// embeds for other sites stay on the network, and each deploy keeps exactly one cache.
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { guardPage } from './lib/guard.ts';
import { distDir, sitePages } from './lib/site.ts';
import { chapters, chartIds, languages, pageOf } from './lib/catalog.ts';
import { defaultLang, strings, type Lang } from '../src/i18n/index.ts';
import { precacheVersion } from '../src/offline/precache.ts';

const chartFiles = chartIds.flatMap((id) => ['csv', 'json', 'svg', 'png'].map((ext) => `data/${id}.${ext}`));
const appFiles = [
  'favicon.svg',
  'manifest.webmanifest',
  'og-image.png',
  'updates/feed.xml',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/maskable-512.png',
  'icons/apple-touch-icon.png',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}
/** The export files placed in download/ by the export build, when this build has any, in every language. */
const exportFiles = existsSync(join(distDir, 'download'))
  ? filesUnder(join(distDir, 'download'))
      .map((file) => relative(distDir, file).split('\\').join('/'))
      .filter((file) => !file.endsWith('.html'))
  : [];
/** One language's exports (download/…, download/ru/…): what a page in that language has the worker save. */
const exportsOf = (lang: Lang) =>
  exportFiles.filter((file) => (lang === defaultLang ? file.split('/').length === 2 : file.startsWith(`download/${lang}/`)));

/** The web app manifest's fields the tests read by name. */
interface Manifest {
  description: string;
  icons: { src: string; sizes: string; purpose: string }[];
}

interface Precache {
  version: string;
  core: string[];
  downloads: string[];
}
/** The list the build wrote in front of the worker (src/offline/integration.ts). */
function precacheIn(worker: string): Precache {
  const json = /^const PRECACHE = (\{[\s\S]*?\n\});$/m.exec(worker)?.[1];
  expect(json, 'sw.js starts with its PRECACHE list').toBeTruthy();
  return JSON.parse(json!) as Precache;
}
const builtWorker = () => precacheIn(readFileSync(join(distDir, 'sw.js'), 'utf8'));
/** The built file a cached URL stands for. */
const fileFor = (url: string) => join(distDir, url === '' || url.endsWith('/') ? `${url}index.html` : url);
const ours = (names: string[]) => names.filter((name) => name.startsWith('russia-iran-offline '));

/** A reader's first visit: the home page, until the worker controls it and the footer says the copy is complete. */
async function firstVisit(page: Page, path = '') {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The sentence, in the page's language, once the pages and that language's editions are saved.
  await expect(page.locator('.offline-note')).toHaveText(/\S/, { timeout: 30_000 });
}

/**
 * Fetches from inside the page, so requests go through the worker as the page's own would. Paths
 * are relative to the site root, whichever page is open.
 */
function fetchInPage(page: Page, urls: string[]) {
  return page.evaluate(
    (list) =>
      Promise.all(
        list.map(async (url) => {
          try {
            const response = await fetch(new URL(url, `${location.origin}/`));
            return {
              url,
              status: response.status,
              type: response.headers.get('content-type'),
              bytes: (await response.arrayBuffer()).byteLength,
            };
          } catch (error) {
            return { url, status: 0, type: null, bytes: 0, error: String(error) };
          }
        }),
      ),
    urls,
  );
}

test('after one visit every page, chart download and export opens offline, from the saved copy', async ({ page, context, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await firstVisit(page);
  await context.setOffline(true);
  const problems = guardPage(page, new URL(baseURL!).origin);
  const pages = sitePages();
  for (const slug of chapters) expect(pages).toContain(`${slug}/`);
  for (const path of ['', 'about/', 'updates/', 'sources/']) expect(pages).toContain(path);
  if (exportFiles.length > 0) expect(pages).toContain('download/');

  let charts = 0;
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), `/${path}`).toBe(200);
    expect(response?.fromServiceWorker(), `/${path}`).toBe(true);
    await expect(page.locator('h1')).toHaveCount(1);
    // The stylesheet came from the copy too: the page has its own background, not the browser's.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(251, 250, 247)');
    for (const chart of await page.locator('figure.chart').all()) {
      await expect(chart.locator('.chart-layout:visible svg').first()).toBeVisible();
      charts += 1;
    }
  }
  expect(charts, 'charts drawn offline').toBeGreaterThanOrEqual(3);

  // Downloads, exports and app files, byte for byte as built.
  const files = [...chartFiles, ...appFiles, ...exportsOf(defaultLang)];
  const fetched = await fetchInPage(page, files);
  for (const [i, file] of files.entries()) {
    expect(fetched[i], file).toMatchObject({ status: 200, bytes: statSync(join(distDir, file)).size });
  }
  expect(fetched.find((f) => f.url === 'data/timeline.csv')?.type).toContain('text/csv');
  expect(fetched.find((f) => f.url === 'data/timeline.svg')?.type).toContain('image/svg+xml');
  // Chromium fetches the tab's icon itself, past the service worker (crbug.com/448427): offline,
  // that one request may fail whatever the site does. Everything the page asks for must not.
  expect(problems.filter((problem) => !/^failed request: \S+\/favicon\.svg /.test(problem))).toEqual([]);

  // The control: a file outside the copy fails, so the answers above cannot have come from the network.
  const [outside] = await fetchInPage(page, ['robots.txt']);
  expect(outside!.status).toBe(0);
  // Another language's editions were not sent to a reader of this one.
  for (const other of languages.filter((lang) => lang !== defaultLang))
    for (const result of await fetchInPage(page, exportsOf(other))) expect(result.status, result.url).toBe(0);
});

test('a page in another language saves that language’s editions for offline reading', async ({ page, context }) => {
  const others = languages.filter((lang) => lang !== defaultLang);
  test.skip(others.length === 0 || exportFiles.length === 0, 'one language, or no exports in this build');
  for (const lang of others) {
    await firstVisit(page, `${lang}/`);
    await expect(page.locator('.offline-note')).toHaveText(strings(lang).page.offlineSaved);
    await context.setOffline(true);
    const files = exportsOf(lang);
    expect(files.length, lang).toBeGreaterThan(0);
    for (const [i, result] of (await fetchInPage(page, files)).entries())
      expect(result, files[i]).toMatchObject({ status: 200, bytes: statSync(join(distDir, files[i]!)).size });
    await context.setOffline(false);
  }
});

test('offline, a directory address without its slash redirects to the saved page', async ({ page, context, baseURL }) => {
  await firstVisit(page);
  await context.setOffline(true);
  const chapter = pageOf('arms-transfers').replace(/\/$/, '');
  const response = await page.goto(chapter);
  expect(response?.status()).toBe(200);
  expect(page.url()).toBe(new URL(`${chapter}/`, baseURL).href);
  await expect(page.locator('figure#chart-arms-transfers .chart-layout:visible svg')).toBeVisible();
});

test('embed pages, the loader and oEmbed are left to the network, untouched', async ({ page, context }) => {
  await firstVisit(page);
  // Online: a page comes through the worker's fetch handler; the embed never does.
  expect((await page.goto('treaty/'))?.fromServiceWorker()).toBe(true);
  const embed = await page.goto('embed/timeline/');
  expect(embed?.status()).toBe(200);
  expect(embed?.fromServiceWorker()).toBe(false);
  // Offline: the site still opens, the embeds do not (they are neither answered nor saved).
  await page.goto('');
  await context.setOffline(true);
  await expect(page.locator('h1')).toBeVisible();
  const fetched = await fetchInPage(page, ['embed/timeline/', 'embed/timeline/v1/', 'embed.js', 'oembed/timeline.json']);
  for (const result of fetched) expect(result.status, result.url).toBe(0);
  // Nothing of theirs is in the cache either.
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('russia-iran-offline '));
    return (
      await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)))
    ).flat();
  });
  expect(cached.length).toBeGreaterThan(20);
  expect(cached.filter((path) => /^\/(embed\/|embed\.js$|oembed\/)/.test(path))).toEqual([]);
  await expect(page.goto('embed/timeline/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('sw.js lists every page and file a reader needs, no embed or crawler file, versioned by their contents', async ({ request }) => {
  const served = await request.get('sw.js');
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('javascript');
  const precache = precacheIn(await served.text());
  const listed = [...precache.core, ...precache.downloads];
  expect(listed.filter((url) => /^(embed\/|embed\.js$|oembed\/)|sitemap|robots\.txt|404\.html|sw\.js/.test(url))).toEqual([]);
  expect(precache.core).toEqual(expect.arrayContaining([...sitePages(), ...chartFiles, ...appFiles]));
  // Every stylesheet and script the pages load.
  for (const file of readdirSync(join(distDir, '_astro'))) expect(precache.core).toContain(`_astro/${file}`);
  // Exports come after the pages, in their own phase.
  expect([...precache.downloads].sort()).toEqual([...exportFiles].sort());
  // The version is the hash of exactly these files as built: any change makes a new cache.
  expect(precache.version).toBe(precacheVersion(listed.map((url) => ({ url, content: readFileSync(fileFor(url)) }))));
});

test('one cache per version: a new worker deletes the copy it replaces, and only ours', async ({ page }) => {
  const { version } = builtWorker();
  await firstVisit(page);
  expect(ours(await page.evaluate(() => caches.keys()))).toEqual([`russia-iran-offline / ${version}`]);
  // A copy left by an earlier deploy, and a cache some other script on this origin keeps.
  await page.evaluate(async () => {
    await (await caches.open('russia-iran-offline / 0123456789abcdef')).put('/old/', new Response('old'));
    await caches.open('someone-else');
  });
  // A worker from another script URL is a new worker for the scope: it installs and activates as
  // the next deploy's would (the server ignores the query; a real deploy changes the list).
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.register('/sw.js?next-deploy', { scope: '/' });
    const next = registration.installing ?? registration.waiting ?? registration.active!;
    if (next.state !== 'activated') {
      await new Promise<void>((resolve) => next.addEventListener('statechange', () => next.state === 'activated' && resolve()));
    }
  });
  const names = await page.evaluate(() => caches.keys());
  expect(ours(names)).toEqual([`russia-iran-offline / ${version}`]);
  expect(names).toContain('someone-else');
});

test('the web app manifest: names, colours, scope and icons at their sizes', async ({ page, request }) => {
  await page.goto('');
  const link = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(link).toBe('/manifest.webmanifest');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon.png');
  const response = await request.get(link!);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as Manifest;
  expect(manifest).toMatchObject({
    name: 'Russia and Iran: from rivals to uneasy allies',
    short_name: 'Russia and Iran',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    lang: 'en',
  });
  expect(manifest.description.length).toBeGreaterThan(20);
  const icons = [...manifest.icons, { src: '/icons/apple-touch-icon.png', sizes: '180x180', purpose: 'any' }];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable', '180x180 any']);
  for (const icon of icons) {
    const png = await request.get(icon.src);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    // Width and height from the PNG's IHDR chunk.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test.describe('without service workers', () => {
  test.use({ serviceWorkers: 'block' });
  test('the footer says nothing about reading offline', async ({ page }) => {
    await page.goto('');
    // The page's attempt to register the worker (sw.js from the network) fails silently: no
    // event marks its end but a quiet network.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await expect(page.locator('.offline-note')).toBeEmpty();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the footer says nothing about reading offline', async ({ page }) => {
    await page.goto('cooperation/');
    await expect(page.locator('.offline-note')).toBeEmpty();
    expect((await page.locator('.offline-note').boundingBox())?.height ?? 0).toBe(0);
  });
});

// The build under a sub-path (npm run build:base writes dist-base/). Its own server, on a port
// of this run's block: E2E_PORT + 3.
test.describe('under a sub-path', () => {
  const base = '/projects/russia-iran/';
  const port = Number(process.env['E2E_PORT'] ?? 4410) + 3;
  const start = `http://127.0.0.1:${port}${base}`;
  let server: ChildProcess | undefined;
  test.describe.configure({ mode: 'serial' });
  test.skip(!existsSync('dist-base/sw.js'), 'run `npm run build:base` first');

  test.beforeAll(async () => {
    server = spawn(process.execPath, ['tools/serve.ts'], {
      env: { ...process.env, OUT_DIR: 'dist-base', BASE_PATH: base, PORT: String(port) },
      stdio: 'pipe',
    });
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.on('data', () => resolve());
      server!.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  });
  test.afterAll(() => server?.kill());

  test('the worker lives at the base, controls only it, and the copy opens offline there', async ({ page, context, request }) => {
    const manifest = (await (await request.get(`${start}manifest.webmanifest`)).json()) as Manifest;
    expect(manifest).toMatchObject({ start_url: base, scope: base, id: base });
    expect(manifest.icons[0]?.src).toBe(`${base}icons/icon-192.png`);
    await firstVisit(page, start);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => [r.scope, r.active?.scriptURL]))).toEqual([
      start,
      `${start}sw.js`,
    ]);
    expect(ours(await page.evaluate(() => caches.keys()))).toEqual([
      `russia-iran-offline ${base} ${precacheIn(readFileSync('dist-base/sw.js', 'utf8')).version}`,
    ]);
    await context.setOffline(true);
    for (const path of ['treaty/', 'updates/']) expect((await page.goto(`${start}${path}`))?.status(), path).toBe(200);
    await expect(page.locator('figure#chart-timeline .chart-layout:visible svg')).toBeVisible();
    expect((await fetchInPage(page, [`${start}data/treaty-scope.csv`]))[0]).toMatchObject({ status: 200 });
    await expect(page.goto(`${start}embed/timeline/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
