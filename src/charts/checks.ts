// The checks on chart data that need more than one record: every source and chapter a record
// names must exist, and each chart's own checks (a gap in a yearly series, say). One function
// for the build (load.ts, after the collections are loaded) and the in-process content check.
import { checkReferences } from '../lib/citations.ts';
import { charts, type ChartData } from './registry.ts';
import { sourcesOf, type DataChecks } from './define.ts';

export interface KnownIds {
  source: ReadonlySet<string>;
  chapter: ReadonlySet<string>;
}

/** Throws on the first reference to a source or chapter that does not exist, naming file, line, record and field. */
export function checkChartData(data: ChartData, known: KnownIds, { lineOf }: DataChecks): void {
  for (const chart of charts) {
    const records = data[chart.id] as never;
    for (const ref of chart.references(records)) {
      // A CSV table named by other columns calls its records rows.
      const name = ref.file.format === 'csv' && ref.file.idOf ? 'row' : 'id';
      const owner = () => {
        const line = lineOf(ref.file.path, ref.id);
        return `${ref.file.path}${line === undefined ? '' : `:${line}`}, ${name} "${ref.id}", field "${ref.field}"`;
      };
      checkReferences(owner, ref.ids, known[ref.kind], ref.kind);
    }
    chart.check?.(records, { lineOf });
  }
}

/** Every source any chart cites, for the bibliography's check that each source is cited somewhere. */
export function chartSources(data: ChartData): Set<string> {
  return new Set(charts.flatMap((chart) => sourcesOf(chart.references(data[chart.id] as never))));
}
