// Our charts inside other sites' pages: host pages on another origin (e2e/hosts/server.ts) frame
// each chart the ways newsrooms do, and at four widths (a frozen version at two) the frame must
// end up exactly as tall as the chart's page (within 2 px), with no scrollbar inside and nothing
// in the console.
import { test, expect, type Page } from '@playwright/test';
import { hostOrigin, siteOrigin } from './lib/hosts.ts';
import { chartIds as charts, pageOf } from './lib/catalog.ts';
import { countMessages, embedFrame, expectFitted, frameAt, messagesFrom, settled, sizes } from './lib/frames.ts';

const widths = [1200, 768, 375, 320];

/** Console errors, uncaught exceptions, failed or 4xx/5xx requests, and any origin but the two. */
function guardHost(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== siteOrigin && origin !== hostOrigin && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`);
  });
  return problems;
}

// Every test here reads how the host page hears from its frames.
test.beforeEach(async ({ page }) => countMessages(page));

const hosts: { name: string; path: (chart: string) => string; iframe: string; widths?: number[] }[] = [
  { name: 'our embed code and loader', path: (chart: string) => `/loader?chart=${chart}`, iframe: 'iframe[data-russia-iran-frame]' },
  // A frozen version's markup never changes: its frame is checked at the widest and narrowest
  // widths only, not at each of the four.
  {
    name: 'our frozen embed code',
    path: (chart: string) => `/loader?chart=${chart}&frozen=1`,
    iframe: 'iframe[data-russia-iran-frame]',
    widths: [widths[0]!, widths.at(-1)!],
  },
  { name: 'pym.js Parent', path: (chart: string) => `/pym?chart=${chart}`, iframe: '#rivals-chart iframe' },
  { name: 'a Datawrapper-style listener', path: (chart: string) => `/datawrapper?chart=${chart}`, iframe: 'iframe' },
  {
    name: 'WordPress oEmbed (sandboxed, with a secret)',
    path: (chart: string) => `/wordpress?chart=${chart}`,
    iframe: 'iframe.wp-embedded-content',
  },
];

for (const host of hosts) {
  for (const chart of charts) {
    const at = host.widths ?? widths;
    test(`${chart} in ${host.name}: fitted at ${at.join(', ')} px`, async ({ page }) => {
      const problems = guardHost(page);
      await page.setViewportSize({ width: at[0]!, height: 900 });
      await page.goto(`${hostOrigin}${host.path(chart)}`);
      const iframe = page.locator(host.iframe);
      await expect(iframe).toHaveCount(1);
      await iframe.scrollIntoViewIfNeeded();
      const frame = await embedFrame(page, chart);
      await frame.locator('figure[data-chart]').waitFor();
      const heights: number[] = [];
      for (const width of at) {
        await page.setViewportSize({ width, height: 900 });
        const s = await expectFitted(iframe, frame, `${width}px`);
        heights.push(Math.round(s.frameHeight));
        // WordPress clamps to 1,000 px: there the embed must be compact enough to fit.
        if (host.name.startsWith('WordPress')) expect(s.content).toBeLessThanOrEqual(1000);
      }
      // The narrow arrangement is taller than the wide one: the frame followed the change (in
      // WordPress a tall chart stays at the 1,000 px it is held to).
      if (!host.name.startsWith('WordPress')) expect(heights.at(-1)).toBeGreaterThan(heights[0]!);
      expect(problems).toEqual([]);
    });
  }
}

for (const chart of charts) {
  test(`${chart} in a bare iframe: the chart shows, nothing breaks, the content can be scrolled`, async ({ page }) => {
    const problems = guardHost(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${hostOrigin}/bare?chart=${chart}`);
    const iframe = page.locator('iframe');
    const frame = await embedFrame(page, chart);
    await expect(frame.locator('.chart-layout--narrow svg')).toBeVisible();
    // The embed has said its height…
    await expect.poll(() => messagesFrom(iframe), { message: 'the embed announced its height' }).toBeGreaterThan(0);
    // …but nothing on this page listens, so the frame keeps the height the host gave it…
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(500);
    // …and the reader can still scroll to the end of the chart's page.
    const s = await sizes(iframe, frame);
    expect(s.scrollHeight).toBeGreaterThan(s.clientHeight);
    await frame.locator('.embed-from a').last().scrollIntoViewIfNeeded();
    await expect(frame.locator('.embed-from a').last()).toBeInViewport();
    expect(problems).toEqual([]);
  });
}

