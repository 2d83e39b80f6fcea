import { describe, expect, it } from 'vitest';
import { checkSeries } from './checks.ts';
import { readChartData } from './fixtures.ts';

describe('yearly series', () => {
  it('accepts the real data', () => {
    expect(() => checkSeries(readChartData()['arms-transfers'].tiv)).not.toThrow();
  });

  it('refuses a year missing in the middle, naming the direction and the year', () => {
    const rows = [2019, 2020, 2022].map((year) => ({ year, direction: 'iran-to-russia' as const }));
    expect(() => checkSeries(rows)).toThrow('content/data/arms-tiv.csv: direction "iran-to-russia" has no row for 2021');
  });
});
