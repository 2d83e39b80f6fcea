// Reads a chart's data files (declared in src/charts/<id>/chart.ts) record by record: one reader
// for the build (content.config.ts) and for every check and test that runs outside Astro.
import { readCsvRecords } from './csv-records.ts';
import { readYamlRecords, type YamlRecord } from './yaml-records.ts';
import type { DataFile } from '../charts/define.ts';
import { charts, type ChartData } from '../charts/registry.ts';

/** Every record of one file, validated, in the order of the file. */
export function readDataFile(root: string, file: DataFile): YamlRecord<unknown>[] {
  return file.format === 'csv' ? readCsvRecords(root, file.path, file) : readYamlRecords(root, file.path, file.schema);
}

/** Every chart's data, read from the files under `root` the way the build reads them. */
export function readChartData(root: string): ChartData {
  const flat = (records: YamlRecord<unknown>[]) => records.map((r) => ({ ...(r.data as object), id: r.id }));
  return Object.fromEntries(
    charts.map((chart) => [
      chart.id,
      Object.fromEntries(Object.entries<DataFile>(chart.files).map(([key, file]) => [key, flat(readDataFile(root, file))])),
    ]),
  ) as ChartData;
}
