// Checks on chart data that a per-row schema cannot make, kept pure so unit tests can run them.
import type { ArmsTivRow } from '../content/schemas.ts';

/** A year missing from the middle of a yearly series would draw as "nothing delivered"; refuse it. */
export function checkSeries(rows: readonly Pick<ArmsTivRow, 'year' | 'direction'>[], file = 'content/data/arms-tiv.csv'): void {
  for (const direction of ['russia-to-iran', 'iran-to-russia'] as const) {
    const years = rows.filter((r) => r.direction === direction).map((r) => r.year).sort((a, b) => a - b);
    for (let i = 1; i < years.length; i += 1) {
      if (years[i]! !== years[i - 1]! + 1) {
        throw new Error(`${file}: direction "${direction}" has no row for ${years[i - 1]! + 1}; add the year (use 0 if SIPRI recorded no deliveries, or leave the years out only at either end)`);
      }
    }
  }
}
