// The frozen versions of each chart's embed, checked once per build: versions run 1, 2, 3… per
// chart, every listed version has its file, and every file its entry; a version whose note numbers
// link to its own source page has that list (v<n>.sources.html), with every entry they link to.
import { getCollection } from 'astro:content';
import { chartIds, type ChartId } from '../charts/registry.ts';
import { checkSourceLinks, parseFrozen, parseFrozenSources, type FrozenEmbed } from './frozen.ts';
import { at } from '../content/locate.ts';

export interface EmbedVersion {
  chart: ChartId;
  version: number;
  frozen: Date;
  note: string;
  content: FrozenEmbed;
  /** The numbered source list its note numbers link to (from v4 on): /embed/<chart>/v<n>/sources/. */
  sources?: string;
}

const listFile = 'content/embeds/versions.yaml';
// Bundled as text at build time, so the built site does not read the working directory.
const files = import.meta.glob<string>('../../content/embeds/*/*.html', { query: '?raw', import: 'default', eager: true });
const fileFor = (chart: string, version: number) => `content/embeds/${chart}/v${version}.html`;
const sourcesFileFor = (chart: string, version: number) => `content/embeds/${chart}/v${version}.sources.html`;

let loaded: Promise<Map<ChartId, EmbedVersion[]>> | undefined;

export function getEmbedVersions(): Promise<Map<ChartId, EmbedVersion[]>> {
  loaded ??= (async () => {
    const texts = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text]));
    const byChart = new Map<ChartId, EmbedVersion[]>(chartIds.map((id) => [id, []]));
    const entries = (await getCollection('embedVersions')).sort(
      (a, b) => a.data.chart.localeCompare(b.data.chart) || a.data.version - b.data.version,
    );
    for (const { id, data } of entries) {
      const owner = `${at(listFile, id)}, id "${id}"`;
      const list = byChart.get(data.chart as ChartId);
      if (!list) throw new Error(`${owner}, field "chart": unknown chart "${data.chart}" (charts: ${chartIds.join(', ')})`);
      if (id !== `${data.chart}-v${data.version}`)
        throw new Error(`${owner}, field "id": must be "${data.chart}-v${data.version}" (chart and version)`);
      if (data.version !== list.length + 1)
        throw new Error(`${owner}, field "version": expected ${list.length + 1} (versions run 1, 2, 3… per chart)`);
      const file = fileFor(data.chart, data.version);
      const text = texts.get(file);
      if (text === undefined) throw new Error(`${owner}, field "version": its markup ${file} is missing (npm run embed:freeze writes it)`);
      texts.delete(file);
      const sourcesFile = sourcesFileFor(data.chart, data.version);
      const sourcesText = texts.get(sourcesFile);
      texts.delete(sourcesFile);
      const content = parseFrozen(text, file);
      const sources = sourcesText === undefined ? undefined : parseFrozenSources(sourcesText, sourcesFile);
      const broken = checkSourceLinks(text, data.chart, data.version, sources);
      if (broken) throw new Error(`${file}:${broken} (re-freeze it with npm run embed:freeze)`);
      list.push({
        chart: data.chart as ChartId,
        version: data.version,
        frozen: data.frozen,
        note: data.note,
        content,
        ...(sources === undefined ? {} : { sources }),
      });
    }
    const orphan = [...texts.keys()][0];
    if (orphan) throw new Error(`${orphan}: no entry in ${listFile} names this file`);
    // A new chart has no frozen version until its first build is frozen; the tests insist on one.
    for (const [chart, list] of byChart) {
      if (list.length === 0)
        console.warn(`${listFile}: chart "${chart}" has no frozen version yet; run npm run build && npm run embed:freeze`);
    }
    return byChart;
  })();
  return loaded;
}
