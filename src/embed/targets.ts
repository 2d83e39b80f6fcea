// Where a chart's embed lives and what its snippet and oEmbed answer say, from the bound chart
// and the deployment's site URL (SITE_URL) and base path (BASE_PATH).
import type { BoundChart } from '../charts/registry.ts';
import { layoutWidths } from '../charts/frame.ts';
import { href, siteIn } from '../lib/site.ts';
import { chartPath } from '../charts/place.ts';
import { embedSnippet, oembedResponse, type EmbedTarget, type OEmbedResponse } from './snippet.ts';
import { strings, type Lang } from '../i18n/index.ts';
import { leadingPublishers } from '../lib/source-label.ts';

export const embedPath = (id: string, version?: number) => (version ? `embed/${id}/v${version}/` : `embed/${id}/`);
/** The page with an embed's numbered source list, which its note numbers link to. */
export const embedSourcesPath = (id: string, version?: number) => `${embedPath(id, version)}sources/`;
export const oembedPath = (id: string) => `oembed/${id}.json`;

/** An address on the site: in `lang`'s part of it when given (pages, embeds, data), else the same for all (the loader). */
const absolute = (path: string, siteUrl: URL, lang?: Lang) => new URL(href(path, lang), siteUrl).href;

/** Once per chart, language and build: the latest and frozen snippets and the oEmbed answer share it. */
const heights = new Map<string, number>();

/**
 * Starting height at an article's width (about 720 px): the wide drawing plus the text around it,
 * counted in lines (about 95 characters of 14 px text a line). It is what a host without scripts
 * shows; any host that runs a resize protocol replaces it with the real height within a second.
 * The embed tests hold it to within 15 per cent of the measured height.
 */
export function startingHeight(chart: BoundChart, publishers: string[], lang: Lang): number {
  const key = `${lang} ${chart.id}`;
  const known = heights.get(key);
  if (known !== undefined) return known;
  const t = strings(lang);
  const drawing = chart.render({ width: layoutWidths.wide, id: 'estimate' }).height;
  const line = leadingPublishers(publishers);
  const lines = (text: string, perLine = 95) => Math.ceil(text.length / perLine);
  const text =
    26 * lines(chart.title, 55) + // headline
    21 * lines(chart.dek) +
    55 * chart.tables.length + // "show as a table" rows
    chart.notes.reduce((sum, note) => sum + 21 * lines(note) + 8, 0) +
    21 * lines(`${t.figure.sources} ${t.figure.sourcesInline(line.named, line.more)} ${t.figure.sourcesPageLink(10)}.`) + // sources, a two-digit count
    21 * 2 + // credit and licence
    45 + // downloads
    60 + // where the chart comes from
    60; // filters and padding
  const height = Math.round(drawing + text);
  heights.set(key, height);
  return height;
}

export function embedTarget(chart: BoundChart, publishers: string[], siteUrl: URL, lang: Lang, version?: number): EmbedTarget {
  return {
    id: chart.id,
    lang,
    title: chart.title,
    embedUrl: absolute(embedPath(chart.id, version), siteUrl, lang),
    chartUrl: absolute(chartPath(chart), siteUrl, lang),
    loaderUrl: absolute('embed.js', siteUrl),
    height: startingHeight(chart, publishers, lang),
    siteTitle: siteIn(lang).title,
  };
}

export const snippetFor = (chart: BoundChart, publishers: string[], siteUrl: URL, lang: Lang, version?: number) =>
  embedSnippet(embedTarget(chart, publishers, siteUrl, lang, version));

/** The oEmbed discovery link's href: the static JSON, with the page's URL encoded as the spec asks. */
export function oembedDiscovery(chart: BoundChart, siteUrl: URL, pageUrl: string, lang?: Lang): string {
  return `${absolute(oembedPath(chart.id), siteUrl, lang)}?url=${encodeURIComponent(pageUrl)}&format=json`;
}

export function oembedFor(
  chart: BoundChart,
  publishers: string[],
  siteUrl: URL,
  lang: Lang,
  png: { width: number; height: number },
): OEmbedResponse {
  // WordPress clamps at 1,000 px; the embed turns compact there, so never promise more.
  const target = embedTarget(chart, publishers, siteUrl, lang);
  target.height = Math.min(target.height, 1000);
  return oembedResponse(target, {
    width: layoutWidths.wide,
    providerName: siteIn(lang).title,
    providerUrl: absolute('', siteUrl, lang),
    authorName: siteIn(lang).publisher,
    thumbnail: { url: absolute(`data/${chart.id}.png`, siteUrl, lang), ...png },
  });
}
