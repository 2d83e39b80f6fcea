// The real chart data, read the way the build reads it, for unit tests that run outside Astro.
import { fileURLToPath } from 'node:url';
import { readChartData as readFrom } from '../collections/data-files.ts';
import type { ChartData } from './registry.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function readChartData(): ChartData {
  return readFrom(projectRoot);
}
