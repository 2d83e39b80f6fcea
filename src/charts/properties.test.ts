// Property tests: for any data the schemas allow (empty, one row, huge and tiny values, long
// labels, Persian and Russian text), every layout returns well-formed SVG with one point per datum.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wellFormed } from './snapshot.ts';
import { armsDirections, dealStatuses, timelineCategories, treatyWordings } from '../content/schemas.ts';
import { armsTransfersLayout, type ArmsDealPoint, type ArmsTivPoint } from './arms-transfers/layout.ts';
import { treatyScopeLayout, type TreatyComparisonPoint, type TreatyDomainPoint } from './treaty-scope/layout.ts';
import { timelineLayout, type TimelinePoint } from './timeline/layout.ts';
import type { ChartSvg } from './frame.ts';

const runs = { numRuns: 1000 };
const label = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max }),
    fc.constantFrom(
      'Договор о всеобъемлющем стратегическом партнёрстве',
      'پیمان مشارکت راهبردی جامع',
      'Shahed-136 / Герань-2 / شاهد',
      '<script>&"\'',
      'Supercalifragilisticexpialidocious-without-any-spaces-at-all',
    ),
  );
const width = fc.integer({ min: 240, max: 1600 });
const amount = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 1e-3, noNaN: true }),
  fc.double({ min: 0, max: 100_000, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }),
);

function check(result: ChartSvg, points: number) {
  expect(wellFormed(result.svg)).toBe(true);
  // Coordinates and other attributes only: a random label may itself read "NaN" or "undefined".
  const markup = result.svg.replace(/ data-tip="[^"]*"/g, '').replace(/>[^<]*</g, '><');
  expect(markup).not.toMatch(/NaN|undefined|Infinity|\[object/);
  expect(result.width).toBeGreaterThan(0);
  expect(result.height).toBeGreaterThan(0);
  expect((result.svg.match(/ data-tip="/g) ?? []).length).toBe(points);
}

describe('layouts take any valid data', () => {
  it('arms-transfers', () => {
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
        check(armsTransfersLayout({ tiv: points, deals: dealRows as ArmsDealPoint[] }, { width: w, id: 'p' }), span);
      }),
      runs,
    );
  });

  it('treaty-scope', () => {
    const answer = fc.record({ answer: fc.constantFrom('yes', 'no', 'partly', 'not-checked' as const), text: label(160) });
    const domains = fc.array(
      fc.record({
        id: fc.uuid(),
        domain: label(40),
        group: fc.constantFrom('security', 'economy', 'society', 'institutions' as const),
        wording: fc.constantFrom(...treatyWordings),
        articles: fc.array(fc.integer({ min: 1, max: 47 }), { maxLength: 6 }),
        summary: label(220),
      }),
      { maxLength: 40 },
    );
    const comparison = fc.array(fc.record({ id: fc.uuid(), provision: label(60), iran2025: answer, dprk2024: answer, iran2001: answer }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(domains, comparison, width, (d, c, w) => {
        check(
          treatyScopeLayout({ domains: d as TreatyDomainPoint[], comparison: c as TreatyComparisonPoint[] }, { width: w, id: 'p' }),
          d.length + c.length,
        );
      }),
      runs,
    );
  });

  it('timeline', () => {
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
        check(timelineLayout(e as TimelinePoint[], { width: w, id: 'p' }), e.length);
      }),
      runs,
    );
  });
});
