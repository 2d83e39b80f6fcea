// What an embed's reader gets of its sources: from every event (every row of the embed's tables)
// each note number opens, in one click and without JavaScript, an entry that names the source,
// numbered as the embed numbers it. The current embeds and v4 on keep the entries on a page of
// their own (/embed/<chart>/[v<n>/]sources/); v1–v3 keep them in the frame. Also the source
// pages themselves, and the embeds' page-weight budget (25 KB brotli on the wire, as npm run bench
// measures it).
import { phrasePrefix, wordsOf } from './lib/words.ts';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { axeViolations, inBothSchemes } from './lib/axe.ts';
import { hostOrigin, siteOrigin } from './lib/hosts.ts';
import { embedPages, embedSourcePages, withoutLang, langOf } from './lib/site.ts';

const KB = 1024;
// The chart of an embed path in any language: 'ru/embed/timeline/v1/' → timeline.
const chartOf = (path: string) => withoutLang(path).split('/')[1]!;
const versionOf = (path: string) => Number(/\/v(\d+)\//.exec(path)?.[1] ?? 0);
/** Where an embed page's note numbers must lead: its own source page (current or frozen), or its own list (v1–v3). */
const ownSources = (path: string) => `/${path}sources/`;
const hasSourcePage = (path: string) => embedSourcePages().includes(`${path}sources/`);

interface Citation {
  text: string;
  href: string;
}
interface Row {
  event: string;
  citations: Citation[];
}
interface Entry {
  id: string;
  /** Its place in the numbered list, from 1. */
  position: number;
  /** Who published it, as the entry says before the title. */
  label: string;
  title: string;
  link: string;
  rel: string;
  text: string;
}

/** Every row of the embed's tables: the event (its row header) and its note numbers, with the address each opens. */
const tableRows = (page: Page) =>
  page.locator('.chart-data tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      event: (row.querySelector('th[scope="row"]') ?? row).textContent.trim().slice(0, 80),
      citations: [...row.querySelectorAll<HTMLAnchorElement>('.table-sources a')].map((a) => ({
        text: a.textContent.trim(),
        href: a.href,
      })),
    })),
  ) as Promise<Row[]>;

/** Every entry of the numbered source lists on the page, by id. */
async function entries(page: Page): Promise<Map<string, Entry>> {
  const list = await page.locator('ol.chart-sources > li[id]').evaluateAll((items): Entry[] =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('a[href^="http"]');
      // Who published it: the words before the linked title ("TASS, Russian state news agency, “…").
      const before = document.createRange();
      before.setStart(li, 0);
      if (link) before.setEndBefore(link);
      return {
        id: li.id,
        position: [...li.parentElement!.children].indexOf(li) + 1,
        label: link ? before.toString().replace(/[\s,“"]+$/, '') : '',
        title: link?.textContent?.trim() ?? '',
        link: link?.href ?? '',
        rel: link?.rel ?? '',
        text: li.textContent.replace(/\s+/g, ' ').trim(),
      };
    }),
  );
  return new Map(list.map((entry) => [entry.id, entry]));
}

/** Where a link opens from inside a frame: its own target, else the document's <base target>. */
const linkTargets = (page: Page) =>
  page
    .locator('.table-sources a, .chart-source-list a')
    .evaluateAll((links): string[] => [
      ...new Set(links.map((a) => (a as HTMLAnchorElement).target || document.querySelector('base')?.target || '')),
    ]);

