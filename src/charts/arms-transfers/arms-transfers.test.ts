import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bindChart } from '../bind.ts';
import { readChartData } from '../read-data.ts';
import { layoutWidths } from '../frame.ts';
import { amount, checkDrawing, label, propertyTimeout, runs, width } from '../properties.ts';
import { snapshotTests } from '../snapshot.ts';
import { armsDirections, chart, checkSeries, dealStatuses } from './chart.ts';
import { armsTransfersLayout, type ArmsTivPoint } from './layout.ts';

const data = readChartData();

describe('arms-transfers drawing', () => {
  snapshotTests(bindChart(chart.id, data), { wide: { width: layoutWidths.wide }, narrow: { width: layoutWidths.narrow } }, import.meta.url);

  it(
    'takes any valid data: one bar slot per year from the first to the last',
    () => {
      const tiv = fc.uniqueArray(
        fc.record({ year: fc.integer({ min: 1950, max: 2100 }), direction: fc.constantFrom(...armsDirections), tiv: amount }),
        { maxLength: 60, selector: (d) => `${d.direction}${d.year}` },
      );
      const deals = fc.array(
        fc.record({
          id: fc.uuid(),
          year: fc.integer({ min: 1950, max: 2100 }),
          direction: fc.constantFrom(...armsDirections),
          label: label(28),
          status: fc.constantFrom(...dealStatuses),
        }),
        { maxLength: 20 },
      );
      fc.assert(
        fc.property(tiv, deals, width, (rows, dealRows, w) => {
          const points: ArmsTivPoint[] = rows.map((r) => ({
            ...r,
            supplier: r.direction === 'iran-to-russia' ? 'Iran' : 'Russia',
            recipient: r.direction === 'iran-to-russia' ? 'Russia' : 'Iran',
          }));
          const years = [...points.map((r) => r.year), ...dealRows.map((d) => d.year)];
          const span = years.length ? Math.max(...years) - Math.min(...years) + 1 : 0;
          checkDrawing(armsTransfersLayout({ tiv: points, deals: dealRows }, { width: w, id: 'p' }), span);
        }),
        runs,
      );
    },
    propertyTimeout,
  );
});

describe('arms-transfers data', () => {
  const { tiv } = data['arms-transfers'];
  it('covers 1989–2024 in both directions, with SIPRI’s values', () => {
    for (const direction of armsDirections) {
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

describe('yearly series', () => {
  it('accepts the real data', () => {
    expect(() => checkSeries(data['arms-transfers'].tiv)).not.toThrow();
  });

  it('refuses a year missing in the middle, naming the direction and the year', () => {
    const rows = [2019, 2020, 2022].map((year) => ({ year, direction: 'iran-to-russia' as const }));
    expect(() => checkSeries(rows)).toThrow(
      'content/data/arms-tiv.csv, row "iran-to-russia-2022", field "year": direction "iran-to-russia" jumps from 2020 to 2022, so it has no row for 2021',
    );
  });

  it('gives the line of the row after the gap when it is known', () => {
    const rows = [1990, 1992].map((year) => ({ year, direction: 'russia-to-iran' as const, id: `russia-to-iran-${year}` }));
    expect(() => checkSeries(rows, 'content/data/arms-tiv.csv', (id) => (id === 'russia-to-iran-1992' ? 3 : undefined))).toThrow(
      'content/data/arms-tiv.csv:3, row "russia-to-iran-1992", field "year"',
    );
  });
});
