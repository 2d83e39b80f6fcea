// Where a chart's embed lives and what its snippet and oEmbed answer say, from the bound chart
// and the deployment's site URL (SITE_URL) and base path (BASE_PATH).
import type { BoundChart } from '../charts/registry.ts';
import { layoutWidths } from '../charts/frame.ts';
import { href, site } from '../lib/site.ts';
import { embedSnippet, oembedResponse, type EmbedTarget, type OEmbedResponse } from './snippet.ts';

export const embedPath = (id: string, version?: number) => (version ? `embed/${id}/v${version}/` : `embed/${id}/`);
export const chartPath = (chart: Pick<BoundChart, 'id' | 'chapter'>) => `${chart.chapter}/#chart-${chart.id}`;
export const oembedPath = (id: string) => `oembed/${id}.json`;

const absolute = (path: string, siteUrl: URL) => new URL(href(path), siteUrl).href;

/**
 * Starting height: the wide drawing plus what surrounds it at an article's width (headline, notes
 * collapsed sources, credit, links), measured on the built embeds at 720 px. Hosts that run any
 * of the resize protocols replace it with the real height within a second.
 */
export function startingHeight(chart: BoundChart): number {
  const drawing = chart.render({ width: layoutWidths.wide, id: 'estimate' }).height;
  return Math.round(drawing + 330 + 52 * chart.notes.length);
}

export function embedTarget(chart: BoundChart, siteUrl: URL, version?: number): EmbedTarget {
  return {
    id: chart.id,
    title: chart.title,
    embedUrl: absolute(embedPath(chart.id, version), siteUrl),
    chartUrl: absolute(chartPath(chart), siteUrl),
    loaderUrl: absolute('embed.js', siteUrl),
    height: startingHeight(chart),
    siteTitle: site.title,
  };
}

export const snippetFor = (chart: BoundChart, siteUrl: URL, version?: number) => embedSnippet(embedTarget(chart, siteUrl, version));

/** The oEmbed discovery link's href: the static JSON, with the page's URL encoded as the spec asks. */
export function oembedDiscovery(chart: BoundChart, siteUrl: URL, pageUrl: string): string {
  return `${absolute(oembedPath(chart.id), siteUrl)}?url=${encodeURIComponent(pageUrl)}&format=json`;
}

export function oembedFor(chart: BoundChart, siteUrl: URL, png: { width: number; height: number }): OEmbedResponse {
  // WordPress clamps at 1,000 px; the embed turns compact there, so never promise more.
  const target = { ...embedTarget(chart, siteUrl), height: Math.min(startingHeight(chart), 1000) };
  return oembedResponse(target, {
    width: layoutWidths.wide,
    providerName: site.title,
    providerUrl: absolute('', siteUrl),
    authorName: site.publisher,
    thumbnail: { url: absolute(`data/${chart.id}.png`, siteUrl), ...png },
  });
}
