// The real chart data, read the way the build reads it, for unit tests that run outside Astro.
import { fileURLToPath } from 'node:url';
import { readCsvRecords } from '../content/csv-records.ts';
import { readYamlRecords } from '../content/yaml-records.ts';
import { armsDealsFile, armsTivFile, timelineFile, treatyComparisonFile, treatyScopeFile } from '../content/data-files.ts';
import type { ChartData } from './registry.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const flat = <T>(records: { id: string; data: T }[]) => records.map((r) => ({ ...r.data, id: r.id }));

export function readChartData(): ChartData {
  return {
    'arms-transfers': {
      tiv: flat(readCsvRecords(projectRoot, armsTivFile.path, armsTivFile.options)),
      deals: flat(readCsvRecords(projectRoot, armsDealsFile.path, armsDealsFile.options)),
    },
    'treaty-scope': {
      domains: flat(readYamlRecords(projectRoot, treatyScopeFile.path, treatyScopeFile.schema)),
      comparison: flat(readYamlRecords(projectRoot, treatyComparisonFile.path, treatyComparisonFile.schema)),
    },
    timeline: { events: flat(readYamlRecords(projectRoot, timelineFile.path, timelineFile.schema)) },
  };
}
