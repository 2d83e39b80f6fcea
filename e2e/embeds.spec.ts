// The embed pages themselves, the embed code under each chart, the oEmbed answers and the loader.
// How they behave inside other sites' pages is in embed-hosts.spec.ts.
import { test, expect } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'yaml';
import { axeViolations, inBothSchemes } from './lib/axe.ts';
import { distDir, embedPages, withoutLang, langOf, langPrefix } from './lib/site.ts';
import { guardPage } from './lib/guard.ts';
import { hostOrigin } from './lib/hosts.ts';
import { chartIds, charts, chartsOn, pageOf, languages } from './lib/catalog.ts';

/** The newest frozen version of a chart, as content/embeds/versions.yaml lists it: the one the embed code offers. */
const latestVersion = (chart: string) =>
  Math.max(
    ...(parse(readFileSync('content/embeds/versions.yaml', 'utf8')) as { chart: string; version: number }[])
      .filter((v) => v.chart === chart)
      .map((v) => v.version),
  );
const brotli = (data: Buffer | string) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('every chart has its latest embed and a frozen version 1 in every language, and nothing else is under /embed/', () => {
  const expected = languages.flatMap((lang) =>
    chartIds.flatMap((id) => [`${langPrefix(lang)}embed/${id}/`, `${langPrefix(lang)}embed/${id}/v1/`]),
  );
  for (const path of expected) expect(embedPages()).toContain(path);
  expect(embedPages().filter((p) => !/^embed\/[a-z-]+\/(v\d+\/)?$/.test(withoutLang(p)))).toEqual([]);
});