test('many embeds on one page: each frame follows only its own chart, far ones load lazily', async ({ page }) => {
  const problems = guardHost(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`${hostOrigin}/loader-many`);
  const frames = page.locator('iframe[data-russia-iran-frame]');
  await expect(frames).toHaveCount(4);
  // Every marker got a titled, lazy, responsive frame.
  for (const iframe of await frames.all()) {
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('title', /^Chart: /);
    await expect(iframe).toHaveAttribute('style', /min-width:\s*100%/);
  }
  const first = frames.nth(0);
  const dark = frames.nth(1);
  const plain = frames.nth(2);
  await expectFitted(first, await frameAt(page, `${siteOrigin}/embed/arms-transfers/`), 'arms-transfers');
  const darkFrame = await frameAt(page, `${siteOrigin}/embed/treaty-scope/?theme=dark`);
  await expectFitted(dark, darkFrame, 'treaty-scope, dark');
  await expectFitted(plain, await frameAt(page, `${siteOrigin}/embed/arms-transfers/?plain=1`), 'arms-transfers, plain');
  // The timeline sits 7,000 px down: the three near frames have loaded and settled, and it has
  // not been loaded, since the reader has not got near it.
  expect(requested.filter((u) => u.startsWith(`${siteOrigin}/embed/timeline/`))).toEqual([]);
  // Same chart, with and without its headline: two frames, two heights.
  const h1 = await first.evaluate((el) => el.getBoundingClientRect().height);
  const h3 = await plain.evaluate((el) => el.getBoundingClientRect().height);
  expect(h1).toBeGreaterThan(h3);
  // The fallback link beside each sized frame is hidden; the chart replaced it.
  await expect(page.locator('[data-russia-iran-embed] p').first()).toBeHidden();
  // Options reached the frames.
  await expect(darkFrame.locator('html')).toHaveAttribute('data-theme', 'dark');

  await frames.nth(3).scrollIntoViewIfNeeded();
  await expect.poll(() => requested.some((u) => u.startsWith(`${siteOrigin}/embed/timeline/`))).toBe(true);
  await expectFitted(frames.nth(3), await frameAt(page, `${siteOrigin}/embed/timeline/`), 'timeline, scrolled to');
  expect(problems).toEqual([]);
});

test('forged and malformed messages change no frame; a real one still does', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`${hostOrigin}/loader-many`);
  const iframe = page.locator('iframe[data-russia-iran-frame]').first();
  const frame = await frameAt(page, `${siteOrigin}/embed/arms-transfers/`);
  await expectFitted(iframe, frame, 'before');
  const before = await iframe.evaluate((el) => el.style.height);
  // Each sender ends with a marker the loader ignores: messages from one window arrive in order,
  // so once the marker is heard, the loader has handled every message before it.
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    addEventListener('message', (event) => typeof event.data === 'string' && event.data.startsWith('end:') && heard.push(event.data));
  });
  const rogue = page.locator('#rogue');
  const rogueBefore = await messagesFrom(rogue);
  // The rogue frame on the page posts 321 px in every format, ten times a second; the host page
  // itself now posts too.
  await page.evaluate(() => {
    for (const m of [{ sentinel: 'amp', type: 'embed-size', height: 99 }, { 'datawrapper-height': { 'arms-transfers': 99 } }, 'end:host'])
      window.postMessage(m, '*');
  });
  // Our own frame sends garbage: wrong types, out of bounds, not a number, not our format.
  await frame.evaluate(() => {
    const bad: unknown[] = [
      'hello',
      '{"sentinel":"amp","type":"embed-size","height":500}',
      null,
      { sentinel: 'amp', type: 'embed-size' },
      { sentinel: 'amp', type: 'embed-size', height: '500' },
      { sentinel: 'amp', type: 'embed-size', height: 1e9 },
      { sentinel: 'amp', type: 'embed-size', height: Number.POSITIVE_INFINITY },
      { sentinel: 'amp', type: 'embed-size', height: Number.NaN },
      { sentinel: 'amp', type: 'embed-size', height: -300 },
      { sentinel: 'amp', type: 'embed-size', height: 3 },
      { sentinel: 'amp', type: 'embed-resize', height: 500 },
      { 'datawrapper-height': { 'arms-transfers': 500 } },
    ];
    for (const m of [...bad, 'end:frame']) window.parent.postMessage(m, '*');
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.sort()), { message: 'every message was handled' })
    .toEqual(['end:frame', 'end:host']);
  // Ten more rounds of the rogue's four forgeries.
  await expect
    .poll(async () => (await messagesFrom(rogue)) - rogueBefore, { message: 'the rogue frame kept posting' })
    .toBeGreaterThanOrEqual(40);
  expect(await iframe.evaluate((el) => el.style.height)).toBe(before);
  for (const other of await page.locator('iframe[data-russia-iran-frame]').all())
    expect(await other.evaluate((el) => el.style.height)).not.toBe('321px');

  // A well-formed height from the frame itself is obeyed (so the checks above were not vacuous)…
  // The embed answers a wrong height with its real one within a frame or two, so every height the
  // iframe is given is recorded, rather than hoping a poll lands in that moment.
  await iframe.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { heightsSet: string[] }).heightsSet = seen;
    new MutationObserver(() => seen.push(el.style.height)).observe(el, { attributes: true, attributeFilter: ['style'] });
  });
  await frame.evaluate(() => window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 333 }, '*'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { heightsSet: string[] }).heightsSet)).toContain('333px');
  // …and the embed notices the frame no longer fits and says its real height again.
  await expectFitted(iframe, frame, 'after a wrong height');
});

