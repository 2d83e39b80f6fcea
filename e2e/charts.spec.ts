// The charts as readers, keyboard users and downloaders meet them, in a real browser.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { distDir } from './lib/site.ts';
import { chapters, chartIds as charts, pageOf } from './lib/catalog.ts';
import { guardPage } from './lib/guard.ts';
import { axeViolations } from './lib/axe.ts';

const figure = (page: Page, id: string) => page.locator(`figure#chart-${id}`);
const visibleLayout = (page: Page, id: string) => figure(page, id).locator('.chart-layout:visible');

// The CSV is one row per record of the chart's first data set: counted in the JSON download,
// which carries the records as loaded from the content files, so the test follows the data.
const expectedRows = (id: string) => {
  const { data } = JSON.parse(readFileSync(`${distDir}/data/${id}.json`, 'utf8')) as { data: Record<string, unknown[]> };
  return Object.values(data)[0]!.length;
};

test.describe('charts in their chapters', () => {
  for (const id of charts) {
    test(`${id} sits in /${pageOf(id)} with its table, notes, sources and downloads`, async ({ page, baseURL, request }) => {
      const problems = guardPage(page, new URL(baseURL!).origin);
      await page.goto(`./${pageOf(id)}`);
      const chart = figure(page, id);
      await expect(chart.locator('.chart-title')).toHaveText(/\w/);
      await expect(chart.locator('table').first()).toBeAttached();
      await expect(chart.locator('.chart-note').first()).toBeVisible();
      for (const ext of ['csv', 'json', 'svg', 'png']) await expect(chart.locator(`a[href$="/data/${id}.${ext}"]`)).toBeVisible();
      // Every source number in the tables points at an entry in the chart's source list: in the
      // figure, or on the chart's own source page when the list is kept apart (/sources/<chart>/).
      const line = chart.locator('p.chart-source-list a');
      const apart = (await line.count()) > 0 ? await line.getAttribute('href') : null;
      const listPage = apart ? await request.get(new URL(apart, page.url()).href) : undefined;
      const listHtml = listPage ? await listPage.text() : '';
      if (apart) expect(listPage!.status(), apart).toBe(200);
      for (const link of await chart.locator('.table-sources a').all()) {
        const href = (await link.getAttribute('href'))!;
        const [path, target] = href.split('#') as [string, string];
        if (path === '') await expect(chart.locator(`[id="${target}"]`)).toHaveCount(1);
        else {
          expect(new URL(path, page.url()).href, href).toBe(new URL(apart!, page.url()).href);
          expect(listHtml, href).toContain(`<li id="${target}">`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  test('a chapter names a chart that lives elsewhere under its anchor, and links to it', async ({ page }) => {
    let pointers = 0;
    for (const slug of chapters) {
      await page.goto(`${slug}/`);
      for (const id of await page
        .locator('[data-chart-pointer]')
        .evaluateAll((asides) => asides.map((a) => (a as HTMLElement).dataset.chartPointer!))) {
        pointers += 1;
        const pointer = page.locator(`#chart-${id}`);
        await expect(pointer).toHaveAttribute('data-chart-pointer', id);
        await expect(pointer.getByRole('link')).toHaveAttribute('href', `/${pageOf(id)}#chart-${id}`);
        await pointer.getByRole('link').click();
        await expect(figure(page, id)).toBeInViewport();
        expect(new URL(page.url()).pathname).toBe(`/${pageOf(id)}`);
        await page.goto(`${slug}/`);
      }
    }
    expect(pointers).toBeGreaterThan(0);
  });

  test('the timeline is also on /updates/, and chapter 1 links to the arms chart', async ({ page }) => {
    await page.goto('updates/');
    await expect(figure(page, 'timeline')).toBeVisible();
    await page.goto(`${chapters[0]}/`);
    await page.locator(`a[href="../${pageOf('arms-transfers')}#chart-arms-transfers"]`).click();
    await expect(figure(page, 'arms-transfers')).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [width, layout] of [
    [320, 'narrow'],
    [1280, 'wide'],
  ] as const) {
    test(`every chart is drawn in its ${layout} arrangement at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const id of charts) {
        await page.goto(`./${pageOf(id)}`);
        const shown = visibleLayout(page, id);
        await expect(shown).toHaveCount(1);
        await expect(shown).toHaveClass(new RegExp(`chart-layout--${layout}`));
        const svg = shown.locator('svg[role="img"]');
        await expect(svg).toBeVisible();
        expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
        await expect(svg).toHaveAccessibleName(/.{10,}/);
        await expect(svg).toHaveAccessibleDescription(/.{40,}/);
        // Filters need the script, so without it there are no dead controls.
        await expect(figure(page, id).locator('.chart-filter-box')).toBeHidden();
        // The data table opens with a plain <details>.
        await figure(page, id).locator('.chart-data summary').first().press('Enter');
        await expect(figure(page, id).locator('.chart-data table').first()).toBeVisible();
      }
    });
  }
});

/**
 * What each point's tooltip must say, in the order of the points: its own data-tip, or, for a
 * point that stands for row n of the figure's table (data-row), that row: "Event: date · …",
 * without the note numbers. Asserting it here checks the points and the table's rows line up.
 */
async function expectedTips(layout: Locator): Promise<string[]> {
  return layout.locator('[data-tip], [data-row]').evaluateAll((nodes) =>
    nodes.map((n) => {
      if (n.hasAttribute('data-tip')) return n.getAttribute('data-tip')!;
      const rows = n.closest('figure')!.querySelectorAll('.chart-data table tbody tr');
      const row = rows[Number(n.getAttribute('data-row'))]!;
      const clean = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ').trim();
      const values = [...row.querySelectorAll('td:not(.table-sources)')].map(clean);
      return `${clean(row.querySelector('th')!)}: ${values.join(' · ')}`;
    }),
  );
}

test.describe('keyboard and pointer', () => {
  for (const id of charts) {
    test(`${id}: one tab stop, arrow keys step through the points, Escape closes`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`./${pageOf(id)}`);
      const chart = figure(page, id);
      const canvas = chart.locator('[data-canvas]');
      const tooltip = chart.locator('[data-tooltip]');
      const tips = await expectedTips(visibleLayout(page, id));
      expect(tips.length).toBeGreaterThan(5);

      // Reach the chart by Tab from the control just before it, and leave it with one more Tab.
      await chart
        .locator(id === 'treaty-scope' ? '.chart-head' : '.chart-filter-box summary')
        .first()
        .evaluate((el) => {
          if (!el.hasAttribute('tabindex') && el.tagName !== 'SUMMARY') el.setAttribute('tabindex', '-1');
          (el as HTMLElement).focus();
        });
      await page.keyboard.press('Tab');
      await expect(canvas).toBeFocused();
      await expect(canvas).toHaveAttribute('role', 'group');
      const title = await chart.locator('.chart-title').textContent();
      await expect(canvas).toHaveAttribute(
        'aria-label',
        `${title}. Use the arrow keys to step through the points; Escape closes the details.`,
      );
      await expect(tooltip).toBeHidden();

      await page.keyboard.press('ArrowRight');
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toHaveText(tips[0]!);
      await expect(chart.locator('[data-announce]')).toHaveText(tips[0]!);
      await page.keyboard.press('ArrowRight');
      await expect(tooltip).toHaveText(tips[1]!);
      await page.keyboard.press('ArrowLeft');
      await expect(tooltip).toHaveText(tips[0]!);
      await page.keyboard.press('End');
      await expect(tooltip).toHaveText(tips[tips.length - 1]!);
      await page.keyboard.press('ArrowDown');
      await expect(tooltip).toHaveText(tips[tips.length - 1]!);
      await page.keyboard.press('Home');
      await expect(tooltip).toHaveText(tips[0]!);
      await expect(visibleLayout(page, id).locator('.is-active')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
      await expect(visibleLayout(page, id).locator('.is-active')).toHaveCount(0);

      await page.keyboard.press('Tab');
      await expect(canvas).not.toBeFocused();
      expect(await canvas.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    });
  }

  test('hovering a point shows its tooltip, inside the chart', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`./${pageOf('timeline')}`);
    const layout = visibleLayout(page, 'timeline');
    const point = layout.locator('[data-tip], [data-row]').nth(3);
    await point.scrollIntoViewIfNeeded();
    await point.hover();
    const tooltip = figure(page, 'timeline').locator('[data-tooltip]');
    await expect(tooltip).toHaveText((await expectedTips(layout))[3]!);
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });
});

test.describe('filters', () => {
  test('arms-transfers: direction and deal status hide their marks', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./${pageOf('arms-transfers')}`);
    const chart = figure(page, 'arms-transfers');
    const layout = visibleLayout(page, 'arms-transfers');
    const irBars = layout.locator('.bar-iran-to-russia');
    const ruBars = layout.locator('.bar-russia-to-iran');
    await expect(irBars.first()).toBeVisible();
    await chart.locator('.chart-filter-box summary').click();
    await chart.getByLabel('Iran to Russia', { exact: true }).uncheck();
    await expect(irBars.first()).toBeHidden();
    await expect(chart.locator('[data-announce]')).toHaveText(/^Showing \d+ of \d+ points; \d+ marks? hidden\.$/);
    expect(await irBars.evaluateAll((bars) => bars.filter((b) => getComputedStyle(b).display !== 'none').length)).toBe(0);
    await expect(ruBars.first()).toBeVisible();
    await chart.getByLabel('Iran to Russia', { exact: true }).check();
    await expect(irBars.first()).toBeVisible();

    const alleged = layout.locator('.deal-annotation[data-status="alleged"]');
    expect(await alleged.count()).toBeGreaterThan(0);
    await expect(alleged.first()).toBeVisible();
    await chart.getByLabel('Alleged by Western governments').uncheck();
    await expect(alleged.first()).toBeHidden();
    await expect(layout.locator('.deal-annotation[data-status="delivered"]').first()).toBeVisible();
  });

  test('timeline: unticking categories dims them and takes them out of the keyboard path', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./${pageOf('timeline')}`);
    const chart = figure(page, 'timeline');
    const layout = visibleLayout(page, 'timeline');
    await chart.locator('.chart-filter-box summary').click();
    const boxes = chart.locator('input[name="category"]');
    for (const box of await boxes.all()) if ((await box.getAttribute('value')) !== 'war') await box.uncheck();
    const wars = await layout.locator('[data-category="war"]').count();
    await expect(layout.locator('[data-category="treaty"]').first()).toHaveClass(/is-dimmed/);
    await expect(layout.locator('[data-category="war"]').first()).not.toHaveClass(/is-dimmed/);
    await expect(chart.locator('[data-announce]')).toHaveText(`Showing ${wars} of ${expectedRows('timeline')} points.`);
    await chart.locator('[data-canvas]').focus();
    for (let i = 0; i < wars + 2; i += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(chart.locator('[data-tooltip]')).toContainText(' · War · ');
    }
  });
});

// The page-level axe sweep (accessibility.spec.ts) sees charts at rest; this one sees them in use.
test.describe('accessibility in use', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme, viewport: { width: 375, height: 800 } });
      for (const id of charts) {
        test(`axe: ${id} with its filters open and a tooltip showing`, async ({ page }) => {
          await page.goto(`./${pageOf(id)}`);
          const chart = figure(page, id);
          if (await chart.locator('.chart-filter-box').count()) await chart.locator('.chart-filter-box summary').click();
          await chart.locator('.chart-data summary').first().click();
          await chart.locator('[data-canvas]').focus();
          await page.keyboard.press('ArrowRight');
          await expect(chart.locator('[data-tooltip]')).toBeVisible();
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
});

test.describe('themes', () => {
  test('marks take the dark palette in dark mode', async ({ browser }) => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
      await page.goto(`./${pageOf('arms-transfers')}`);
      fills.push(
        await visibleLayout(page, 'arms-transfers')
          .locator('.bar-russia-to-iran')
          .first()
          .evaluate((el) => getComputedStyle(el).fill),
      );
      await page.close();
    }
    expect(fills[0]).toBe('rgb(29, 94, 156)');
    expect(fills[1]).toBe('rgb(116, 179, 242)');
  });
});

test.describe('downloads', () => {
  for (const id of charts) {
    test(`${id}: CSV, JSON, SVG and PNG with the right types, rows, sources and licence`, async ({ request }) => {
      const csv = await request.get(`data/${id}.csv`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      const csvText = (await csv.body()).toString('utf8');
      expect(csvText.charCodeAt(0)).toBe(0xfeff);
      const lines = csvText.trim().split('\r\n');
      expect(lines[0]).toMatch(/source_urls,licence$/);
      // One row per record of the chart's first file; a table with an id column may add the
      // records of its other files (the map's areas), each once, and nothing that is not a record.
      const { data } = JSON.parse(readFileSync(`${distDir}/data/${id}.json`, 'utf8')) as { data: Record<string, { id: string }[]> };
      const files = Object.values(data);
      if (lines[0]!.replace(/^\uFEFF/, '').startsWith('id,')) {
        const csvIds = lines.slice(1).map((line) => line.split(',')[0]!);
        expect(new Set(csvIds).size, 'a row per record, each once').toBe(csvIds.length);
        const known = new Set(files.flat().map((record) => record.id));
        expect(csvIds.filter((rowId) => !known.has(rowId))).toEqual([]);
        expect(files[0]!.map((record) => record.id).filter((recordId) => !csvIds.includes(recordId))).toEqual([]);
      } else expect(lines.length - 1).toBe(files[0]!.length);
      expect(lines[1]).toContain('CC BY 4.0');
      expect(lines[1]).toMatch(/https?:\/\//);

      const json = await request.get(`data/${id}.json`);
      expect(json.headers()['content-type']).toMatch(/^application\/json/);
      const body = (await json.json()) as {
        id: string;
        licence: { name: string };
        sources: Record<string, { url: string }>;
        notes: string[];
      };
      expect(body.id).toBe(id);
      expect(body.licence.name).toBe('CC BY 4.0');
      expect(Object.values(body.sources).every((s) => /^https?:\/\//.test(s.url))).toBe(true);
      expect(body.notes.length).toBeGreaterThan(0);

      const svg = await request.get(`data/${id}.svg`);
      expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
      const svgText = await svg.text();
      expect(svgText).toMatch(/^<\?xml[^>]*>\n<svg /);
      expect(svgText).toContain('CC BY 4.0');
      expect(svgText).not.toContain('var(--');

      const png = await request.get(`data/${id}.png`);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(1440); // width: the 720-px chart at 2×

      // A map also offers what it draws as GeoJSON: a feature per record, in longitude and latitude.
      if (existsSync(`${distDir}/data/${id}.geojson`)) {
        const geo = await request.get(`data/${id}.geojson`);
        expect(geo.headers()['content-type']).toMatch(/^application\/geo\+json/);
        const collection = (await geo.json()) as {
          type: string;
          features: { id: string; geometry: { type: string } }[];
          licence: { name: string };
        };
        expect(collection.type).toBe('FeatureCollection');
        expect(collection.licence.name).toBe('CC BY 4.0');
        expect(collection.features.map((f) => f.id).sort()).toEqual(
          files
            .flat()
            .map((record) => record.id)
            .sort(),
        );
      }
    });
  }

  test('the SVG download opens on its own, light, with its headline', async ({ page }) => {
    await page.goto('data/treaty-scope.svg');
    await expect(page.locator('svg > title').first()).toHaveText(/treaty/i);
    const fill = await page
      .locator('.wording-binding')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe('rgb(58, 56, 52)');
  });
});

// The budget from the issue: at most 10 KB of JavaScript (brotli) on any chapter page.
test('each chapter page ships at most 10 KB of JavaScript, compressed', async ({ page }) => {
  for (const slug of chapters) {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(`${slug}/`);
    const inline = await page
      .locator('script:not([src]):not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    const bytes = brotliCompressSync(Buffer.from([...inline, ...scripts].join('\n'))).length;
    expect(bytes, `/${slug}/`).toBeLessThanOrEqual(10 * 1024);
    page.removeAllListeners('response');
  }
});
