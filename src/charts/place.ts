// Where a chart lives on the site: its page and its canonical address, relative to the site's base.
// Pure, so pages, embeds, the bibliography and the tests' catalog can all ask it.
import type { ChartSpec } from './define.ts';

/** The page a chart lives in: `cooperation/` for a chapter, `` for the front page. */
export const chartPagePath = (chart: Pick<ChartSpec, 'page'>) => (chart.page === '' ? '' : `${chart.page}/`);

/** The chart on its page: its canonical address (`cooperation/#chart-arms-transfers`, `#chart-timeline`). */
export const chartPath = (chart: Pick<ChartSpec, 'id' | 'page'>) => `${chartPagePath(chart)}#chart-${chart.id}`;
