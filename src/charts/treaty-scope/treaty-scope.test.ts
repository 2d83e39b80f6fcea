import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bindChart } from '../bind.ts';
import { readChartData } from '../read-data.ts';
import { layoutWidths } from '../frame.ts';
import { checkDrawing, label, propertyTimeout, runs, width } from '../properties.ts';
import { snapshotTests } from '../snapshot.ts';
import { chart, treatyDomainSchema, treatyGroups, treatyWordings } from './chart.ts';
import { treatyScopeLayout } from './layout.ts';

describe('treaty-scope drawing', () => {
  snapshotTests(
    bindChart(chart.id, readChartData()),
    { wide: { width: layoutWidths.wide }, narrow: { width: layoutWidths.narrow } },
    import.meta.url,
  );

  it(
    'takes any valid data: one point per area and per provision',
    () => {
      const answer = fc.record({ answer: fc.constantFrom('yes', 'no', 'partly', 'not-checked' as const), text: label(160) });
      const domains = fc.array(
        fc.record({
          id: fc.uuid(),
          domain: label(40),
          group: fc.constantFrom(...treatyGroups),
          wording: fc.constantFrom(...treatyWordings),
          articles: fc.array(fc.integer({ min: 1, max: 47 }), { maxLength: 6 }),
          summary: label(220),
        }),
        { maxLength: 40 },
      );
      const comparison = fc.array(
        fc.record({ id: fc.uuid(), provision: label(60), iran2025: answer, dprk2024: answer, iran2001: answer }),
        { maxLength: 8 },
      );
      fc.assert(
        fc.property(domains, comparison, width, (d, c, w) => {
          checkDrawing(treatyScopeLayout({ domains: d, comparison: c }, { width: w, id: 'p' }), d.length + c.length);
        }),
        runs,
      );
    },
    propertyTimeout,
  );
});

describe('treaty areas', () => {
  const area = {
    domain: 'Mutual defence',
    group: 'security',
    wording: 'absent',
    articles: [],
    summary: 'No such clause.',
    sources: ['tass'],
  };
  it('refuses an article for an area the treaty leaves out', () => {
    expect(treatyDomainSchema.safeParse(area).success).toBe(true);
    expect(treatyDomainSchema.safeParse({ ...area, articles: [3] }).error!.issues.map((i) => [i.path, i.message])).toEqual([
      [['articles'], 'must be empty when wording is absent'],
    ]);
  });
});
