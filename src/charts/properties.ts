// Shared pieces of the layouts' property tests (each chart's test file): for any data its schemas
// allow (empty, one row, huge and tiny values, long labels, Persian and Russian text), a layout
// returns well-formed SVG with one point per datum.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ChartSvg } from './frame.ts';
import { wellFormed } from './snapshot.ts';

export const runs = { numRuns: 1000 };
/** A thousand runs of a layout take seconds alone and longer on a busy machine. */
export const propertyTimeout = 60_000;

/** Text up to `max` characters, including scripts and words that are hard to set. */
export const label = (max: number) =>
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
export const width = fc.integer({ min: 240, max: 1600 });
export const amount = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 1e-3, noNaN: true }),
  fc.double({ min: 0, max: 100_000, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }),
);

/** Well-formed, finite, with a size, and `points` marks a reader can hover or focus. */
export function checkDrawing(result: ChartSvg, points: number): void {
  expect(wellFormed(result.svg)).toBe(true);
  // Coordinates and other attributes only: a random label may itself read "NaN" or "undefined".
  const markup = result.svg.replace(/ data-tip="[^"]*"/g, '').replace(/>[^<]*</g, '><');
  // A point carries its tooltip (data-tip) or is row n of the figure's table (data-row, 0 to n - 1).
  expect(markup).not.toMatch(/NaN|undefined|Infinity|\[object/);
  expect(result.width).toBeGreaterThan(0);
  expect(result.height).toBeGreaterThan(0);
  expect((result.svg.match(/ data-(tip|row)="/g) ?? []).length).toBe(points);
  const rows = [...result.svg.matchAll(/ data-row="(\d+)"/g)].map((m) => Number(m[1]));
  expect(rows).toEqual(rows.map((_, i) => i));
}
