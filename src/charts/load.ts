// Reads the chart data collections once per build and checks what a schema cannot see alone
// (checks.ts): that every source id is in the bibliography, that chapters exist, each chart's own
// checks. Pages, downloads and the bibliography check all read through here.
import { getCollection, type CollectionKey } from 'astro:content';
import { getEdition } from '../collections/edition-data.ts';
import { recordLine } from '../collections/locate.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';
import { bindChart } from './bind.ts';
import { chartSources, checkChartData } from './checks.ts';
import { chartFiles, chartIds, type BoundChart, type ChartData, type ChartId } from './registry.ts';

let loaded: Promise<ChartData> | undefined;

export function loadChartData(): Promise<ChartData> {
  loaded ??= (async () => {
    const [files, sources, chapters] = await Promise.all([
      // Collections named by the registry (content.config.ts makes one per chart data file).
      Promise.all(chartFiles.map(async (entry) => ({ ...entry, entries: await getCollection(entry.collection as CollectionKey) }))),
      getCollection('sources'),
      getCollection('chapters'),
    ]);
    // Entries come back sorted by id; put them back in the order of their file.
    const inFileOrder = (entries: { id: string; data: unknown }[]) =>
      entries
        .map((entry) => ({ ...(entry.data as { fileOrder: number }), id: entry.id }))
        .sort((a, b) => a.fileOrder - b.fileOrder)
        .map(({ fileOrder: _place, ...row }) => row);
    const data: Record<string, Record<string, unknown[]>> = Object.fromEntries(chartIds.map((id) => [id, {}]));
    for (const { chart, key, entries } of files) data[chart]![key] = inFileOrder(entries);
    const checked = data as unknown as ChartData;
    checkChartData(
      checked,
      { source: new Set(sources.map((s) => s.id)), chapter: new Set(chapters.map((c) => c.id)) },
      { lineOf: recordLine },
    );
    return checked;
  })();
  return loaded;
}

/** Every source id any chart cites, for the bibliography's unused-source check. */
export async function chartSourceIds(): Promise<Set<string>> {
  return chartSources(await loadChartData());
}

const localized = new Map<Lang, Promise<ChartData>>();

/** A nested record with the translated text fields over it (content/<lang>/data/<file>.yaml). */
function overlay(record: Record<string, unknown>, words: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!words) return record;
  const out = { ...record };
  for (const [key, value] of Object.entries(words))
    out[key] =
      value && typeof value === 'object'
        ? overlay((record[key] ?? {}) as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  return out;
}

/**
 * Every chart's data in `lang`: the same records, with each text field in that language (the
 * editions collection has checked that every record of every file has its words).
 */
export function loadChartDataIn(lang: Lang): Promise<ChartData> {
  if (lang === defaultLang) return loadChartData();
  let data = localized.get(lang);
  if (!data) {
    data = (async () => {
      const [english, edition] = await Promise.all([loadChartData(), getEdition(lang)]);
      const records = edition?.records ?? {};
      const out: Record<string, Record<string, unknown[]>> = {};
      for (const { chart, key, file } of chartFiles) {
        const words = records[file.path];
        const list = (english as unknown as Record<string, Record<string, Record<string, unknown>[]>>)[chart]![key]!;
        (out[chart] ??= {})[key] = words ? list.map((record) => overlay(record, words[record.id as string])) : list;
      }
      return out as unknown as ChartData;
    })();
    localized.set(lang, data);
  }
  return data;
}

/** One chart with its data, ready to draw, in one language (the site's default unless asked). */
export async function getChart(id: ChartId, lang: Lang = defaultLang): Promise<BoundChart> {
  return bindChart(id, await loadChartDataIn(lang), lang);
}
