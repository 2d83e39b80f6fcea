// Checks on chart data that a per-row schema cannot make, kept pure so unit tests can run them.
import type { ArmsTivRow } from '../content/schemas.ts';

/**
 * A year missing from the middle of a yearly series would draw as "nothing delivered"; refuse it.
 * The message names the row after the gap; `lineOf` gives its line when the caller knows it.
 */
export function checkSeries(
  rows: readonly (Pick<ArmsTivRow, 'year' | 'direction'> & { id?: string })[],
  file = 'content/data/arms-tiv.csv',
  lineOf: (id: string) => number | undefined = () => undefined,
): void {
  for (const direction of ['russia-to-iran', 'iran-to-russia'] as const) {
    const series = rows.filter((r) => r.direction === direction).sort((a, b) => a.year - b.year);
    for (let i = 1; i < series.length; i += 1) {
      const [before, after] = [series[i - 1]!, series[i]!];
      if (after.year !== before.year + 1) {
        const id = after.id ?? `${direction}-${after.year}`;
        const line = lineOf(id);
        throw new Error(
          `${file}${line === undefined ? '' : `:${line}`}, row "${id}", field "year": direction "${direction}" jumps from ${before.year} to ${after.year}, so it has no row for ${before.year + 1}; add the year (use 0 if SIPRI recorded no deliveries, or leave the years out only at either end)`,
        );
      }
    }
  }
}