test.describe('every event’s sources, one click from the embed, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of embedPages()) {
    test(`/${path}`, async ({ page, context }) => {
      const chart = chartOf(path);
      await page.goto(path);
      const rows = await tableRows(page);
      expect(rows.length, 'rows in the tables').toBeGreaterThan(0);
      // A link from inside a host's frame must leave it (the frame is not where a reader reads a list).
      expect(await linkTargets(page)).toEqual(['_top']);

      const own = hasSourcePage(path) ? ownSources(path) : `/${path}`;
      // The current embed and every version that has a source page link there, and nowhere else.
      if (versionOf(path) === 0) expect(hasSourcePage(path), 'the current embed has a source page').toBe(true);
      const pages = new Set(rows.flatMap((row) => row.citations.map((c) => new URL(c.href).pathname)));
      expect([...pages]).toEqual([own]);

      const target = own === `/${path}` ? page : await context.newPage();
      if (target !== page) {
        await target.goto(own.slice(1));
        // The frame's own line names the publishers and links to the whole list.
        await expect(page.locator('p.chart-source-list a')).toHaveAttribute('href', own);
      }
      const list = await entries(target);
      expect(list.size, 'entries in the source list').toBeGreaterThan(0);

      const problems: string[] = [];
      for (const { event, citations } of rows) {
        if (citations.length === 0) problems.push(`${event}: no note number`);
        for (const { text, href } of citations) {
          const anchor = new URL(href).hash.slice(1);
          const entry = list.get(anchor);
          // The number as the reader sees it, in the page's digits (Persian ۱۲), read as a number.
          const n = String(Number(text.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))));
          if (!entry) {
            problems.push(`${event}: note ${text} opens #${anchor}, which ${own} does not have`);
            continue;
          }
          // Numbered as the embed numbers it: the number shown is the anchor's and the entry's place.
          if (anchor !== `${chart}-source-${n}` || entry.position !== Number(n))
            problems.push(`${event}: note ${text} opens #${anchor}, entry ${entry.position} of the list`);
          if (!entry.label || !entry.title || !/^https?:\/\//.test(entry.link) || !entry.rel.includes('noopener'))
            problems.push(`${event}: note ${text} opens an entry that does not name its source: ${entry.text.slice(0, 120)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  test('each current embed’s source list is the one its chapter prints (or links to), entry for entry', async ({ page, context }) => {
    for (const path of embedPages().filter((p) => versionOf(p) === 0)) {
      await page.goto(path);
      const chapter = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname;
      const sourcesPage = await context.newPage();
      await sourcesPage.goto(ownSources(path).slice(1));
      const inChapter = await context.newPage();
      await inChapter.goto(chapter.slice(1));
      // A long list is kept on the chart's own page on the site (/sources/<chart>/): compare with that.
      const apart = inChapter.locator(`figure[data-chart="${chartOf(path)}"] p.chart-source-list a`);
      if ((await apart.count()) > 0) await inChapter.goto(new URL((await apart.getAttribute('href'))!, inChapter.url()).href);
      const ours = [...(await entries(sourcesPage)).values()];
      const theirs = [...(await entries(inChapter)).values()].filter((e) => e.id.startsWith(`${chartOf(path)}-source-`));
      expect(ours.length, path).toBeGreaterThan(0);
      expect(ours, path).toEqual(theirs);
      await Promise.all([sourcesPage.close(), inChapter.close()]);
    }
  });

  // The real thing: a partner's page, the chart in its frame, a reader who opens the table and
  // clicks a note number. The current embed in a bare iframe, the newest frozen version from the embed code.
  for (const [host, expected] of [
    ['bare?chart=timeline', '/embed/timeline/sources/'],
    ['loader?chart=arms-transfers&frozen=1', null],
  ] as const) {
    test(`a reader in ${host.split('?')[0]}’s frame clicks a note number and gets its source in the top window`, async ({ page }) => {
      await page.goto(`${hostOrigin}/${host}`);
      const frame = page.frameLocator('iframe');
      await frame.locator('.chart-data summary').first().click();
      const note = frame.locator('.table-sources a').first();
      const href = new URL((await note.getAttribute('href'))!, siteOrigin);
      if (expected) expect(href.pathname).toBe(expected);
      else expect(href.pathname).toMatch(/^\/embed\/arms-transfers\/v\d+\/sources\/$/);
      await note.click();
      await page.waitForURL(href.href);
      const entry = page.locator(':target');
      await expect(entry).toBeVisible();
      await expect(entry).toHaveAttribute('id', href.hash.slice(1));
      await expect(entry.locator('.source-label')).not.toBeEmpty();
      await expect(entry.locator('a[href^="http"]')).toHaveAttribute('rel', /noopener/);
    });
  }
});

test.describe('the embeds’ source pages', () => {
  test('one for each current embed and for each frozen version that links to one, and no other', () => {
    const current = embedPages().filter((p) => versionOf(p) === 0);
    const pages = embedSourcePages();
    for (const path of current) expect(pages).toContain(`${path}sources/`);
    for (const page of pages) expect(embedPages()).toContain(page.replace(/sources\/$/, ''));
  });

  for (const path of embedSourcePages()) {
    test(`/${path}: a plain page, noindex, canonical to the chart, no script, the version said`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const html = await response!.text();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
      expect(canonical.hash).toBe(`#chart-${chartOf(path)}`);
      await expect(page.locator('base')).toHaveAttribute('target', '_top');
      expect(html).not.toMatch(/<script/i);
      expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self';/);
      await expect(page.locator('h1')).toHaveCount(1);
      const { t, f } = wordsOf(path);
      await expect(page.locator('.embed-from a', { hasText: t.chartSources.chartLink })).toHaveAttribute(
        'href',
        canonical.pathname + canonical.hash,
      );
      const version = versionOf(path);
      if (version)
        await expect(page.locator('.embed-version')).toContainText(phrasePrefix(t.chartSources.version, { version: f.number(version) }));
      else await expect(page.locator('.embed-version')).toHaveCount(0);
    });
  }

  // Each page loaded once per width, its colour scheme then switched in place (as a reader's
  // system setting switches it).
  for (const width of [320, 1280]) {
    test(`axe and width: the source pages, light and dark, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of embedSourcePages()) {
        await page.emulateMedia({ colorScheme: 'light' });
        // Landing on an entry, as a reader from the embed does.
        await page.goto(`${path}#${chartOf(path)}-source-1`);
        await inBothSchemes(page, async (scheme) => {
          expect(await axeViolations(page), `${path} ${scheme} at ${width}px`).toEqual([]);
        });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
      }
    });
  }
});

