#!/usr/bin/env node
// `npm run bench`: build the site, serve it compressed, and measure it against its budgets.
//   1. build time of the real site (`astro build` in the worktree)
//   2. the exports, timed per format (they rebuild dist/, now with the download files)
//   3. bytes on the wire by type for every page, and the offline copy's background download
//   4. in the same run: our client JS vs the full D3 bundle, our loader vs pym.js
//   5. Lighthouse (mobile) on the home page and each chapter in every language, and the timeline embed, median of runs
//   6. build scaling: 5, 50, 200 generated chapters in throwaway copies, and the real site there
// Prints the table and writes tools/bench/figures.json (figures.ts). Progress goes to stderr.
// Options: --runs <n> (Lighthouse runs per page, default 3), --chapters 5,50,200,
//          --skip-export, --skip-lighthouse, --skip-scaling.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { astroBuild } from '../lib/build.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveBuiltSite } from '../lib/serve.ts';
import { chapterSlugs } from '../../src/collections/chapter-order.ts';
import { timeExports, type ExportTimes } from './exports.ts';
import { figuresJson } from './figures.ts';
import { lighthousePage, type LighthouseResult } from './lighthouse.ts';
import { childCpuMs } from './measure.ts';
import { compare } from './ratios.ts';
import { budgetsFor, render, type Results, type Scaling } from './report.ts';
import { buildScaled, htmlPages, type ScalingRun } from './scaling.ts';
import { measureOfflineCopy, measurePage, sitePages, type OfflineDownload, type PageWeight } from './weights.ts';
import { defaultLang, publishedLanguages as languages } from '../../src/i18n/languages.ts';

/** The benchmark's ports (4650–4659): the static server, and Chromium's debugging port for Lighthouse. */
const serverPort = 4650;
const lighthousePort = 4654;
const figuresFile = fileURLToPath(new URL('./figures.json', import.meta.url));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    chapters: { type: 'string', default: '5,50,200' },
    'skip-export': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scaling': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const chapterCounts = args.chapters.split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs takes a whole number of at least 1');
if (chapterCounts.length < 2 || chapterCounts.some((n) => !Number.isInteger(n) || n < 5))
  throw new Error('bench: --chapters takes two or more counts of at least 5, such as 5,50,200');

const log = (line: string) => console.error(`bench: ${line}`);
const started = performance.now();
const startedAt = new Date().toISOString();
const loadAverage = loadavg();
const outDir = 'dist';
const chapters = chapterSlugs();

// 1. The real site's build.
log('building the site');
const buildCpuBefore = childCpuMs();
const build = await timed(async () => {
  const result = await astroBuild(process.cwd());
  if (result.code !== 0) throw new Error(`bench: astro build failed (${result.code}):\n${result.output.slice(-3000)}`);
});
const buildCpuAfter = childCpuMs();
const builtPages = htmlPages(outDir).length;
log(`built ${builtPages} pages in ${Math.round(build.ms)} ms`);

// 2. The exports (their rebuild leaves dist/ with the download files, as the site ships).
let exportTimes: ExportTimes | null = null;
if (!args['skip-export']) {
  log('exporting PDF, EPUB and HTML');
  exportTimes = await timeExports();
  log(`exports done in ${exportTimes.totalMs} ms`);
}

// 3–5. Measured from the compressed server.
const server = await serveBuiltSite(outDir, '/', serverPort);
const pages: PageWeight[] = [];
const clientJs = new Map<string, string>();
let offline: OfflineDownload;
let lighthouse: LighthouseResult[] | null = null;
try {
  const browser = await launchChromium();
  try {
    for (const { path, kind } of sitePages(outDir, chapters)) {
      const { weight, clientJsText } = await measurePage(browser, server.url, path, kind);
      if (weight.failed.length > 0) throw new Error(`bench: ${path} had failed requests: ${weight.failed.join('; ')}`);
      pages.push(weight);
      clientJs.set(path, clientJsText);
      log(`${path}: ${weight.total} bytes in ${weight.requests} requests`);
    }
    log('measuring the offline copy');
    offline = await measureOfflineCopy(browser, server.url, '/');
  } finally {
    await browser.close();
  }
  if (!args['skip-lighthouse']) {
    lighthouse = [];
    // The home page and every chapter in every language, and the heaviest embed.
    const inEveryLanguage = languages.flatMap((lang) => {
      const prefix = lang === defaultLang ? '/' : `/${lang}/`;
      return [prefix, ...chapters.map((slug) => `${prefix}${slug}/`)];
    });
    for (const path of [...inEveryLanguage, '/embed/timeline/']) {
      lighthouse.push(await lighthousePage(server.url, path, runs, lighthousePort, log));
    }
  }
} finally {
  await server.close();
}

