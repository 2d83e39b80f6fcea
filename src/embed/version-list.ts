// The frozen versions of each chart's embed checked against their files: versions run 1, 2, 3…
// per chart, every listed version has its file, every file its entry, and each file holds only a
// chart's markup (frozen.ts); a version whose note numbers link to its own source page has that
// list (v<n>.sources.html), with every entry they link to. Pure, for the build (versions.ts) and the
// in-process content check.
import { chartIds, type ChartId } from '../charts/registry.ts';
import { embedVersionsFile as listFile } from '../collections/collections.ts';
import type { EmbedVersionEntry } from '../collections/schemas.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';
import { checkSourceLinks, parseFrozen, parseFrozenSources, type FrozenEmbed } from './frozen.ts';

export interface EmbedVersion {
  chart: ChartId;
  /** The edition it was frozen from: /embed/<chart>/v<n>/ for English, /<lang>/embed/<chart>/v<n>/ for the others. */
  lang: Lang;
  version: number;
  frozen: Date;
  note: string;
  content: FrozenEmbed;
  /** The numbered source list its note numbers link to (from v4 on): /embed/<chart>/v<n>/sources/. */
  sources?: string;
}

const langFolder = (lang: Lang) => (lang === defaultLang ? '' : `${lang}/`);
/** Where a version's markup lives, from the project root (an edition's under content/embeds/<chart>/<lang>/). */
export const frozenFile = (chart: string, version: number, lang: Lang = defaultLang) =>
  `content/embeds/${chart}/${langFolder(lang)}v${version}.html`;
/** Where a version's source list lives (from v4 on). */
export const frozenSourcesFile = (chart: string, version: number, lang: Lang = defaultLang) =>
  `content/embeds/${chart}/${langFolder(lang)}v${version}.sources.html`;
/** An entry's id: `<chart>-v<n>`, or `<chart>-<lang>-v<n>` for an edition's. */
export const versionId = (chart: string, version: number, lang: Lang = defaultLang) =>
  lang === defaultLang ? `${chart}-v${version}` : `${chart}-${lang}-v${version}`;
/** A chart's versions in one language, oldest first. */
export const versionsIn = (all: ReadonlyMap<ChartId, readonly EmbedVersion[]>, chart: ChartId, lang: Lang) =>
  (all.get(chart) ?? []).filter((v) => v.lang === lang);

/**
 * The versions of each chart, in order. `files` holds the text of every content/embeds/<chart>/*.html
 * by its path from the project root; `at` finds a record's line in the list.
 */
export function checkEmbedVersions(
  entries: readonly { id: string; data: EmbedVersionEntry }[],
  files: ReadonlyMap<string, string>,
  at: (file: string, id: string) => string,
): Map<ChartId, EmbedVersion[]> {
  const texts = new Map(files);
  const byChart = new Map<ChartId, EmbedVersion[]>(chartIds.map((id) => [id, []]));
  const langOf = (data: EmbedVersionEntry) => data.lang ?? defaultLang;
  const sorted = [...entries].sort(
    (a, b) => a.data.chart.localeCompare(b.data.chart) || langOf(a.data).localeCompare(langOf(b.data)) || a.data.version - b.data.version,
  );
  for (const { id, data } of sorted) {
    const owner = `${at(listFile, id)}, id "${id}"`;
    const lang = langOf(data);
    const list = byChart.get(data.chart as ChartId);
    if (!list) throw new Error(`${owner}, field "chart": unknown chart "${data.chart}" (charts: ${chartIds.join(', ')})`);
    const expectedId = versionId(data.chart, data.version, lang);
    if (id !== expectedId) throw new Error(`${owner}, field "id": must be "${expectedId}" (chart, language and version)`);
    const inLang = list.filter((v) => v.lang === lang).length;
    if (data.version !== inLang + 1)
      throw new Error(`${owner}, field "version": expected ${inLang + 1} (versions run 1, 2, 3… per chart and language)`);
    const file = frozenFile(data.chart, data.version, lang);
    const text = texts.get(file);
    if (text === undefined) throw new Error(`${owner}, field "version": its markup ${file} is missing (npm run embed:freeze writes it)`);
    texts.delete(file);
    const sourcesFile = frozenSourcesFile(data.chart, data.version, lang);
    const sourcesText = texts.get(sourcesFile);
    texts.delete(sourcesFile);
    const content = parseFrozen(text, file);
    const sources = sourcesText === undefined ? undefined : parseFrozenSources(sourcesText, sourcesFile);
    const broken = checkSourceLinks(text, data.chart, data.version, sources);
    if (broken) throw new Error(`${file}:${broken} (re-freeze it with npm run embed:freeze)`);
    list.push({
      chart: data.chart as ChartId,
      lang,
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
}
