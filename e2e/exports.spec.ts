// The offline editions made by `npm run export` (tools/export/): read back the way a reader's tools
// would read them: pdftotext and pdfinfo for the PDFs, epubcheck for the EPUB, Chromium from
// file:// with the network cut off for the one-file HTML.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { readBookmarks } from '../tools/export/pdf.ts';
import { downloadFiles, type DownloadManifest } from '../src/lib/edition-files.ts';
import { distDir } from './lib/site.ts';
import { inlineSourceLimit } from '../src/charts/source-list.ts';
import { chapters, chartIds, charts } from './lib/catalog.ts';

const files = downloadFiles();
const inDist = (name: string) => `${distDir}/download/${name}`;
const builtPage = (path: string) => readFileSync(`${distDir}/${path}index.html`, 'utf8');
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
const chapterTitles = chapters.map((slug) => textOf(/<h1[^>]*>(.*?)<\/h1>/s.exec(builtPage(`${slug}/`))![1]!));
const chartTitle = (id: string) => (JSON.parse(readFileSync(`${distDir}/data/${id}.json`, 'utf8')) as { title: string }).title;
const chartTitles = chartIds.map(chartTitle);
/**
 * The charts the book carries in a chapter, in the order its built page shows them: those that
 * live there and those it points to (ChartPointer: the book puts the figure in the pointer's place).
 */
