// The charts and chapters the tests iterate over, read from the site itself: the chart registry
// (src/charts/registry.ts, which imports no D3 and nothing Vite-only, so Playwright's loader reads
// it) and the chapters' reading order (src/collections/chapter-order.ts). No other file under e2e/
// lists chart ids, chapters, or which chapter a chart lives in.
import { charts as registry } from '../../src/charts/registry.ts';
import { chapterSlugs } from '../../src/collections/chapter-order.ts';

export interface CatalogChart {
  id: string;
  /** The chapter the chart lives in: its canonical page, /<chapter>/#chart-<id>. */
  chapter: string;
}

function registryCharts(): CatalogChart[] {
  return registry.map(({ id, chapter }) => ({ id, chapter }));
}

/** Chapter slugs in reading order. */
export const chapters: readonly string[] = chapterSlugs();

/** Every chart the site publishes, in the registry's order, with its chapter. */
export const charts: readonly CatalogChart[] = registryCharts();

export const chartIds: readonly string[] = charts.map((chart) => chart.id);

for (const chart of charts) {
  if (!chapters.includes(chart.chapter)) throw new Error(`catalog: chart ${chart.id} lives in "${chart.chapter}", which is no chapter`);
}

/** The chapter a chart lives in. */
export function chapterOf(id: string): string {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`catalog: no chart "${id}" in the registry (charts: ${chartIds.join(', ')})`);
  return chart.chapter;
}

/** The charts whose canonical page is this chapter, in the registry's order. */
export const chartsIn = (chapter: string): CatalogChart[] => charts.filter((chart) => chart.chapter === chapter);
