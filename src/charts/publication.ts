// Where a chart is published and under what licence: what its downloads, embeds and oEmbed
// answers all state about it.
import { getSources, sourceLabeller } from '../collections/queries.ts';
import { publisherSummary } from '../lib/source-label.ts';
import { href } from '../lib/site.ts';
import { chartPath } from './place.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';
import type { Publication } from './downloads.ts';
import type { BoundChart } from './registry.ts';

export const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * What a chart's downloads state about it. Each source carries the words the reader sees for it
 * (`label`, as in the chart's source list, in `lang`) beside its kind, ownership and original.
 */
export async function publicationFor(chart: BoundChart, site: URL, lang: Lang = defaultLang): Promise<Publication> {
  const [sources, label] = await Promise.all([getSources(lang), sourceLabeller(lang)]);
  const labelled = new Map([...sources].map(([id, source]) => [id, { label: label(source), ...source }]));
  return { url: new URL(href(chartPath(chart), lang), site).href, licence, sources: labelled };
}

/** The publishers a chart's sources come from, in order of first citation (its source line). */
export async function chartPublishers(chart: BoundChart): Promise<string[]> {
  const sources = await getSources(defaultLang);
  return [...new Set(chart.sourceIds.map((id) => sources.get(id)!.publisher))];
}

/**
 * The publishers for the one-line summary above a chart's source list: each once, in order of
 * first citation, and state media with what they are ("TASS (Russian state news agency)"), as
 * everywhere else sources are listed.
 */
export async function chartSourceSummary(chart: BoundChart, lang: Lang): Promise<string[]> {
  const sources = await getSources(lang);
  return publisherSummary(
    chart.sourceIds.map((id) => sources.get(id)!),
    lang,
  );
}
