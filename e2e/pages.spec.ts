import { test, expect } from '@playwright/test';
import { guardPage } from './lib/guard.ts';
import { distDir, langOf, sitePages, withoutLang } from './lib/site.ts';
import { wordsOf } from './lib/words.ts';
import { languageSpecs } from '../src/i18n/languages.ts';
import { parse } from 'yaml';
import { existsSync, readFileSync } from 'node:fs';
import { chapters, chartIds } from './lib/catalog.ts';
import { inlineSourceLimit } from '../src/charts/source-list.ts';

const pages = sitePages();
const coverageUntil = new Date(
  `${String((parse(readFileSync('content/site.yaml', 'utf8')) as { coverageUntil: string }).coverageUntil)}T00:00:00Z`,
);

test('the build has every chapter, home, about, updates and sources, and no other page', () => {
  // A chart citing many sources has its numbered list on a page of its own (src/charts/source-list.ts).
  const lists = chartIds.filter((id) => existsSync(`${distDir}/sources/${id}/index.html`)).map((id) => `sources/${id}/`);
  for (const id of chartIds) {
    const count = Object.keys((JSON.parse(readFileSync(`${distDir}/data/${id}.json`, 'utf8')) as { sources: object }).sources).length;
    expect(lists.includes(`sources/${id}/`), `${id}, ${count} sources`).toBe(count > inlineSourceLimit);
  }
  const others = ['', 'about/', 'updates/', 'sources/', ...lists];
  // In every language, the same pages (e2e/languages.spec.ts checks that they match one for one).
  const inLang = pages.map(withoutLang);
  for (const path of [...others, ...chapters.map((c) => `${c}/`)]) expect(inLang).toContain(path);
  // The offline editions' page exists once `npm run export` has run.
  expect([...new Set(inLang.filter((path) => ![...others, 'download/'].includes(path)))].sort()).toEqual(
    chapters.map((c) => `${c}/`).sort(),
  );
});

for (const path of pages) {
  test(`/${path} loads cleanly with its heading, language and metadata`, async ({ page, baseURL }) => {
    const problems = guardPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Half a second without a request: the browser fetches the page's icon and manifest after
    // the load event, and no event marks the last of them.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.locator('html')).toHaveAttribute('lang', languageSpecs[langOf(path)].tag);
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical && new URL(canonical).pathname).toBe(`/${path}`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /og-image\.png$/);
    // Every page says how far its coverage runs.
    const { t } = wordsOf(path);
    await expect(page.locator('.site-footer')).toContainText(t.page.coverage(coverageUntil));
    expect(problems).toEqual([]);
  });
}

test('the Open Graph image is served', async ({ request }) => {
  const response = await request.get('og-image.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  // Served at any address, it is the canonical page of none, and search engines leave it out.
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('home page: headline, five takeaways that link to their chapters, the chapter list, the coverage date', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.standfirst')).not.toBeEmpty();
  const takeaways = page.locator('.takeaways > li');
  await expect(takeaways).toHaveCount(5);
  for (const [i, slug] of chapters.entries()) {
    await expect(takeaways.nth(i).locator('a')).toHaveAttribute('href', `/${slug}/`);
    await expect(page.locator('.chapter-list > li').nth(i).locator('a')).toHaveAttribute('href', `/${slug}/`);
  }
  await expect(page.locator('.coverage')).toContainText(/events up to \d{1,2} \w+ 20\d\d/);
});

for (const slug of chapters) {
  test(`/${slug}/ carries NewsArticle data, contents, notes and chapter navigation`, async ({ page }) => {
    await page.goto(`${slug}/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      '@type': string;
      headline: string;
      datePublished: string;
      dateModified: string;
      citation: unknown[];
    };
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(await page.locator('h1').textContent());
    expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.citation.length).toBeGreaterThan(0);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    // Contents list every section heading of the chapter.
    const sections = await page.locator('.chapter-body h2').allTextContents();
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.toc li a').allTextContents()).toEqual([...sections, 'Notes and sources']);
    // Every paragraph of the chapter's text cites at least one source (charts carry their own source lists).
    const uncited = await page
      .locator('.chapter-body > p')
      .evaluateAll((ps) => ps.filter((p) => !p.querySelector('sup.cite a')).map((p) => p.textContent));
    expect(uncited).toEqual([]);
    // Previous/next follow the chapter order.
    const i = chapters.indexOf(slug);
    if (i > 0) await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${chapters[i - 1]}/`);
    if (i < chapters.length - 1) await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/${chapters[i + 1]}/`);
  });
}

test('chapters that later events changed carry dated update notes, newest open, all printed', async ({ page }) => {
  await page.goto('treaty/');
  const notes = page.locator('.update-notes details');
  expect(await notes.count()).toBeGreaterThan(1);
  await expect(notes.first().locator('summary time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.update-notes')).toContainText('2 October 2025');
  const dates = await notes.locator('summary time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect([...dates].sort().reverse()).toEqual(dates);
  await expect(notes.first()).toHaveAttribute('open', '');
  await expect(notes.nth(1).locator('p').first()).toBeHidden();
  // Opened by keyboard like any disclosure.
  await notes.nth(1).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(notes.nth(1).locator('p').first()).toBeVisible();
  await page.keyboard.press('Enter');
  // Paper has no disclosure triangle: every update prints in full.
  await page.emulateMedia({ media: 'print' });
  for (const note of await notes.all()) await expect(note.locator('p').first()).toBeVisible();
});

test('updates page lists updates newest first, each with sources, and the Atom feed matches it', async ({ page, request }) => {
  await page.goto('updates/');
  const dates = await page.locator('.update-list > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(4);
  expect([...dates].sort().reverse()).toEqual(dates);
  for (const item of await page.locator('.update-list > li').all()) {
    expect(await item.locator('ul a[href^="http"]').count()).toBeGreaterThan(0);
  }
  const feed = await request.get('updates/feed.xml');
  expect(feed.headers()['content-type']).toContain('xml');
  const xml = await feed.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
    return {
      title: doc.querySelector('feed > title')?.textContent,
      entries: [...doc.querySelectorAll('entry > link')].map((l) => l.getAttribute('href')),
    };
  }, xml);
  expect(parsed.error).toBeUndefined();
  expect(parsed.entries).toHaveLength(dates.length);
  const ids = await page.locator('.update-list > li').evaluateAll((lis) => lis.map((li) => li.id));
  expect(parsed.entries!.map((href) => new URL(href!).hash.slice(1))).toEqual(ids);
});

test('about page explains method, the words for certainty, corrections and reuse', async ({ page }) => {
  await page.goto('about/');
  const text = (await page.locator('main').textContent())!.toLowerCase();
  for (const word of ['alleged', 'reported', 'confirmed', 'correction', 'cc by 4.0']) expect(text).toContain(word);
  // The footer's "Reuse and cite" link points at this heading.
  await expect(page.locator('h2#reusing-and-citing')).toHaveCount(1);
});

test('the sitemap lists every page and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*sitemap-index\.xml/);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1)).sort();
  expect(listed).toEqual(pages);
});
