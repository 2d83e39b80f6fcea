// Reads the chart data collections once per build and checks what a schema cannot see alone:
// that every source id is in the bibliography, that chapters exist, that a yearly series has
// no silent gaps. Pages, downloads and the bibliography check all read through here.
import { getCollection } from 'astro:content';
import type { ArmsDeal, ArmsTivRow } from '../content/schemas.ts';
import { checkReferences } from '../lib/citations.ts';
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
    const withId = <T,>(entries: { id: string; data: unknown }[]) => entries.map((e) => ({ ...(e.data as T), id: e.id }));
    const data: ChartData = {
      'arms-transfers': { tiv: withId<ArmsTivRow>(tiv), deals: withId<ArmsDeal>(deals) },
      'treaty-scope': { domains: domains.map((e) => ({ ...e.data, id: e.id })), comparison: comparison.map((e) => ({ ...e.data, id: e.id })) },
      timeline: {
        events: events.map((e) => ({ ...e.data, id: e.id })),
      },
    };
    for (const row of data['arms-transfers'].tiv) checkReferences(`content/data/arms-tiv.csv, row "${row.id}"`, [row.source], sourceIds, 'source');
    for (const deal of data['arms-transfers'].deals) checkReferences(`content/data/arms-deals.csv, id "${deal.id}"`, deal.sources, sourceIds, 'source');
    for (const domain of data['treaty-scope'].domains) checkReferences(`content/data/treaty-scope.yaml, id "${domain.id}"`, domain.sources, sourceIds, 'source');
    for (const row of data['treaty-scope'].comparison) {
      for (const key of ['iran2025', 'dprk2024', 'iran2001'] as const) checkReferences(`content/data/treaty-comparison.yaml, id "${row.id}", field "${key}.sources"`, row[key].sources, sourceIds, 'source');
    }
    for (const event of data.timeline.events) {
      checkReferences(`content/data/timeline.yaml, id "${event.id}"`, event.sources, sourceIds, 'source');
      checkReferences(`content/data/timeline.yaml, id "${event.id}", field "chapter"`, [event.chapter], chapterIds, 'chapter');
    }
    checkSeries(data['arms-transfers'].tiv);
    return data;
  })();
  return loaded;
}

/** A year missing from the middle of a series would draw as "nothing delivered"; refuse it. */
export function checkSeries(rows: readonly (Pick<ArmsTivRow, 'year' | 'direction'> & { id: string })[]): void {
  for (const direction of ['russia-to-iran', 'iran-to-russia'] as const) {
    const years = rows.filter((r) => r.direction === direction).map((r) => r.year).sort((a, b) => a - b);
    for (let i = 1; i < years.length; i += 1) {
      if (years[i]! !== years[i - 1]! + 1) {
        throw new Error(`content/data/arms-tiv.csv: direction "${direction}" has no row for ${years[i - 1]! + 1}; add the year (use 0 if SIPRI recorded no deliveries)`);
      }
    }
  }
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
