// /sources/: the whole bibliography by kind. The counts at the top match the entries listed; every
// link back lands on an element that exists and cites that very source; state media say what they
// are there and wherever else they are listed; the page works without JavaScript and in print.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { distDir } from './lib/site.ts';
import { chapters, chartIds } from './lib/catalog.ts';

interface Entry {
  id: string;
  kind: string;
  url: string;
  label: string;
  stateMedia: boolean;
  backlinks: string[];
}

/** Every entry as the page lists it: its kind (the group it sits in), address, label and back-links. */
async function readEntries(page: Page): Promise<Entry[]> {
  return page.locator('.source-group .source-list > li').evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-source') ?? '',
      kind: li.closest('.source-group')?.getAttribute('data-kind') ?? '',
      url: li.querySelector<HTMLAnchorElement>('p:nth-of-type(2) a[href^="http"]')?.getAttribute('href') ?? '',
      label: li.querySelector('.source-label')?.textContent?.trim() ?? '',
      stateMedia: li.hasAttribute('data-state-media'),
      backlinks: [...li.querySelectorAll<HTMLAnchorElement>('.source-cited a')].map((a) => a.href),
    })),
  );
}

test('the counts at the top equal the entries listed, kind by kind', async ({ page }) => {
  await page.goto('sources/');
  await expect(page.locator('h1')).toHaveText('All sources');
  const entries = await readEntries(page);
  expect(entries.length).toBeGreaterThan(50);
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);

  const rows = await page
    .locator('.source-counts tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({ kind: tr.getAttribute('data-kind')!, count: Number(tr.querySelector('[data-count]')!.textContent) })),
    );
  expect(rows.length).toBeGreaterThan(3);
  for (const { kind, count } of rows) {
    expect(entries.filter((e) => e.kind === kind).length, kind).toBe(count);
    // The group's heading says the same number, and the table links to the group.
    await expect(page.locator(`#kind-${kind}-heading`)).toContainText(`(${count})`);
    await expect(page.locator(`.source-counts a[href="#kind-${kind}"]`)).toHaveCount(1);
  }
  expect(rows.reduce((n, r) => n + r.count, 0)).toBe(entries.length);
  expect(Number(await page.locator('[data-total]').getAttribute('data-total'))).toBe(entries.length);
  await expect(page.locator('.source-counts tfoot td')).toHaveText(String(entries.length));
  // Every kind listed is counted; no group is empty.
  expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(rows.map((r) => r.kind)));

  const stateMedia = entries.filter((e) => e.stateMedia);
  expect(stateMedia.length).toBeGreaterThan(5);
  expect(Number(await page.locator('[data-state-media-count]').getAttribute('data-state-media-count'))).toBe(stateMedia.length);
  // Each says whose it is in its label.
  for (const e of stateMedia) expect(e.label, e.id).toMatch(/state|IRGC|judiciary/);
});