/** Encoded bytes on the wire for one first load, service workers blocked: the benchmark's figure (tools/bench/weights.ts). */
async function bytesOnTheWire(browser: Browser, url: string): Promise<{ total: number; fonts: number; encodings: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    const fontSizes: Promise<number>[] = [];
    const encodings = new Set<string>();
    // The first load is what arrives until the network has been idle; a request that finishes
    // later (after the count) is not read, so it cannot outlive the context it belongs to.
    let loading = true;
    page.on('requestfinished', (request) => {
      if (!loading) return;
      const size = (async () => {
        const response = await request.response();
        if (request.resourceType() !== 'font') encodings.add((await response?.headerValue('content-encoding')) ?? 'none');
        return (await request.sizes()).responseBodySize;
      })();
      (request.resourceType() === 'font' ? fontSizes : sizes).push(size);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    loading = false;
    const sum = async (list: Promise<number>[]) => (await Promise.all(list)).reduce((a, b) => a + b, 0);
    return { total: await sum(sizes), fonts: await sum(fontSizes), encodings: [...encodings] };
  } finally {
    await context.close();
  }
}

// The budget binds the current embeds and the newest frozen version of each chart (the one the
// embed code offers). Older versions keep their markup as published, whatever it weighs. A
// language's own typeface (Persian: two faces, about 21 KB, cached once for every page and embed)
// is counted apart, as the chapters' budget counts it.
test('each current embed and each chart’s newest frozen version: at most 25 KB brotli on the wire', async ({ browser, baseURL }) => {
  const newest = new Map<string, number>();
  // Versions run per chart and language.
  const key = (path: string) => `${langOf(path)} ${chartOf(path)}`;
  for (const path of embedPages()) newest.set(key(path), Math.max(newest.get(key(path)) ?? 0, versionOf(path)));
  const bound = embedPages().filter((path) => versionOf(path) === 0 || versionOf(path) === newest.get(key(path)));
  expect(bound.length).toBe(newest.size * 2);
  const over: string[] = [];
  for (const path of bound) {
    const { total, fonts, encodings } = await bytesOnTheWire(browser, new URL(path, baseURL).href);
    expect(encodings, `${path}: the server compresses with brotli, as a host does`).toContain('br');
    console.log(
      `/${path}: ${(total / KB).toFixed(1)} KB brotli on the wire${fonts ? `, and its typeface ${(fonts / KB).toFixed(1)} KB` : ''}`,
    );
    if (total > 25 * KB) over.push(`/${path}: ${(total / KB).toFixed(1)} KB`);
    if (fonts > 25 * KB) over.push(`/${path}: its typeface ${(fonts / KB).toFixed(1)} KB`);
  }
  expect(over).toEqual([]);
});