for (const path of embedPages()) {
  test(`/${path}: the chart alone, noindex, canonical to its chapter, oEmbed discovery, no site chrome`, async ({ page, baseURL }) => {
    const problems = guardPage(page, new URL(baseURL!).origin);
    const chart = withoutLang(path).split('/')[1]!;
    const prefix = langPrefix(langOf(path));
    await page.goto(path);
    await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-chart', chart);
    await expect(page.locator('.site-header, .site-footer, .skip-link')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    expect(`${canonical.pathname}${canonical.hash}`).toBe(`/${prefix}${pageOf(chart)}#chart-${chart}`);
    const oembed = new URL((await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!);
    expect(oembed.pathname).toBe(`/${prefix}oembed/${chart}.json`);
    expect(oembed.searchParams.get('format')).toBe('json');
    expect(new URL(oembed.searchParams.get('url')!).pathname).toBe(`/${path}`);
    // Links leave the frame for the top window.
    await expect(page.locator('base')).toHaveAttribute('target', '_top');
    const from = (await page.locator('.embed-from a').last().getAttribute('href'))!;
    if (/\/v\d+\/$/.test(path)) {
      // A frozen version keeps the address it was frozen with; that page still has the chart's
      // anchor (the chart, or a pointer to where it lives now).
      const target = new URL(from, page.url());
      expect(target.hash).toBe(`#chart-${chart}`);
      expect(readFileSync(`${distDir}${target.pathname}index.html`, 'utf8')).toContain(`id="chart-${chart}"`);
    } else expect(from).toBe(`/${prefix}${pageOf(chart)}#chart-${chart}`);
    // One request: styles and scripts are inline (a sandboxed frame could not load module scripts).
    await expect(page.locator('link[rel="stylesheet"], script[src]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

test('a frozen version shows exactly its frozen markup, says so, and links to the current chart', async ({ page }) => {
  for (const chart of chartIds) {
    const file = readFileSync(`content/embeds/${chart}/v1.html`, 'utf8');
    const frozenBody = file
      .slice(file.indexOf('</style>') + '</style>'.length)
      .trim()
      .replaceAll('{{base}}', '/');
    const built = readFileSync(`${distDir}/embed/${chart}/v1/index.html`, 'utf8');
    const body = built.slice(built.indexOf('<!--embed-content:start-->') + 26, built.indexOf('<!--embed-content:end-->'));
    expect(body).toBe(frozenBody);
    const css = file.slice('<style data-embed-style>'.length, file.indexOf('</style>'));
    expect(built).toContain(`<style data-embed-style>${css}</style>`);
    await page.goto(`embed/${chart}/v1/`);
    await expect(page.locator('.embed-version')).toContainText(/Version 1, frozen on \d{1,2} \w+ 20\d\d/);
    await expect(page.locator('.embed-version a')).toHaveAttribute('href', `/${pageOf(chart)}#chart-${chart}`);
    // The script's words come from the current page around the frozen figure.
    await expect(page.locator('[data-canvas]')).toHaveAttribute(
      'aria-label',
      /\. Use the arrow keys to step through the points; Escape closes the details\.$/,
    );
  }
});

test('?theme= and ?plain= work, and a wrong value falls back to the reader’s setting', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('embed/arms-transfers/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(21, 23, 26)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('embed/arms-transfers/?theme=light');
  expect(await background()).toBe('rgb(251, 250, 247)');
  for (const query of ['?theme=auto', '?theme=%3Cscript%3E', '']) {
    await page.goto(`embed/arms-transfers/${query}`);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background()).toBe('rgb(21, 23, 26)');
  }
  // plain=1: the headline is not shown, but the figure still has it for screen readers.
  await page.goto('embed/treaty-scope/?plain=1');
  const head = page.locator('.chart-head');
  expect(await head.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('figure', { name: /A broad treaty with no promise of defence/ })).toBeAttached();
  await page.goto('embed/treaty-scope/');
  expect(await head.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(30);
});

test.describe('embed pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const chart of chartIds) {
    test(`/embed/${chart}/ draws the chart and fits 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`embed/${chart}/`);
      await expect(page.locator('.chart-layout--narrow svg[role="img"]')).toBeVisible();
      await expect(page.locator('.embed-from a').last()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

// Loaded once per width; the colour scheme then switched in place, as a reader's system setting does.
for (const width of [320, 1280]) {
  test(`axe: embed pages, light and dark, ${width}px (the latest, plain)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [...chartIds.map((c) => `embed/${c}/`), 'embed/arms-transfers/?plain=1']) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await inBothSchemes(page, async (scheme) => {
        expect(await axeViolations(page), `${path} ${scheme}`).toEqual([]);
      });
    }
  });
}

// A frozen version never changes (and is checked when it is frozen), so once, not per theme and width.
test('axe: a frozen version, once (dark, 320px)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const path = 'embed/timeline/v1/';
  await page.goto(path);
  expect(await axeViolations(page), path).toEqual([]);
});

test('axe: a compact embed inside a WordPress-style sandbox (the drawing scrolls in its own region)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(`${hostOrigin}/wordpress?chart=treaty-scope`);
  await expect(page.frameLocator('iframe').locator('html')).toHaveAttribute('data-compact', '');
  await expect(page.locator('blockquote')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the embed code under each chart', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const { id: chart, page: home } of charts) {
    test(`/${home}: ${chart} offers working embed code, copied by keyboard with an announcement`, async ({ page, baseURL }) => {
      await page.goto(`./${home}`);
      const box = page.locator(`#chart-${chart} [data-embed-box]`);
      const summary = box.locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(box).toHaveAttribute('open', '');
      const latest = box.getByLabel(/Always the current chart/);
      const frozen = box.getByLabel(new RegExp(`Frozen at version ${latestVersion(chart)} of \\d{1,2} \\w+ 20\\d\\d`));
      await expect(latest).toBeVisible();
      await expect(frozen).toBeVisible();
      const code = await latest.inputValue();
      const site = /src="(https?:\/\/[^/]+)\/embed\//.exec(code)![1];
      // The iframe the issue asks for, a plain link for CMSs that strip frames, and the loader.
      expect(code).toContain(`<div data-russia-iran-embed="${site}/embed/${chart}/">`);
      expect(code).toMatch(
        new RegExp(
          `<iframe src="${site}/embed/${chart}/" title="Chart: [^"]+" loading="lazy" height="\\d+" style="display:block;width:1px;min-width:100%;border:0"></iframe>`,
        ),
      );
      expect(code).toContain(`<a href="${site}/${home}#chart-${chart}">`);
      expect(code).toContain(`<script async src="${site}/embed.js"></script>`);
      expect(await frozen.inputValue()).toContain(`${site}/embed/${chart}/v${latestVersion(chart)}/`);
      // Keyboard: from the summary past the help link to the first code, then its copy button.
      await page.keyboard.press('Tab');
      await expect(box.getByRole('link', { name: 'Options and details' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(latest).toBeFocused();
      await page.keyboard.press('Tab');
      const button = box.getByRole('button', { name: 'Copy code' }).first();
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(box.getByRole('status')).toHaveText(/^Copied: Always the current chart/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      // The starting height is the real height at an article's width, give or take 15 per cent.
      const start = Number(/height="(\d+)"/.exec(code)![1]);
      await page.setViewportSize({ width: 720, height: 900 });
      await page.goto(`${baseURL}embed/${chart}/`);
      const real = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(Math.abs(start - real) / real, `starting height ${start}, real ${real}`).toBeLessThan(0.15);
    });
  }
});

test.describe('the embed code without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('is plain selectable text, and no dead copy button shows', async ({ page }) => {
    await page.goto(`./${pageOf('arms-transfers')}`);
    const box = page.locator('#chart-arms-transfers [data-embed-box]');
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    const field = box.getByLabel(/Always the current chart/);
    await expect(field).toBeVisible();
    await expect(field).toHaveAttribute('readonly', '');
    expect(await field.inputValue()).toMatch(/^<div data-russia-iran-embed=/);
    await expect(box.getByRole('button')).toHaveCount(0);
  });
});

/** An oEmbed answer: the fields read by name, and any other by key. */
type OEmbedAnswer = Record<string, unknown> & { height: number; thumbnail_url: string; html: string };

test('oEmbed: one rich answer per chart whose HTML survives WordPress’s filter, found from its pages', async ({
  page,
  request,
  baseURL,
}) => {
  for (const { id: chart, page: home } of charts) {
    const response = await request.get(`oembed/${chart}.json?url=anything&format=json`);
    expect(response.headers()['content-type']).toContain('application/json');
    const data = (await response.json()) as OEmbedAnswer;
    expect(data).toMatchObject({ version: '1.0', type: 'rich', width: 720 });
    expect(data.height).toBeGreaterThanOrEqual(200);
    expect(data.height).toBeLessThanOrEqual(1000);
    for (const key of ['title', 'provider_name', 'provider_url', 'author_name', 'thumbnail_url']) expect(data[key], key).toBeTruthy();
    expect(new URL(data.thumbnail_url).pathname).toBe(`/data/${chart}.png`);
    // What WordPress keeps from an unknown provider: <a href>, <blockquote>, one <iframe> with plain attributes.
    const html = data.html;
    const tags = [...html.matchAll(/<(\/?)([a-z]+)([^>]*)>/g)];
    expect(tags.map((t) => `${t[1]}${t[2]}`)).toEqual(['blockquote', 'a', '/a', '/blockquote', 'iframe', '/iframe']);
    const allowed: Record<string, string[]> = {
      a: ['href'],
      blockquote: [],
      iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
    };
    for (const [, , tag, attributes] of tags) {
      for (const [, name] of attributes!.matchAll(/\s([a-z-]+)=/g)) expect(allowed[tag!], `${tag} ${name}`).toContain(name);
    }
    expect(new URL(/<a href="([^"]+)"/.exec(html)![1]!).pathname + new URL(/<a href="([^"]+)"/.exec(html)![1]!).hash).toBe(
      `/${home}#chart-${chart}`,
    );
    expect(new URL(/<iframe src="([^"]+)"/.exec(html)![1]!).pathname).toBe(`/embed/${chart}/`);
    // The page the chart lives on announces it, beside any other chart that lives there.
    await page.goto(`./${home}`);
    const discovery = page.locator('link[type="application/json+oembed"]');
    await expect(discovery).toHaveCount(chartsOn(home).length);
    const hrefs = (await discovery.evaluateAll((links) => links.map((l) => l.getAttribute('href')!))).map((h) => new URL(h));
    const href = hrefs.find((h) => h.pathname === `/oembed/${chart}.json`)!;
    expect(href, `/${home} announces ${chart}`).toBeDefined();
    expect(href.pathname).toBe(`/oembed/${chart}.json`);
    expect(href.searchParams.get('url')).toBe(new URL(`/${home}`, href).href);
    expect((await request.get(`${baseURL}${href.pathname.slice(1)}`)).status()).toBe(200);
  }
});

test('the loader: JavaScript, at most 1 KB compressed', async ({ request }) => {
  const response = await request.get('embed.js');
  expect(response.headers()['content-type']).toContain('text/javascript');
  const bytes = brotli(await response.body());
  console.log(`embed.js: ${statSync(`${distDir}/embed.js`).size} B, ${bytes} B brotli`);
  expect(bytes).toBeLessThanOrEqual(1024);
});

test('the sitemap leaves out the embed pages', async ({ request }) => {
  const text = await (await request.get('sitemap-0.xml')).text();
  expect(text).toContain('/cooperation/');
  expect(text).not.toContain('/embed/');
});