test('the embed ignores what the host sends it: no navigation, no change', async ({ page }) => {
  const navigations: string[] = [];
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`${hostOrigin}/pym?chart=arms-transfers`);
  const frame = await embedFrame(page, 'arms-transfers');
  await frame.locator('figure[data-chart]').waitFor();
  await settled(page.locator('iframe'), frame, 'before the messages');
  const frameUrl = frame.url();
  const html = await frame.evaluate(() => document.documentElement.outerHTML.length);
  page.on('framenavigated', (f) => navigations.push(f.url()));
  await frame.evaluate(() => {
    const w = window as unknown as { received: number };
    w.received = 0;
    addEventListener('message', () => (w.received += 1));
  });
  const sent = await page.evaluate(() => {
    const target = document.querySelector('iframe')!.contentWindow!;
    const id = 'rivals-chart';
    const messages = [
      `pymxPYMx${id}xPYMxnavigateToxPYMxhttps://example.org/phish`,
      `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
      `pymxPYMx${id}xPYMxscrollToChildPosxPYMx9999`,
      { message: 'link', value: 'https://example.org/phish', secret: 'Ab3dE5gH9k' },
      { sentinel: 'amp', type: 'embed-size', height: 10 },
      { theme: 'dark', plain: 1 },
    ];
    for (const m of messages) target.postMessage(m, '*');
    return messages.length;
  });
  // Every message reached the embed, in the same document, and the embed's event loop has turned
  // since, so whatever a listener did or queued at once has happened. (The embed has no message
  // listener of its own: src/embed/child.ts.)
  const received = () =>
    frame
      .evaluate(() => (window as unknown as { received?: number }).received ?? `a new document at ${location.href}`)
      .catch((e: Error) => `frame gone: ${e.message}`);
  await expect.poll(received, { message: 'every message reached the embed' }).toBe(sent);
  await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  expect(navigations).toEqual([]);
  expect(frame.url()).toBe(frameUrl);
  expect(page.url()).toBe(`${hostOrigin}/pym?chart=arms-transfers`);
  expect(await frame.evaluate(() => document.documentElement.outerHTML.length)).toBe(html);
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('a link in the embed opens the explainer in the top window (loader host)', async ({ page }) => {
  await page.goto(`${hostOrigin}/loader?chart=treaty-scope`);
  const frame = await embedFrame(page, 'treaty-scope');
  await frame.getByRole('link', { name: 'Read the chapter' }).click();
  await page.waitForURL(`${siteOrigin}/${pageOf('treaty-scope')}#chart-treaty-scope`);
});

test('inside WordPress’s sandbox, the embed asks the host to open its links, and is compact', async ({ page }) => {
  const problems = guardHost(page);
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(`${hostOrigin}/wordpress?chart=timeline`);
  const frame = await embedFrame(page, 'timeline');
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  await expect(frame.locator('html')).toHaveAttribute('data-compact', '');
  // The long parts are left to the chapter; the drawing scrolls inside its own region.
  await expect(frame.locator('.chart-data').first()).toBeHidden();
  await expect(frame.locator('.embed-compact-more')).toBeVisible();
  const canvas = frame.locator('[data-canvas]');
  expect(await canvas.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  // The last link under the chart: to the chart in the explainer.
  await frame.locator('.embed-from a').last().click();
  await page.waitForURL(`${siteOrigin}/${pageOf('timeline')}#chart-timeline`);
  expect(problems).toEqual([]);
});

test('the frame follows the chart when the reader opens its filters and its table, and closes them', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`${hostOrigin}/loader?chart=arms-transfers`);
  const iframe = page.locator('iframe[data-russia-iran-frame]');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await embedFrame(page, 'arms-transfers');
  const closed = (await expectFitted(iframe, frame, 'closed')).frameHeight;
  await frame.getByText('Filter the chart').click();
  await frame.getByRole('checkbox', { name: /Iran to Russia/ }).uncheck();
  const filters = (await expectFitted(iframe, frame, 'filters open')).frameHeight;
  expect(filters).toBeGreaterThan(closed);
  await frame.locator('.chart-data summary').first().click();
  expect((await expectFitted(iframe, frame, 'table open')).frameHeight).toBeGreaterThan(filters + 100);
  await frame.locator('.chart-data summary').first().click();
  await frame.getByText('Filter the chart').click();
  expect(Math.abs((await expectFitted(iframe, frame, 'closed again')).frameHeight - closed)).toBeLessThanOrEqual(2);
});