const chartsOnPage = (slug: string) =>
  chartIds
    .map((id) => ({ id, at: builtPage(`${slug}/`).search(new RegExp(`<(?:figure|aside) class="chart(?:-pointer)?" id="chart-${id}"`)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ id }) => id);
/** The chapter the book carries a chart in. */
const bookChapter = (id: string) => chapters.find((slug) => chartsOnPage(slug).includes(id))!;
/** pdftotext joins words across line breaks with a newline; compare with single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

test('npm run export made every edition, and /download/ lists each with its format and real size', async ({ page, request }) => {
  const manifest = JSON.parse(readFileSync(inDist('files.json'), 'utf8')) as DownloadManifest;
  expect(manifest.files.map((f) => f.name).sort()).toEqual(
    Object.values(files)
      .map((f) => f.name)
      .sort(),
  );
  await page.goto('download/');
  const items = page.locator('.download-list li');
  await expect(items).toHaveCount(manifest.files.length);
  for (const [i, file] of manifest.files.entries()) {
    expect(statSync(inDist(file.name)).size).toBe(file.bytes);
    const item = items.nth(i);
    await expect(item.getByRole('link')).toHaveText(file.format);
    const shown = (await item.locator('.download-size').textContent())!;
    const [, amount, unit] = /([\d.]+) (KB|MB)/.exec(shown)!;
    expect(Math.abs(Number(amount) * (unit === 'MB' ? 1024 * 1024 : 1024) - file.bytes) / file.bytes).toBeLessThan(0.06);
    const response = await request.get(`download/${file.name}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(file.mediaType);
  }
});

test.describe('PDF', () => {
  const pdf = inDist(files.pdf.name);
  // The text of each page, read once per worker.
  let pageTexts: string[] | undefined;
  const pages = () =>
    (pageTexts ??= execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f'));

  test('pdfinfo: title, author, tagged, A4; US Letter in the other file; language in the catalogue', async () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+How Russia and Iran went from historic rivals to uneasy allies$/m);
    expect(info).toMatch(/^Author:\s+The Russia–Iran Explainer desk$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m);
    const count = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(count).toBeGreaterThan(30);
    console.log(`PDF A4: ${count} pages, ${statSync(pdf).size} bytes`);
    expect(execFileSync('pdfinfo', [inDist(files.pdfLetter.name)], { encoding: 'utf8' })).toMatch(
      /^Page size:\s+612 x 792 pts \(letter\)$/m,
    );
    const lang = (await PDFDocument.load(readFileSync(pdf))).catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe('en');
  });

  test('pdftotext: every chapter heading and chart title, in reading order; contents page numbers match the bookmarks', async () => {
    const text = flat(pages().join(' '));
    let from = text.indexOf('Contents');
    expect(from).toBeGreaterThan(0);
    // After the contents, in order: each chapter followed by the charts that live in it, in the
    // order its page shows them, then the updates, the method and the list of sources.
    const expected = [
      ...chapters.flatMap((slug, i) => [chapterTitles[i]!, ...chartsOnPage(slug).map(chartTitle)]),
      'Updates and corrections',
      'About this explainer',
      'All sources',
    ];
    from = text.indexOf(expected[0]!, text.indexOf('About this explainer', from) + 1);
    for (const heading of expected) {
      const at = text.indexOf(heading, from);
      expect(at, `"${heading}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + heading.length;
    }
    // Bookmarks for each chapter, and the contents page gives the same page numbers.
    const marks = await readBookmarks(readFileSync(pdf));
    const contents = flat(pages()[1]!);
    for (const [i, title] of chapterTitles.entries()) {
      const mark = marks.find((m) => m.title === title);
      expect(mark, title).toBeDefined();
      expect(contents).toContain(`${i + 1}. ${title} ${mark!.page}`);
      expect(flat(pages()[mark!.page - 1]!)).toContain(title);
    }
  });

  test('no chart is cut across two pages', () => {
    const byPage = pages().map(flat);
    for (const { id, page } of charts) {
      // The drawing's first and last labels, as drawn in the wide layout on the chart's page.
      const figure = builtPage(page).split(`<figure class="chart" id="chart-${id}"`)[1]!;
      const svg = /<div class="chart-layout chart-layout--wide">(.*?)<\/svg>/s.exec(figure)![1]!;
      const labels = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]{4,})</g)]
        .map((m) => textOf(m[1]!))
        .filter((t) => byPage.filter((p) => p.includes(t)).length === 1);
      const first = labels[0]!;
      const last = labels.at(-1)!;
      const pageOf = (label: string) => byPage.findIndex((p) => p.includes(label));
      expect(pageOf(first), `${id}: "${first}" and "${last}"`).toBe(pageOf(last));
      expect(pageOf(first)).toBeGreaterThan(0);
    }
  });

  test('text is selectable, and notes print with their URLs', () => {
    const text = pages().join('');
    // Each chapter's endnotes, with the addresses of their sources written out (the address may
    // follow the note's last words on the same line).
    expect(text.match(/Notes and sources\s+1\. [^\n]+\n(?:[^\n]*\n){0,3}?[^\n]*https:\/\//g)?.length).toBeGreaterThanOrEqual(
      chapters.length,
    );
  });
});

test('EPUB: epubcheck finds 0 errors and 0 warnings, and each chapter’s text is in the archive', () => {
  const epub = inDist(files.epub.name);
  const jar = '/usr/share/java/epubcheck.jar';
  expect(existsSync(jar), 'epubcheck (Debian package) is needed: .ci/run installs it').toBe(true);
  let report: string;
  try {
    // A short run: the JIT's first tier and one garbage collector thread take half the CPU time.
    report = execFileSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar, epub], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    report = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(report).toMatch(/No errors or warnings detected/);
  const archive = unzipSync(readFileSync(epub));
  const names = Object.keys(archive);
  expect(names[0]).toBe('mimetype');
  for (const [i, slug] of chapters.entries()) {
    const name = names.find((n) => n.endsWith(`chapter-${i + 1}.xhtml`));
    expect(name, `chapter-${i + 1}.xhtml`).toBeDefined();
    const xhtml = flat(strFromU8(archive[name!]!));
    expect(xhtml).toContain(chapterTitles[i]!);
    // The chapter's first paragraph of text, as the site shows it.
    const first = textOf(/<div class="chapter-body">.*?<p>(.*?)<\/p>/s.exec(builtPage(`${slug}/`))![1]!).slice(0, 80);
    expect(textOf(xhtml)).toContain(flat(first));
  }
  // Every drawing's pattern references resolve inside its own file, and nothing points at the
  // local server the export read the pages from.
  for (const [name, data] of Object.entries(archive).filter(([n]) => n.endsWith('.xhtml'))) {
    const xhtml = strFromU8(data);
    for (const [, id] of xhtml.matchAll(/url\(#([^)]+)\)/g)) expect(xhtml, `${name}: url(#${id})`).toContain(`id="${id}"`);
    expect(xhtml, name).not.toMatch(/127\.0\.0\.1|url\(["']?http/);
  }
  const allText = Object.entries(archive)
    .filter(([n]) => n.endsWith('.xhtml'))
    .map(([, data]) => strFromU8(data))
    .join('');
  for (const title of chartTitles) expect(allText).toContain(title);
  expect((allText.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
});

test('one-file HTML: opened from disk with the network cut off, every chapter and chart renders and nothing is requested', async ({
  browser,
}) => {
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const url = pathToFileURL(resolve(inDist(files.html.name))).href;
  const requests: string[] = [];
  const failed: string[] = [];
  await context.route('**/*', (route) =>
    route.request().url() === url ? route.continue() : (requests.push(route.request().url()), route.abort()),
  );
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto(url);
  await page.waitForLoadState('load');
  for (const title of chapterTitles) await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  for (const title of chartTitles) await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  const drawings = page.locator('figure[data-chart] svg[role="img"]');
  await expect(drawings).toHaveCount(chartTitles.length);
  for (const drawing of await drawings.all()) await expect(drawing).toBeVisible();
  // Notes are in-document links.
  await page.locator('sup.cite a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${chapters[0]}--note-1$`));
  expect(requests).toEqual([]);
  expect(failed).toEqual([]);
  expect(readFileSync(inDist(files.html.name), 'utf8')).not.toContain('127.0.0.1');
  await context.close();
});

