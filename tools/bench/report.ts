// The benchmark's results (bench/results.json), its budgets, and the table it prints.
import type { Comparison } from './ratios.ts';
import type { ExportTimes } from './exports.ts';
import { categories, type LighthouseResult } from './lighthouse.ts';
import { kb, seconds } from './measure.ts';
import type { ScalingRun } from './scaling.ts';
import type { OfflineDownload, PageWeight } from './weights.ts';

export interface Scaling {
  runs: ScalingRun[];
  /**
   * Time per page with the most generated chapters ÷ with the fewest: 1 is flat. Wall time, and
   * CPU time (null off Linux), which the other programs on a shared machine do not stretch.
   */
  perPageRatio: { wall: number; cpu: number | null };
  /**
   * What each added page cost between consecutive generated runs (5→50, 50→200): the slope once
   * the fixed costs are paid. A slope that rises from one step to the next means super-linear growth.
   */
  marginal: { from: number; to: number; wallMsPerPage: number; cpuMsPerPage: number | null }[];
  /** The first chapter's HTML with the most chapters ÷ with the fewest: above 1, pages grow with the chapter count. */
  chapterHtmlRatio: number;
}

export interface Results {
  startedAt: string;
  durationMs: number;
  machine: { cpus: number; cpuModel: string; loadAverage: number[]; node: string };
  commit: string;
  options: { lighthouseRuns: number; chapters: number[]; skipped: string[] };
  /** `astro build` of the real site in the worktree (warm caches). */
  build: { ms: number; cpuMs: number | null; pages: number };
  pages: PageWeight[];
  offline: OfflineDownload | null;
  ratios: { chapterJsVsD3: Comparison & { page: string }; loaderVsPym: Comparison };
  lighthouse: { runs: number; pages: LighthouseResult[] } | null;
  scaling: Scaling | null;
  exports: ExportTimes | null;
  budgets: Budget[];
}

export interface Budget {
  /** What is measured: a page's path, "loader /embed.js", "Lighthouse /", "build". */
  subject: string;
  /** The limit, as the issue states it: "total ≤ 40 KB br". */
  limit: string;
  figure: string;
  ok: boolean;
  /** Why being over is intended here (shown, never hidden). */
  expected?: string;
  /** A figure in bytes, the same on every run of one build: `npm run bench` fails when one is over, unless expected. */
  bytes?: true;
}

const KB = 1024;

