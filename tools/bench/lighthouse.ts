// Lighthouse, as a reader's phone would see the site: the default (mobile) form factor with
// simulated throttling, each run in a fresh Chromium profile, the median of several runs.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { chromiumFlags, chromiumPath } from '../lib/chromium.ts';
import { median } from './measure.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseRun {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that cost points: weighted in a category, scored below 1. */
  lost: { category: Category; id: string; score: number; title: string; displayValue?: string }[];
  /** Lighthouse's estimate of this machine's speed (lower: slower or busier), for reading TBT. */
  benchmarkIndex?: number;
  /** Where TBT comes from: main-thread time by kind, the long tasks (observed, unthrottled), DOM size. */
  diagnostics: {
    mainThreadMs: Record<string, number>;
    longTasksMs: number[];
    domElements?: number;
    layoutShifts: { element: string; score: number }[];
  };
}

export interface LighthouseResult {
  path: string;
  runs: LighthouseRun[];
  /** Median of each figure on its own across the runs. */
  median: { scores: Record<Category, number>; lcpMs: number; cls: number; tbtMs: number };
  /** Every audit that cost points in any run, with the number of runs it did. */
  lost: { category: Category; id: string; title: string; runs: number; worstScore: number; displayValue?: string }[];
  /** Why a score below 100 is expected here, when it is. */
  note?: string;
}

/** The Chromium the tests use (tools/lib/chromium.ts); Lighthouse cannot fall back to Playwright's own. */
export function chromePath(): string {
  const path = chromiumPath() ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`bench: no Chromium at ${path} (set CHROMIUM_PATH)`);
  return path;
}

export async function lighthouseRun(url: string, port: number): Promise<LighthouseRun> {
  await portClosed(port);
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: chromiumFlags, port, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`bench: Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const lost: LighthouseRun['lost'] = [];
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        lost.push({
          category,
          id: ref.id,
          score: audit.score,
          title: audit.title,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        });
      }
    }
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`bench: Lighthouse on ${url} has no ${id}`);
      return value;
    };
    type Items = { items?: Record<string, unknown>[] } | undefined;
    const items = (id: string) => (lhr.audits[id]?.details as Items)?.items ?? [];
    const domElements = items('dom-size-insight').find((row) => row['statistic'] === 'Total elements')?.['value'] as
      { value?: number } | undefined;
    const diagnostics: LighthouseRun['diagnostics'] = {
      mainThreadMs: Object.fromEntries(
        items('mainthread-work-breakdown').map((row) => [String(row['group']), Math.round(Number(row['duration']))]),
      ),
      longTasksMs: items('long-tasks').map((row) => Math.round(Number(row['duration']))),
      ...(domElements?.value !== undefined ? { domElements: domElements.value } : {}),
      // What moved, for a CLS above 0: the shifted element's selector and its share of the score.
      layoutShifts: items('layout-shifts').map((row) => ({
        element: (row['node'] as { selector?: string } | undefined)?.selector ?? '?',
        score: Number(row['score']),
      })),
    };
    return {
      scores: Object.fromEntries(categories.map((c) => [c, score(c)])) as Record<Category, number>,
      lcpMs: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
      lost,
      diagnostics,
      ...(lhr.environment.benchmarkIndex ? { benchmarkIndex: lhr.environment.benchmarkIndex } : {}),
    };
  } finally {
    // The next run reuses the port: wait until this Chromium has let go of it.
    const exited = new Promise((resolve) => (chrome.process.exitCode === null ? chrome.process.once('exit', resolve) : resolve(undefined)));
    chrome.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await portClosed(port);
  }
}

async function portClosed(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (!open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`bench: port ${port} still in use ${timeoutMs} ms after closing Chromium`);
}

export async function lighthousePage(
  siteUrl: string,
  path: string,
  runs: number,
  port: number,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const url = new URL(path.slice(1), siteUrl).href;
    // One retry: on a busy machine Chromium now and then fails to start or to answer in time.
    const run = await lighthouseRun(url, port).catch((error: Error) => {
      log(`lighthouse ${path} run ${i + 1} failed (${error.message.split('\n')[0]}); once more`);
      return lighthouseRun(url, port);
    });
    log(
      `lighthouse ${path} run ${i + 1}/${runs}: ${categories.map((c) => run.scores[c]).join(' / ')}, LCP ${Math.round(run.lcpMs)} ms, CLS ${run.cls.toFixed(3)}, TBT ${Math.round(run.tbtMs)} ms`,
    );
    results.push(run);
  }
  const lost = new Map<string, LighthouseResult['lost'][number]>();
  for (const run of results) {
    for (const audit of run.lost) {
      const key = `${audit.category}/${audit.id}`;
      const seen = lost.get(key);
      lost.set(
        key,
        seen
          ? { ...seen, runs: seen.runs + 1, worstScore: Math.min(seen.worstScore, audit.score) }
          : {
              category: audit.category,
              id: audit.id,
              title: audit.title,
              runs: 1,
              worstScore: audit.score,
              ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
            },
      );
    }
  }
  const middle = (values: number[]) => median(values)!;
  const note =
    path.startsWith('/embed/') && [...lost.values()].some((a) => a.id === 'is-crawlable')
      ? 'SEO below 100 is expected: embed pages say noindex on purpose (is-crawlable)'
      : undefined;
  return {
    path,
    runs: results,
    median: {
      scores: Object.fromEntries(categories.map((c) => [c, middle(results.map((r) => r.scores[c]))])) as Record<Category, number>,
      lcpMs: middle(results.map((r) => r.lcpMs)),
      cls: middle(results.map((r) => r.cls)),
      tbtMs: middle(results.map((r) => r.tbtMs)),
    },
    lost: [...lost.values()],
    ...(note ? { note } : {}),
  };
}
