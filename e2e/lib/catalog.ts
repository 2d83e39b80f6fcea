// The charts and chapters the tests iterate over, read from the site itself: the chart registry
// (src/charts/registry.ts, which imports no D3 and nothing Vite-only, so Playwright's loader reads
// it) and the chapters' reading order (src/collections/chapter-order.ts). No other file under e2e/
// lists chart ids, chapters, or which page a chart lives on.
import { charts as registry } from '../../src/charts/registry.ts';
import { chapterSlugs } from '../../src/collections/chapter-order.ts';
import { chartPagePath } from '../../src/charts/place.ts';
import { publishedLanguages as languages } from '../../src/i18n/languages.ts';
import { langPrefix } from './site.ts';

export interface CatalogChart {
  id: string;
  /** The page the chart lives on, relative to the site's base: `cooperation/`, or `` for the front page. */
  page: string;
}

/** Chapter slugs in reading order. */
export const chapters: readonly string[] = chapterSlugs();

/** The languages the site is published in (src/i18n/languages.ts: publishedLanguages), the default first. */
export { languages };
/** Where a language's pages live, relative to the site's base: '' for the default, 'ru/' for Russian. */
export { langPrefix };
/** Every chapter page in every language, in reading order within each: 'syria/', 'ru/syria/'. */
export const chapterPages: readonly string[] = languages.flatMap((lang) => chapters.map((slug) => `${langPrefix(lang)}${slug}/`));

/** Every chart the site publishes, in the registry's order, with its page. */
export const charts: readonly CatalogChart[] = registry.map((chart) => ({ id: chart.id, page: chartPagePath(chart) }));

export const chartIds: readonly string[] = charts.map((chart) => chart.id);

for (const chart of registry) {
  if (chart.page !== '' && !chapters.includes(chart.page))
    throw new Error(`catalog: chart ${chart.id} lives in "${chart.page}", which is neither a chapter nor the front page ('')`);
}

/** The page a chart lives on, relative to the site's base: `cooperation/`, or `` for the front page. */
export function pageOf(id: string): string {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`catalog: no chart "${id}" in the registry (charts: ${chartIds.join(', ')})`);
  return chart.page;
}

/** The charts whose canonical page is this one (`treaty/`, or `` for the front page), in the registry's order. */
export const chartsOn = (page: string): CatalogChart[] => charts.filter((chart) => chart.page === page);