export function budgetsFor(results: Omit<Results, 'budgets'>): Budget[] {
  const rows: Budget[] = [];
  const bytes = (subject: string, limit: string, value: number, max: number): Budget => ({
    subject,
    limit,
    figure: `${kb(value)}${value > max ? ` (+${kb(value - max)})` : ''}`,
    ok: value <= max,
    bytes: true,
  });
  for (const page of results.pages.filter((p) => p.kind === 'chapter')) {
    // A language with its own typeface (Persian) is held to 40 KB without it and 70 KB with it on
    // a first visit; the font is then cached for every other page and in the offline copy.
    if (page.bytes.fonts > 0) {
      rows.push(bytes(page.path, 'total without the font ≤ 40 KB br', page.total - page.bytes.fonts, 40 * KB));
      rows.push(bytes(page.path, 'total with the font ≤ 70 KB', page.total, 70 * KB));
    } else rows.push(bytes(page.path, 'total ≤ 40 KB br', page.total, 40 * KB));
    rows.push(bytes(page.path, 'JS ≤ 10 KB br', page.js, 10 * KB));
  }
  // A frozen version keeps its markup as published, whatever it weighs, once a newer one exists
  // (the embed code offers the newest, which the budget binds).
  const embeds = results.pages.filter((p) => p.kind === 'embed' || p.kind === 'embed-frozen');
  const versionOf = (path: string) => Number(/\/v(\d+)\/$/.exec(path)?.[1] ?? 0);
  // A chart's versions in one language: '/ru/embed/timeline/v1/' → 'ru/timeline'.
  const chartOf = (path: string) => path.replace(/^\/(?:([a-z]{2,3})\/)?embed\/([^/]+)\/.*$/, '$1/$2');
  const newest = new Map<string, number>();
  for (const page of embeds) newest.set(chartOf(page.path), Math.max(newest.get(chartOf(page.path)) ?? 0, versionOf(page.path)));
  for (const page of embeds) {
    // A language's own typeface is counted apart, as for the chapters (cached once for every page).
    const row =
      page.bytes.fonts > 0
        ? bytes(page.path, 'total without the font ≤ 25 KB br', page.total - page.bytes.fonts, 25 * KB)
        : bytes(page.path, 'total ≤ 25 KB br', page.total, 25 * KB);
    const superseded = page.kind === 'embed-frozen' && versionOf(page.path) < newest.get(chartOf(page.path))!;
    rows.push(
      superseded && !row.ok ? { ...row, expected: `frozen as published; the embed code offers v${newest.get(chartOf(page.path))}` } : row,
    );
  }
  rows.push(bytes('loader /embed.js', '≤ 1 KB br', results.ratios.loaderVsPym.ours.brotli, KB));
  for (const page of results.lighthouse?.pages ?? []) {
    const below = categories.filter((c) => page.median.scores[c] < 100);
    const onlyExpected = page.note !== undefined && below.length === 1 && below[0] === 'seo';
    rows.push({
      subject: `Lighthouse ${page.path}`,
      limit: '100 in perf / a11y / best pr. / SEO',
      figure: categories.map((c) => page.median.scores[c]).join(' / '),
      ok: below.length === 0,
      ...(onlyExpected ? { expected: 'embed pages are noindex on purpose' } : {}),
    });
    rows.push({
      subject: `Lighthouse ${page.path}`,
      limit: 'CLS 0, TBT 0',
      figure: `CLS ${page.median.cls.toFixed(3)}, TBT ${Math.round(page.median.tbtMs)} ms`,
      ok: page.median.cls === 0 && page.median.tbtMs === 0,
    });
  }
  if (results.scaling) {
    const generated = results.scaling.runs.filter((r) => r.content === 'generated');
    const [first, last] = [generated[0]!, generated.at(-1)!];
    const { wall, cpu } = results.scaling.perPageRatio;
    const wallFigure = `wall ${first.msPerPage.toFixed(0)} → ${last.msPerPage.toFixed(0)} ms/page (×${wall.toFixed(2)})`;
    // Judged on CPU time where there is one: on a shared machine, wall time measures the neighbours too.
    rows.push({
      subject: 'build',
      limit: `time/page flat from ${first.chapters} to ${last.chapters} chapters (≤ 1.5×${cpu === null ? '' : ', CPU time'})`,
      figure:
        cpu === null
          ? wallFigure
          : `CPU ${first.cpuMsPerPage!.toFixed(0)} → ${last.cpuMsPerPage!.toFixed(0)} ms/page (×${cpu.toFixed(2)}); ${wallFigure}`,
      ok: (cpu ?? wall) <= 1.5,
    });
  }
  return rows;
}