// The chapter that runs the most JavaScript stands for "a chapter page" against D3.
const heaviest = pages.filter((p) => p.kind === 'chapter').sort((a, b) => b.clientJs - a.clientJs)[0];
if (!heaviest) throw new Error('bench: no chapter page measured');
const ratios = {
  chapterJsVsD3: {
    page: heaviest.path,
    ...compare(
      { what: `${heaviest.path} JS`, text: clientJs.get(heaviest.path)! },
      { what: 'd3.min.js (d3 7, full bundle)', path: 'node_modules/d3/dist/d3.min.js' },
    ),
  },
  loaderVsPym: compare(
    { what: '/embed.js (our loader)', text: readFileSync(join(outDir, 'embed.js')) },
    { what: 'pym.v1.min.js', path: 'node_modules/pym.js/dist/pym.v1.min.js' },
  ),
};

// 6. Build scaling, in throwaway copies (the worktree's dist/ is left as measured).
let scaling: Scaling | null = null;
if (!args['skip-scaling']) {
  const scaled: ScalingRun[] = [];
  for (const count of ['real' as const, ...chapterCounts]) {
    log(`building a copy with ${count === 'real' ? 'the real' : count} chapters`);
    const run = await buildScaled(count);
    log(`${run.chapters} chapters: ${run.pages} pages in ${run.ms} ms, CPU ${run.cpuMs ?? '–'} ms (${run.msPerPage.toFixed(0)} ms/page)`);
    scaled.push(run);
  }
  const generated = scaled.filter((r) => r.content === 'generated');
  const [first, last] = [generated[0]!, generated.at(-1)!];
  const slope = (a: number | null, b: number | null, pages: number) => (a === null || b === null ? null : (b - a) / pages);
  scaling = {
    runs: scaled,
    perPageRatio: {
      wall: last.msPerPage / first.msPerPage,
      cpu: first.cpuMsPerPage && last.cpuMsPerPage ? last.cpuMsPerPage / first.cpuMsPerPage : null,
    },
    marginal: generated.slice(1).map((run, i) => {
      const before = generated[i]!;
      return {
        from: before.chapters,
        to: run.chapters,
        wallMsPerPage: (run.ms - before.ms) / (run.pages - before.pages),
        cpuMsPerPage: slope(before.cpuMs, run.cpuMs, run.pages - before.pages),
      };
    }),
    chapterHtmlRatio: last.firstChapterHtmlBytes / first.firstChapterHtmlBytes,
  };
}

const measured: Omit<Results, 'budgets'> = {
  startedAt,
  durationMs: Math.round(performance.now() - started),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverage, node: process.version },
  commit: gitCommit(),
  options: {
    lighthouseRuns: runs,
    chapters: chapterCounts,
    skipped: (['export', 'lighthouse', 'scaling'] as const).filter((step) => args[`skip-${step}`]),
  },
  build: {
    ms: Math.round(build.ms),
    cpuMs: buildCpuBefore !== undefined && buildCpuAfter !== undefined ? Math.round(buildCpuAfter - buildCpuBefore) : null,
    pages: builtPages,
  },
  pages,
  offline,
  ratios,
  lighthouse: lighthouse ? { runs, pages: lighthouse } : null,
  scaling,
  exports: exportTimes,
};
const results: Results = { ...measured, budgets: budgetsFor(measured) };
writeFileSync(figuresFile, figuresJson(results));
console.log(render(results));
console.log(`\nWritten to ${relative(process.cwd(), figuresFile)}.`);
// Bytes are the same on every run of one build, so a page over its budget fails the run.
const overBytes = results.budgets.filter((b) => b.bytes && !b.ok && !b.expected);
if (overBytes.length > 0) {
  console.error(`bench: over budget: ${overBytes.map((b) => `${b.subject} ${b.figure} (${b.limit})`).join('; ')}`);
  process.exitCode = 1;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

function gitCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  // What the bench itself writes (its figures; the export's files are ignored by git) is not a change to what was measured.
  const dirty =
    spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', '.', `:!${relative(process.cwd(), figuresFile)}`], {
      encoding: 'utf8',
    }).stdout.trim() !== '';
  return `${head}${dirty ? ' (with uncommitted changes)' : ''}`;
}
