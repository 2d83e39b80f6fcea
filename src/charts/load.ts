// Reads the chart data collections once per build and checks what a schema cannot see alone:
// that every source id is in the bibliography, that chapters exist, that a yearly series has
// no silent gaps. Pages, downloads and the bibliography check all read through here.
import { getCollection } from 'astro:content';
import type { ArmsDeal, ArmsTivRow, TimelineEvent, TreatyComparisonRow, TreatyDomain } from '../content/schemas.ts';
import { checkReferences } from '../lib/citations.ts';
import { checkSeries } from './checks.ts';
import { at, recordLine } from '../content/locate.ts';
import { armsDealsFile, armsTivFile, timelineFile, treatyComparisonFile, treatyScopeFile } from '../content/data-files.ts';
import { bindChart, chartIds, type BoundChart, type ChartData, type ChartId } from './registry.ts';

let loaded: Promise<ChartData> | undefined;

export function loadChartData(): Promise<ChartData> {
  loaded ??= (async () => {
    const [tiv, deals, domains, comparison, events, sources, chapters] = await Promise.all([
      getCollection('armsTiv'),
      getCollection('armsDeals'),
      getCollection('treatyScope'),
      getCollection('treatyComparison'),
      getCollection('timeline'),
      getCollection('sources'),
      getCollection('chapters'),
    ]);
    const sourceIds = new Set(sources.map((s) => s.id));
    const chapterIds = new Set(chapters.map((c) => c.id));
    // Entries come back sorted by id; put them back in the order of their file.
    const inFileOrder = <T>(entries: { id: string; data: unknown }[]) =>
      entries
        .map((entry) => ({ ...(entry.data as T & { fileOrder: number }), id: entry.id }))
        .sort((a, b) => a.fileOrder - b.fileOrder)
        .map(({ fileOrder: _place, ...row }) => row as T & { id: string });
    const data: ChartData = {
      'arms-transfers': { tiv: inFileOrder<ArmsTivRow>(tiv), deals: inFileOrder<ArmsDeal>(deals) },
      'treaty-scope': { domains: inFileOrder<TreatyDomain>(domains), comparison: inFileOrder<TreatyComparisonRow>(comparison) },
      timeline: { events: inFileOrder<TimelineEvent>(events) },
    };
    // `row` for the TIV table (its id is made of direction and year), `id` where the file has one.
    const owner =
      (file: string, id: string, field: string, name = 'id') =>
      () =>
        `${at(file, id)}, ${name} "${id}", field "${field}"`;
    for (const row of data['arms-transfers'].tiv)
      checkReferences(owner(armsTivFile.path, row.id, 'source', 'row'), [row.source], sourceIds, 'source');
    for (const deal of data['arms-transfers'].deals)
      checkReferences(owner(armsDealsFile.path, deal.id, 'sources'), deal.sources, sourceIds, 'source');
    for (const domain of data['treaty-scope'].domains)
      checkReferences(owner(treatyScopeFile.path, domain.id, 'sources'), domain.sources, sourceIds, 'source');
    for (const row of data['treaty-scope'].comparison) {
      for (const key of ['iran2025', 'dprk2024', 'iran2001'] as const)
        checkReferences(owner(treatyComparisonFile.path, row.id, `${key}.sources`), row[key].sources, sourceIds, 'source');
    }
    for (const event of data.timeline.events) {
      checkReferences(owner(timelineFile.path, event.id, 'sources'), event.sources, sourceIds, 'source');
      checkReferences(owner(timelineFile.path, event.id, 'chapter'), [event.chapter], chapterIds, 'chapter');
    }
    checkSeries(data['arms-transfers'].tiv, armsTivFile.path, (id) => recordLine(armsTivFile.path, id));
    return data;
  })();
  return loaded;
}

/** Every source id any chart cites, for the bibliography's unused-source check. */
export async function chartSourceIds(): Promise<Set<string>> {
  const data = await loadChartData();
  return new Set(chartIds.flatMap((id) => bindChart(id, data).sourceIds));
}

/** One chart with its data, ready to draw. */
export async function getChart(id: ChartId): Promise<BoundChart> {
  return bindChart(id, await loadChartData());
}
