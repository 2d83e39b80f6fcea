import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bindChart } from '../bind.ts';
import { readChartData } from '../read-data.ts';
import { layoutWidths } from '../frame.ts';
import { checkDrawing, label, propertyTimeout, runs, width } from '../properties.ts';
import { snapshotTests } from '../snapshot.ts';
import { chart, timelineCategories } from './chart.ts';
import { timelineLayout } from './layout.ts';
import { languages } from '../../i18n/languages.ts';

describe('timeline drawing', () => {
  snapshotTests(
    bindChart(chart.id, readChartData()),
    { wide: { width: layoutWidths.wide }, narrow: { width: layoutWidths.narrow } },
    import.meta.url,
  );

  it(
    'takes any valid data: one point per event',
    () => {
      const date = fc
        .tuple(
          fc.integer({ min: 1700, max: 2100 }),
          fc.option(fc.integer({ min: 1, max: 12 })),
          fc.integer({ min: 1, max: 28 }),
          fc.boolean(),
        )
        .map(([y, m, d, withDay]) =>
          m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}${withDay ? `-${String(d).padStart(2, '0')}` : ''}`,
        );
      const events = fc.array(
        fc.record({
          id: fc.uuid(),
          date,
          title: label(70),
          description: label(260),
          category: fc.constantFrom(...timelineCategories),
          confidence: fc.constantFrom('high', 'medium', 'low' as const),
        }),
        { maxLength: 120 },
      );
      fc.assert(
        fc.property(events, width, (e, w) => {
          checkDrawing(timelineLayout(e, { width: w, id: 'p' }), e.length);
        }),
        runs,
      );
    },
    propertyTimeout,
  );

  it('draws point n as row n of the table, whose cells its tooltip reads, in every language', () => {
    for (const lang of languages) {
      const bound = bindChart(chart.id, readChartData(), lang);
      const rows = bound.tables[0]!.rows;
      const { svg } = bound.render({ width: layoutWidths.narrow, id: 'n' });
      // The phone list prints each event's title beside its point: the same event as the row.
      const points = [...svg.matchAll(/<g class="point" data-row="(\d+)"[^>]*>(.*?)<\/g>/g)];
      expect(points, lang).toHaveLength(rows.length);
      for (const [, n, inner] of points) {
        const title = String(rows[Number(n)]!.cells[1]);
        const printed = [...inner!.matchAll(/<tspan x="[\d.]+"(?: dy="[\d.]+")?>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
        const date = /<tspan x="[\d.]+" class="t-strong">([^<]*)<\/tspan>/.exec(inner!)?.[1];
        expect(date, `${lang} row ${n}`).toBe(String(rows[Number(n)]!.cells[0]));
        expect(printed.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'), `${lang} row ${n}`).toContain(
          title.split(' ')[0],
        );
      }
    }
  });
});