export const status = (row: Budget) =>
  `${row.ok ? '✓' : '✗'} ${row.figure}${!row.ok && row.expected ? ` (expected: ${row.expected})` : ''}`;

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^[\d.,×\s]*(B|KB|MB|ms|s|%)?$/.test(r[i] ?? '') || r[i] === '–'),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function render(results: Results): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', title, '');
  const budgetOf = (path: string) =>
    results.budgets
      .filter((b) => b.subject === path)
      .map((b) => `${b.ok ? '✓' : '✗'} ${b.limit.replace(/ br$/, '')}: ${b.figure}`)
      .join('; ');

  section('Page weight: first load, encoded bytes on the wire (brotli from the server; service workers blocked)');
  out.push(
    table(
      ['page', 'HTML', 'CSS', 'JS', 'inline JS*', 'SVG', 'inline SVG*', 'images', 'fonts', 'other', 'total', 'req', 'budget'],
      results.pages.map((p) => [
        p.kind === '404' ? '404 (unknown address)' : p.path,
        kb(p.bytes.html),
        kb(p.bytes.css),
        kb(p.bytes.js),
        kb(p.inline.js),
        kb(p.bytes.svg),
        kb(p.inline.svg),
        kb(p.bytes.images),
        kb(p.bytes.fonts),
        kb(p.bytes.other),
        kb(p.total),
        String(p.requests),
        budgetOf(p.path),
      ]),
    ),
  );
  out.push(
    "* inline JS and inline SVG: the page's inline <script> (not JSON-LD) and top-level <svg> elements, each group brotli-compressed on its own.",
    "  They are also part of the HTML figure and the total (not added again). A chapter's JS budget counts external JS + inline JS.",
  );
  if (results.offline) {
    const o = results.offline;
    section('Offline copy (service worker, in the background after the first load; not part of any page weight above)');
    out.push(
      `${kb(o.total)} in ${o.requests} requests (encoded), complete ${seconds(o.ms)} after the load of ${o.page}.`,
      `By type: ${Object.entries(o.bytes)
        .filter(([, b]) => b > 0)
        .map(([t, b]) => `${t} ${kb(b)}`)
        .join(', ')}.`,
      `Largest: ${o.largest.map((f) => `${f.url} ${kb(f.bytes)}`).join(', ')}.`,
    );
  }

  section('Same run, same compressor (brotli 11 / gzip 9)');
  const { chapterJsVsD3: d3, loaderVsPym: pym } = results.ratios;
  out.push(
    table(
      ['comparison', 'ours br', 'theirs br', 'ours gzip', 'theirs gzip', 'ours ÷ theirs (br)'],
      [
        [
          `JS a chapter runs (${d3.page}, external + inline) vs ${d3.theirs.what}`,
          kb(d3.ours.brotli),
          kb(d3.theirs.brotli),
          kb(d3.ours.gzip),
          kb(d3.theirs.gzip),
          `${(d3.ratio * 100).toFixed(1)} %`,
        ],
        [
          `${pym.ours.what} vs ${pym.theirs.what}`,
          kb(pym.ours.brotli),
          kb(pym.theirs.brotli),
          kb(pym.ours.gzip),
          kb(pym.theirs.gzip),
          `${(pym.ratio * 100).toFixed(1)} %`,
        ],
      ],
    ),
  );

  if (results.lighthouse) {
    section(`Lighthouse (mobile, simulated throttling): median of ${results.lighthouse.runs} run(s) per figure`);
    out.push(
      table(
        ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'status', 'audits that cost points (runs)'],
        results.lighthouse.pages.map((p) => {
          const m = p.median;
          const rows = results.budgets.filter((b) => b.subject === `Lighthouse ${p.path}`);
          const ok = rows.every((b) => b.ok);
          const onlyExpected = !ok && rows.every((b) => b.ok || b.expected);
          return [
            p.path,
            ...categories.map((c) => String(m.scores[c])),
            `${Math.round(m.lcpMs)} ms`,
            m.cls.toFixed(3),
            `${Math.round(m.tbtMs)} ms`,
            ok ? '✓' : onlyExpected ? '✗ expected' : '✗',
            [
              ...p.lost.map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ''} (${a.runs})`),
              ...(p.note ? [`note: ${p.note}`] : []),
            ].join(', ') || '–',
          ];
        }),
      ),
    );
    const shifts = results.lighthouse.pages.flatMap((p) => {
      const elements = new Map<string, number>();
      for (const run of p.runs)
        for (const shift of run.diagnostics.layoutShifts)
          elements.set(shift.element, Math.max(elements.get(shift.element) ?? 0, shift.score));
      return [...elements].map(([element, score]) => `${p.path} ${element} (${score.toFixed(3)})`);
    });
    if (shifts.length) out.push(`What shifted (Lighthouse's layout-shifts, worst run): ${shifts.join('; ')}.`);
    const index = results.lighthouse.pages.flatMap((p) => p.runs.map((r) => r.benchmarkIndex ?? 0)).filter(Boolean);
    if (index.length)
      out.push(
        `Lighthouse benchmark index of this machine during the runs: ${Math.min(...index).toFixed(0)}–${Math.max(...index).toFixed(0)} (lower is slower or busier; TBT is sensitive to it).`,
      );
  }

  section('Build');
  const cpu = results.build.cpuMs === null ? '' : `, CPU ${seconds(results.build.cpuMs)}`;
  out.push(
    `Real site, \`astro build\` in the worktree: ${seconds(results.build.ms)}${cpu} for ${results.build.pages} pages (${(results.build.ms / results.build.pages).toFixed(0)} ms/page).`,
  );
  if (results.scaling) {
    const s = results.scaling;
    out.push(
      '',
      table(
        [
          'chapters',
          'content',
          'pages',
          'wall',
          'wall ms/page',
          'CPU',
          'CPU ms/page',
          'chapter 1 HTML',
          'mean chapter HTML',
          'home HTML',
          'precache',
        ],
        s.runs.map((r) => [
          String(r.chapters),
          r.content,
          String(r.pages),
          seconds(r.ms),
          r.msPerPage.toFixed(0),
          r.cpuMs === null ? '–' : seconds(r.cpuMs),
          r.cpuMsPerPage === null ? '–' : r.cpuMsPerPage.toFixed(0),
          kb(r.firstChapterHtmlBytes),
          kb(r.chapterHtmlBytes),
          kb(r.homeHtmlBytes),
          r.precache ? `${r.precache.files} files, ${kb(r.precache.bytes)}` : '–',
        ]),
      ),
      '',
      `Each in a fresh copy (cold Astro caches). Per page, from the fewest to the most generated chapters: CPU ×${s.perPageRatio.cpu?.toFixed(2) ?? '–'}, wall ×${s.perPageRatio.wall.toFixed(2)} (fixed costs, such as the chart downloads and the offline copy's hashing, spread over more pages).`,
      `Each added page cost: ${s.marginal.map((m) => `${m.from}→${m.to} chapters ${m.cpuMsPerPage?.toFixed(0) ?? '–'} ms CPU (${m.wallMsPerPage.toFixed(0)} ms wall)`).join(', ')} (a rising slope would mean super-linear growth).`,
      `The first chapter's HTML: ×${s.chapterHtmlRatio.toFixed(3)} from the fewest to the most chapters (1 means no chapter page grows with the chapter count; the home page lists every chapter by design).`,
    );
  }
  if (results.exports) {
    const e = results.exports;
    section('Exports (`node tools/export/run.ts`)');
    out.push(
      table(
        ['step', 'time'],
        [...Object.entries(e.steps).map(([label, ms]) => [label, seconds(ms)]), ['whole export, with the rebuild', seconds(e.totalMs)]],
      ),
    );
  }

  section('Budgets');
  out.push(
    table(
      ['subject', 'budget', 'status'],
      results.budgets.map((b) => [b.subject, b.limit, status(b)]),
    ),
  );
  const over = results.budgets.filter((b) => !b.ok);
  const expected = over.filter((b) => b.expected);
  out.push(
    '',
    `${results.budgets.length - over.length} within, ${over.length} over${expected.length ? ` (${expected.length} of them expected)` : ''}.`,
  );
  out.push(
    `Bench run: ${seconds(results.durationMs)} on ${results.machine.cpus} CPU(s), load average ${results.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')} at the start.`,
  );
  return out.join('\n');
}
