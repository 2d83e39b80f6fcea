// The charts' stylesheets: the rules every chart shares (chart.css) and each chart's own
// (src/charts/<chart>/style.css, found by its folder, so a new chart brings its styles with it).
// Chapter pages load them all (Chart.astro); an embed and a stand-alone download carry the
// shared rules and their own chart's only.
import shared from './chart.css?raw';

const own = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./*/style.css', { query: '?raw', import: 'default', eager: true })).map(([path, css]) => [
    path.split('/')[1]!,
    css,
  ]),
);

/** The charts that have a stylesheet of their own, by folder name (= chart id). */
export const styledCharts = Object.keys(own);

/** The rules a drawing of chart `id` needs: the shared ones, then its own. Without an id, the shared ones. */
export function chartStyles(id?: string): string {
  if (id === undefined) return shared;
  const css = own[id];
  if (css === undefined) throw new Error(`src/charts/${id}/style.css: missing; every chart styles its own marks`);
  return `${shared}\n${css}`;
}

/** Every chart rule, shared and own, as the chapter pages have them. */
export const allChartStyles = [shared, ...Object.values(own)].join('\n');
