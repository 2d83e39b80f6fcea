import { describe, expect, it } from 'vitest';
import { chartIds, bindChart } from './registry.ts';
import { readChartData } from './fixtures.ts';
import { layoutWidths, type LayoutName } from './frame.ts';
import { prettySvg, wellFormed } from './snapshot.ts';

const data = readChartData();

describe.each(chartIds)('chart %s', (id) => {
  const chart = bindChart(id, data);

  it.each(Object.keys(layoutWidths) as LayoutName[])('matches its %s snapshot', async (layout) => {
    const { svg } = chart.render({ width: layoutWidths[layout], id: `${id}-${layout}` });
    expect(wellFormed(svg)).toBe(true);
    await expect(prettySvg(svg)).toMatchFileSnapshot(`__snapshots__/${id}.${layout}.svg`);
  });

  it('draws the same points in both arrangements', () => {
    const count = (layout: LayoutName) => (chart.render({ width: layoutWidths[layout], id: 'x' }).svg.match(/ data-tip="/g) ?? []).length;
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
});

describe('arms-transfers data', () => {
  const { tiv } = data['arms-transfers'];
  it('covers 1989–2024 in both directions, with SIPRI’s values', () => {
    for (const direction of ['russia-to-iran', 'iran-to-russia'] as const) {
      const years = tiv.filter((d) => d.direction === direction).map((d) => d.year);
      expect(Math.min(...years)).toBe(1989);
      expect(Math.max(...years)).toBe(2024);
      expect(years).toHaveLength(36);
    }
    const value = (direction: string, year: number) => tiv.find((d) => d.direction === direction && d.year === year)?.tiv;
    // Spot checks against the research (arms-notes.md §10): the peaks in each direction.
    expect(value('russia-to-iran', 1991)).toBe(772);
    expect(value('russia-to-iran', 2016)).toBe(413);
    expect(value('iran-to-russia', 2024)).toBe(224);
    expect(value('iran-to-russia', 2021)).toBe(0);
  });
});
