// The charts and chapters the tests iterate over, read from the site itself: the chart registry
// (src/charts/registry.ts) and the chapters' reading order (src/content/chapter-order.ts). No
// other file under e2e/ lists chart ids, chapters, or which chapter a chart lives in.
import { execFileSync } from 'node:child_process';
import { chapterSlugs } from '../../src/content/chapter-order.ts';

export interface CatalogChart {
  id: string;
  /** The chapter the chart lives in: its canonical page, /<chapter>/#chart-<id>. */
  chapter: string;
}

// The registry reads the charts' CSS through Vite's `?raw` imports, which neither Node nor
// Playwright's loader understands. A plain Node process, taught that one convention by a load
// hook, imports it and prints what the tests need.
const rawImports = `import { readFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('?raw')) return next(url, context);
  return { format: 'module', shortCircuit: true, source: 'export default ' + JSON.stringify(readFileSync(new URL(url.slice(0, -4)), 'utf8')) };
}`;
const readRegistry = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(rawImports)}));
const { charts } = await import(${JSON.stringify(new URL('../../src/charts/registry.ts', import.meta.url).href)});
console.log(JSON.stringify(Object.values(charts).map(({ id, chapter }) => ({ id, chapter }))));`;

function registryCharts(): CatalogChart[] {
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', readRegistry], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out) as CatalogChart[];
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`e2e/lib/catalog.ts could not read src/charts/registry.ts: ${stderr || String(error)}`);
  }
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
