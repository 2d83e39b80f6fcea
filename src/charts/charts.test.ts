// What every chart in the registry must do and have. Each chart's own tests (snapshots, its
// layout's properties, its data) are in its folder: src/charts/<id>/<id>.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLang, languages } from '../i18n/languages.ts';
import { chapterSlugs } from '../collections/chapter-order.ts';
import { bindChart } from './bind.ts';
import { projectRoot, readChartData } from './read-data.ts';
import { layoutWidths, type LayoutName } from './frame.ts';
import { chartIds, charts } from './registry.ts';
import type { DataFile } from './define.ts';

const data = readChartData();
const folder = join(projectRoot, 'src', 'charts');

describe('the registry', () => {
  it('lists every chart folder, each once, under its id', () => {
    const folders = readdirSync(folder, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'chart.ts')),
    );
    expect(folders.map((entry) => entry.name).sort()).toEqual([...chartIds].sort());
    expect(new Set(chartIds).size).toBe(chartIds.length);
    for (const id of chartIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives each chart its files: data side, layout, words, tests and both snapshots', () => {
    for (const id of chartIds) {
      for (const file of [
        'chart.ts',
        'layout.ts',
        'publication.ts',
        `${id}.test.ts`,
        `__snapshots__/${id}.wide.svg`,
        `__snapshots__/${id}.narrow.svg`,
      ])
        expect(existsSync(join(folder, id, file)), `src/charts/${id}/${file}`).toBe(true);
    }
  });

  const chapters = chapterSlugs(join(projectRoot, 'content', 'chapters'));
  const chapterText = (slug: string) => readFileSync(join(projectRoot, 'content', 'chapters', `${slug}.mdx`), 'utf8');

  it('places each chart on its page (a chapter, or the front page), and reads data files that exist', () => {
    // The front page draws every chart whose page is '' (src/pages/index.astro); a chapter names its own.
    expect(readFileSync(join(projectRoot, 'src', 'pages', '[...lang]', 'index.astro'), 'utf8')).toContain("c.page === ''");
    for (const chart of charts) {
      if (chart.page !== '') {
        expect(chapters, chart.id).toContain(chart.page);
        expect(chapterText(chart.page)).toContain(`<Chart id="${chart.id}"`);
      }
      for (const file of Object.values<DataFile>(chart.files)) expect(existsSync(join(projectRoot, file.path)), file.path).toBe(true);
    }
  });

  it('points a chapter only at charts that live on another page', () => {
    let pointers = 0;
    for (const slug of chapters) {
      for (const [, id] of chapterText(slug).matchAll(/<ChartPointer id="([^"]+)"/g)) {
        pointers += 1;
        expect(charts.find((chart) => chart.id === id)?.page, `${slug}.mdx: <ChartPointer id="${id}">`).not.toBe(slug);
      }
    }
    expect(pointers).toBeGreaterThan(0);
  });
});

describe.each(chartIds)('chart %s', (id) => {
  const chart = bindChart(id, data);

  it('has its words in every language of the site', () => {
    for (const lang of languages) {
      const text = bindChart(id, data, lang);
      expect(text.title.length).toBeGreaterThan(0);
      expect(text.dek.length).toBeGreaterThan(0);
      expect(text.notes.length).toBeGreaterThan(0);
      // A CSV header in the language, where given, names every column.
      if (text.csv.headers) expect(text.csv.headers, lang).toHaveLength(text.csv.columns.length);
      expect(text.csv.headers === undefined, `${lang}: the default language's CSV keeps its column ids`).toBe(lang === defaultLang);
    }
  });

  it('draws the same points in both arrangements', () => {
    const count = (layout: LayoutName) =>
      (chart.render({ width: layoutWidths[layout], id: 'x' }).svg.match(/ data-(tip|row)="/g) ?? []).length;
    expect(count('wide')).toBeGreaterThan(0);
    expect(count('narrow')).toBe(count('wide'));
  });

  it('has a text alternative written from the data', () => {
    const { svg } = chart.render({ width: 720, id: 'alt' });
    expect(svg).toMatch(/role="img" aria-labelledby="alt-title" aria-describedby="alt-desc"/);
    expect(svg).toMatch(/<desc id="alt-desc">[^<]{60,}<\/desc>/);
  });

  it('embeds fixed colours only when asked for a theme', () => {
    expect(chart.render({ width: 720, id: 'a' }).svg).not.toContain('<style>');
    const light = chart.render({ width: 720, id: 'a', theme: 'light' }).svg;
    const dark = chart.render({ width: 720, id: 'a', theme: 'dark' }).svg;
    expect(light).toContain('.chart-svg text { fill: #1c1b19; }');
    expect(dark).toContain('.chart-svg text { fill: #ebe7df; }');
  });

  it('gives every table row a source', () => {
    for (const table of chart.tables) {
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) {
        expect(row.sources.length, `${table.caption}: ${row.cells[table.rowHeader]}`).toBeGreaterThan(0);
        expect(row.cells.length + 1).toBe(table.columns.length);
      }
    }
  });

  it('lists as its sources, once each, exactly the sources its tables cite', () => {
    const cited = new Set(chart.tables.flatMap((table) => table.rows.flatMap((row) => row.sources)));
    expect(new Set(chart.sourceIds)).toEqual(cited);
    expect(new Set(chart.sourceIds).size).toBe(chart.sourceIds.length);
  });
});
