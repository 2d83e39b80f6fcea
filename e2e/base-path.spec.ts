// Newsrooms host the site under a path of their own. `npm run build:base` builds it under
// /projects/russia-iran/ into dist-base/; here it is served there and crawled.
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { crawl } from './lib/crawl.ts';
import { pageOf } from './lib/catalog.ts';

const base = '/projects/russia-iran/';
// Its own server, on a port of this run's block: E2E_PORT + 1.
const port = Number(process.env['E2E_PORT'] ?? 4410) + 1;
let server: ChildProcess;
// The offline editions here are the ones `npm test` exported once, for the root deployment, so
// their links to the site point there; links.spec.ts checks them in the build they were made for.
// Every language's: /download/<file>.html and /download/<lang>/<file>.html.
const crawlOptions = { skipLinksIn: (url: string) => /\/download\/(?:[a-z]{2,3}\/)?[^/]+\.html$/.test(url) };
// One server for the file: its tests run in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  expect(existsSync('dist-base/index.html'), 'run `npm run build:base` first').toBe(true);
  server = spawn(process.execPath, ['tools/serve.ts'], {
    env: { ...process.env, OUT_DIR: 'dist-base', BASE_PATH: base, PORT: String(port) },
    stdio: 'pipe',
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', () => resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
});
test.afterAll(() => server?.kill());

test('under a sub-path every internal link, asset and anchor resolves', async ({ page }) => {
  const start = `http://127.0.0.1:${port}${base}`;
  const result = await crawl(start, crawlOptions);
  expect(result.broken).toEqual([]);
  expect(result.pages.length).toBeGreaterThanOrEqual(8);
  const response = await page.goto(`${start}treaty/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${base}treaty/$`));
  // Styles load from under the sub-path too.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Charter');
});

test('under a sub-path the embeds, their frozen versions and the loader keep to it', async ({ page, request }) => {
  const start = `http://127.0.0.1:${port}${base}`;
  for (const path of ['embed/timeline/', 'embed/timeline/v1/']) {
    const result = await crawl(`${start}${path}`, crawlOptions);
    expect(result.broken, path).toEqual([]);
    await page.goto(`${start}${path}`);
    // The latest links to where the chart lives now; a frozen version keeps the page it was frozen
    // with (whose anchor stays, e2e/embeds.spec.ts), under the same sub-path.
    if (path.endsWith('/v1/'))
      await expect(page.locator('.embed-from a').last()).toHaveAttribute('href', new RegExp(`^${base}[a-z-]*/?#chart-timeline$`));
    else await expect(page.locator('.embed-from a').last()).toHaveAttribute('href', `${base}${pageOf('timeline')}#chart-timeline`);
    await expect(page.locator('figure[data-chart] .chart-downloads a').first()).toHaveAttribute('href', `${base}data/timeline.csv`);
  }
  // The loader only accepts embeds under its own directory: here, the sub-path's /embed/.
  expect((await request.get(`${start}embed.js`)).status()).toBe(200);
  const code = await (await request.get(`${start}treaty/`)).text();
  expect(code).toContain(`/projects/russia-iran/embed/treaty-scope/`);
});