test('the list of all sources is the last part of every edition, and its links back stay inside the book', async ({ page }) => {
  const entries = (builtPage('sources/').match(/<li id="source-/g) ?? []).length;
  expect(entries).toBeGreaterThan(50);
  // One-file HTML: every link back is an in-document link to an element that exists.
  await page.goto(pathToFileURL(resolve(inDist(files.html.name))).href);
  const part = page.locator('section.part-sources');
  await expect(part.getByRole('heading', { name: 'All sources', exact: true })).toBeVisible();
  expect(await part.locator('.source-list > li').count()).toBe(entries);
  const broken = await part
    .locator('.source-cited a')
    .evaluateAll((links) =>
      links
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !href.startsWith('#') || !document.getElementById(decodeURIComponent(href.slice(1)))),
    );
  expect(broken).toEqual([]);
  expect(await page.locator('section.part').last().getAttribute('id')).toBe('sources');
  // EPUB: its own file, after the others, linking into the chapter files.
  const archive = unzipSync(readFileSync(inDist(files.epub.name)));
  const xhtml = strFromU8(archive[Object.keys(archive).find((n) => n.endsWith('sources.xhtml'))!]!);
  expect((xhtml.match(/<li id="sources--source-/g) ?? []).length).toBe(entries);
  expect(xhtml).toMatch(new RegExp(`href="chapter-1\\.xhtml#${chapters[0]}--note-\\d+"`));
  // PDF: a bookmark of its own, after the method's.
  const marks = await readBookmarks(readFileSync(inDist(files.pdf.name)));
  const pageOf = (title: string) => marks.find((m) => m.title === title)?.page ?? 0;
  expect(pageOf('All sources')).toBeGreaterThan(pageOf('About this explainer'));
  expect(pageOf('About this explainer')).toBeGreaterThan(0);
});

// A chart whose numbered list lives on a page of its own on the site (/sources/<chart>/) carries
// it in the book, beside the chart, with its tables' note numbers pointing at the entries.
test('a chart’s source list kept on its own page on the site is in the book, whole and linked', async ({ page }) => {
  const apart = charts.filter(({ id }) => existsSync(`${distDir}/sources/${id}/index.html`));
  expect(apart.length).toBeGreaterThan(0);
  await page.goto(pathToFileURL(resolve(inDist(files.html.name))).href);
  const archive = unzipSync(readFileSync(inDist(files.epub.name)));
  for (const { id } of apart) {
    const chapter = bookChapter(id);
    const entries = (builtPage(`sources/${id}/`).match(new RegExp(`<li id="${id}-source-`, 'g')) ?? []).length;
    expect(entries, id).toBeGreaterThan(inlineSourceLimit);
    const figure = page.locator(`section.part-${chapter} figure[data-chart="${id}"]`);
    await expect(figure.locator('ol.chart-sources > li')).toHaveCount(entries);
    const notes = await figure
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!).filter((href) => /-source-\d+$/.test(href)));
    expect(notes.length, `${id}: note numbers in its table`).toBeGreaterThan(0);
    const broken = await page.evaluate(
      (hrefs) => hrefs.filter((href) => !href.startsWith('#') || !document.getElementById(href.slice(1))),
      notes,
    );
    expect(broken, `${id}: note numbers that leave the book or point at nothing`).toEqual([]);
    const file = Object.keys(archive).find((n) => strFromU8(archive[n]!).includes(`data-chart="${id}"`))!;
    expect((strFromU8(archive[file]!).match(new RegExp(`<li id="${chapter}--${id}-source-`, 'g')) ?? []).length, `${id} in the EPUB`).toBe(
      entries,
    );
  }
});
