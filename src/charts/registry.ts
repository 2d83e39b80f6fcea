// Every chart the site publishes, in the order pages and messages list them. A chart is one
// folder, src/charts/<id>/ (chart.ts, layout.ts, publication.ts, its test and snapshots), and one
// line here; the content config, loading, pages, downloads, embeds, exports and tests iterate
// over this list. Only the charts' data side (chart.ts) is imported: no d3 and nothing Vite-only,
// so the content config and the browser tests can import it. bind.ts adds drawing and words.
import { chart as armsTransfers } from './arms-transfers/chart.ts';
import { chart as treatyScope } from './treaty-scope/chart.ts';
import { chart as timeline } from './timeline/chart.ts';
import { chart as regionMap } from './region-map/chart.ts';
import type { BoundChart as Bound, DataFile, DataOf } from './define.ts';

export const charts = [armsTransfers, treatyScope, timeline, regionMap] as const;

export type Chart = (typeof charts)[number];
export type ChartId = Chart['id'];
export const chartIds: readonly ChartId[] = charts.map((chart) => chart.id);
/** Each chart's data, under its id: the records of its files. */
export type ChartData = { [C in Chart as C['id']]: DataOf<C['files']> };
/** A chart with its data, ready to draw: what pages, downloads, embeds and exports work with. */
export type BoundChart = Bound<ChartId, ChartData[ChartId]>;
export type { CsvTable, DataTable, Filter, TableRow } from './define.ts';

/** The chart with this id; an unknown id fails, naming the charts there are. */
export function chartById(id: string): Chart {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart "${id}" (charts: ${chartIds.join(', ')})`);
  return chart;
}

export interface ChartFile {
  chart: ChartId;
  /** The file's key in the chart's `files`: its records are `data[chart][key]`. */
  key: string;
  file: DataFile;
  /** The content collection the build loads the file into. */
  collection: string;
}

/** Every chart data file, with the collection it is loaded into ("armsTransfersTiv"). */
export const chartFiles: readonly ChartFile[] = charts.flatMap((chart) =>
  Object.entries(chart.files).map(([key, file]: [string, DataFile]) => ({
    chart: chart.id,
    key,
    file,
    collection: `${chart.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}${key[0]!.toUpperCase()}${key.slice(1)}`,
  })),
);