test('every link back lands on an element that exists and cites that source', async ({ page, baseURL }) => {
  await page.goto('sources/');
  const entries = await readEntries(page);
  // Target page → anchor → the source addresses that must be linked inside it.
  const wanted = new Map<string, Map<string, Set<string>>>();
  for (const entry of entries) {
    expect(entry.backlinks.length, `${entry.id} is cited nowhere`).toBeGreaterThan(0);
    expect(entry.url, entry.id).toMatch(/^https?:\/\//);
    for (const href of entry.backlinks) {
      const url = new URL(href);
      expect(url.origin, href).toBe(new URL(baseURL!).origin);
      expect(url.hash, href).not.toBe('');
      const anchors = wanted.get(url.pathname) ?? new Map<string, Set<string>>();
      const urls = anchors.get(url.hash.slice(1)) ?? new Set<string>();
      urls.add(entry.url);
      anchors.set(url.hash.slice(1), urls);
      wanted.set(url.pathname, anchors);
    }
  }
  // Every chapter, the updates and the about page are among the places cited.
  for (const slug of chapters) expect([...wanted.keys()]).toContain(`/${slug}/`);
  expect([...wanted.keys()]).toContain('/updates/');
  expect([...wanted.keys()]).toContain('/about/');

  const problems: string[] = [];
  let checked = 0;
  for (const [path, anchors] of wanted) {
    await page.goto(path);
    const request = [...anchors].map(([id, urls]) => ({ id, urls: [...urls] }));
    const found = await page.evaluate((list) => {
      const out: string[] = [];
      for (const { id, urls } of list) {
        const element = document.getElementById(id);
        if (!element) {
          out.push(`#${id}: no such element`);
          continue;
        }
        // A chapter or page note, an update entry, or a chart's numbered source.
        if (!element.matches('.notes li, .update-list > li, .chart-sources > li'))
          out.push(`#${id}: not a note, an update or a chart source`);
        const links = new Set([...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
        for (const url of urls) if (!links.has(url)) out.push(`#${id}: does not cite ${url}`);
      }
      return out;
    }, request);
    problems.push(...found.map((p) => `${path}${p}`));
    checked += request.length;
  }
  console.log(`sources: ${entries.length} entries, ${checked} anchors on ${wanted.size} pages checked`);
  expect(problems).toEqual([]);
});

test('state media say what they are wherever they are listed: chapter notes, updates, chart sources, embeds', async ({ page }) => {
  await page.goto('sources/');
  const labels = new Map((await readEntries(page)).filter((e) => e.stateMedia).map((e) => [e.url, e.label]));
  const paths = [...chapters.map((s) => `${s}/`), 'updates/', ...chartIds.map((id) => `embed/${id}/`)];
  const missing: string[] = [];
  let seen = 0;
  for (const path of paths) {
    await page.goto(path);
    const listed = await page.locator('.notes li, .chart-sources > li, .update-list > li > ul > li').evaluateAll((items) =>
      items.map((li) => ({
        text: li.querySelector('.source-label')?.textContent?.trim() ?? '',
        hrefs: [...li.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href')!),
      })),
    );
    for (const item of listed) {
      for (const href of item.hrefs) {
        const label = labels.get(href);
        if (label === undefined) continue;
        seen += 1;
        if (item.text !== label) missing.push(`/${path}: ${href} shows "${item.text}", not "${label}"`);
      }
    }
  }
  expect(seen).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

test('the chart downloads give each source its kind and label', () => {
  for (const chart of chartIds) {
    const json = JSON.parse(readFileSync(`${distDir}/data/${chart}.json`, 'utf8')) as {
      sources: Record<string, { kind: string; label: string; url: string }>;
    };
    const sources = Object.entries(json.sources);
    expect(sources.length).toBeGreaterThan(3);
    for (const [id, source] of sources) {
      expect(source.kind, `${chart}: ${id}`).toMatch(/^[a-z]+$/);
      expect(source.label, `${chart}: ${id}`).not.toBe('');
    }
  }
});

test('the footer of every kind of page and the about page link to /sources/; the sitemap lists it', async ({ page, request }) => {
  for (const path of ['', 'treaty/', 'updates/', 'about/']) {
    await page.goto(path);
    await expect(page.locator('.site-footer a[href$="/sources/"]')).toHaveCount(1);
  }
  await expect(page.locator('main a[href$="/sources/"]').first()).toBeVisible();
  await page.goto('sources/');
  await expect(page.locator('.site-footer a[href$="/sources/"]')).toHaveAttribute('aria-current', 'page');
  expect(await (await request.get('sitemap-0.xml')).text()).toContain('/sources/</loc>');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole list is there and its links are plain links', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('sources/');
    await expect(page.locator('h1')).toBeVisible();
    const entries = page.locator('.source-list > li');
    expect(await entries.count()).toBeGreaterThan(50);
    await expect(entries.first().locator('.source-label')).toBeVisible();
    await expect(entries.last().locator('.source-cited a').first()).toBeVisible();
    // Nothing on the page is hidden until a script runs.
    expect(await page.locator('.sources-page [hidden]').count()).toBe(0);
    // The table's link to a group is an anchor: following it lands on the group.
    const first = page.locator('.source-counts tbody a').first();
    const target = (await first.getAttribute('href'))!;
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const top = await page.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
  });
});

test('in print: each address printed once, entries whole, the chrome hidden', async ({ page }) => {
  await page.goto('sources/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const entry = page.locator('.source-list > li').first();
  await expect(entry.locator('.note-url')).toBeVisible();
  const style = await entry.evaluate((li) => {
    const link = li.querySelector('a[href^="http"]')!;
    return {
      after: getComputedStyle(link, '::after').content,
      breakInside: getComputedStyle(li).breakInside,
      url: li.querySelector('.note-url')!.textContent,
    };
  });
  expect(style.after).toBe('none');
  expect(style.breakInside).toBe('avoid');
  expect(style.url).toMatch(/^https?:\/\//);
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.site-footer ul')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});
