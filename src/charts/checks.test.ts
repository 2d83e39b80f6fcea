import { describe, expect, it } from 'vitest';
import { checkSeries } from './checks.ts';
import { readChartData } from './fixtures.ts';

describe('yearly series', () => {
  it('accepts the real data', () => {
    expect(() => checkSeries(readChartData()['arms-transfers'].tiv)).not.toThrow();
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
