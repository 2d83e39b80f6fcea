import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/collections/schemas.ts';
import { chapterSlugs } from '../../src/collections/chapter-order.ts';
import { remarkCitations, type CitedSource } from '../../src/markdown/remark-citations.ts';
import { chapterPlan, generateChapters } from './generate.ts';
import { brotliSize, kb, median } from './measure.ts';
import { typeOf } from './weights.ts';
import { parseExportTimes } from './exports.ts';
import { budgetsFor, table, type Results } from './report.ts';
import { figuresJson } from './figures.ts';
import { orderCap, orderCapFile } from './scaling.ts';
import { readFileSync } from 'node:fs';

const plan = chapterPlan('content', chapterSlugs());
const frontMatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as unknown;

describe('generated chapters', () => {
  it('take the real slugs first, then new ones, with orders 1…n', () => {
    const chapters = generateChapters(8, plan);
    expect(chapters.map((c) => c.slug)).toEqual([...plan.homeSlugs, 'generated-006', 'generated-007', 'generated-008']);
    expect(chapters.map((c) => chapterSchema.parse(frontMatter(c.mdx)).order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuse fewer chapters than the real site has (their slugs are referenced)', () => {
    expect(() => generateChapters(plan.homeSlugs.length - 1, plan)).toThrow(/at least/);
  });

  it('cite every source in the bibliography, even at the smallest size', async () => {
    const cited = new Set<string>();
    for (const chapter of generateChapters(5, plan)) {
      const body = chapter.mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
      const file = new VFile({ value: body, path: `/scratch/content/chapters/${chapter.slug}.mdx` });
      // The build's own citation plugin: it fails on an uncited paragraph or a malformed citation.
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations);
      await processor.run(processor.parse(file), file);
      const citations = (file.data as { astro: { frontmatter: { citations: CitedSource[] } } }).astro.frontmatter.citations;
      for (const c of citations) cited.add(c.id);
    }
    expect([...cited].sort()).toEqual(plan.sourceIds);
  });

  it('keep each chart in its home chapter and give every other chapter exactly one chart', () => {
    const chapters = generateChapters(12, plan);
    for (const chapter of chapters) {
      const homes = [...plan.chartHomes.values()].filter((home) => home === chapter.slug).length;
      expect(chapter.mdx.match(/<Chart id="/g), chapter.slug).toHaveLength(Math.max(1, homes));
    }
    for (const [chart, home] of plan.chartHomes) expect(chapters.find((c) => c.slug === home)!.mdx).toContain(`<Chart id="${chart}" />`);
    expect(new Set(chapters.slice(5).map((c) => /<Chart id="([^"]+)"/.exec(c.mdx)![1]))).toEqual(new Set(plan.chartHomes.keys()));
  });

  it('are long enough to stand for real chapters, and the same on every run', () => {
    const [first] = generateChapters(5, plan);
    const words = first!.mdx
      .split('---\n')[2]!
      .replace(/\[@[^\]]+\]/g, '')
      .split(/\s+/).length;
    expect(words).toBeGreaterThan(900);
    expect(generateChapters(5, plan)[0]!.mdx).toBe(first!.mdx);
  });
});

describe('measuring', () => {
  it('sorts responses by Content-Type, then by extension', () => {
    expect(typeOf('text/html; charset=utf-8', 'http://x/')).toBe('html');
    expect(typeOf('text/javascript; charset=utf-8', 'http://x/a.js')).toBe('js');
    expect(typeOf('image/svg+xml', 'http://x/favicon.svg')).toBe('svg');
    expect(typeOf('image/png', 'http://x/i.png')).toBe('images');
    expect(typeOf('font/woff2', 'http://x/f.woff2')).toBe('fonts');
    expect(typeOf(undefined, 'http://x/f.woff2')).toBe('fonts');
    expect(typeOf('application/manifest+json', 'http://x/manifest.webmanifest')).toBe('other');
  });

  it('takes the median and prints sizes', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
    expect(kb(1000)).toBe('1000 B');
    expect(kb(40 * 1024)).toBe('40.0 KB');
    expect(brotliSize('')).toBe(0);
    expect(brotliSize('a'.repeat(10_000))).toBeLessThan(100);
  });

  it('reads the export timings', () => {
    expect(parseExportTimes('export: time HTML 12 ms\nexport: x.pdf  1 KB\nexport: time PDF (A4) 3456 ms\n')).toEqual({
      HTML: 12,
      'PDF (A4)': 3456,
    });
  });

  it('lays out a table with numbers right-aligned', () => {
    expect(
      table(
        ['page', 'size'],
        [
          ['/a/', '1.0 KB'],
          ['/long/', '12.5 KB'],
        ],
      ).split('\n'),
    ).toEqual(['page       size', '──────  ───────', '/a/      1.0 KB', '/long/  12.5 KB']);
  });
});

const page = (path: string, kind: 'chapter' | 'embed' | 'embed-frozen', total: number, js: number) => ({
  path,
  kind,
  status: 200,
  requests: 3,
  bytes: { html: total, css: 0, js: 0, svg: 0, images: 0, fonts: 0, other: 0 },
  total,
  inline: { js, svg: 0, jsRaw: js, svgRaw: 0 },
  js,
  clientJs: js,
  failed: [],
});
const sizes = { what: 'x', brotli: 0, gzip: 0, raw: 0 };
const results = (overrides: Partial<Omit<Results, 'budgets'>>): Omit<Results, 'budgets'> => ({
  startedAt: '',
  durationMs: 0,
  machine: { cpus: 2, cpuModel: '', loadAverage: [0, 0, 0], node: '' },
  commit: '',
  options: { lighthouseRuns: 1, chapters: [5, 50], skipped: [] },
  build: { ms: 1, cpuMs: 1, pages: 1 },
  pages: [],
  offline: null,
  ratios: {
    chapterJsVsD3: { page: '/a/', ours: sizes, theirs: sizes, ratio: 0 },
    loaderVsPym: { ours: { ...sizes, brotli: 1025 }, theirs: sizes, ratio: 0 },
  },
  lighthouse: null,
  scaling: null,
  exports: null,
  ...overrides,
});

describe('budgets', () => {
  it('holds chapters to 40 KB and 10 KB of JS, embeds to 25 KB, the loader to 1 KB', () => {
    const rows = budgetsFor(
      results({ pages: [page('/a/', 'chapter', 40 * 1024, 10 * 1024 + 1), page('/embed/x/', 'embed', 25 * 1024 + 1, 0)] }),
    );
    expect(rows.map((r) => [r.subject, r.limit, r.ok])).toEqual([
      ['/a/', 'total ≤ 40 KB br', true],
      ['/a/', 'JS ≤ 10 KB br', false],
      ['/embed/x/', 'total ≤ 25 KB br', false],
      ['loader /embed.js', '≤ 1 KB br', false],
    ]);
    expect(rows[2]!.figure).toBe('25.0 KB (+1 B)');
  });

  it('lets a frozen embed version be over only once a newer one exists, and the newest never', () => {
    const over = 25 * 1024 + 1;
    const rows = budgetsFor(
      results({
        pages: [
          page('/embed/x/', 'embed', 1, 0),
          page('/embed/x/v1/', 'embed-frozen', over, 0),
          page('/embed/x/v2/', 'embed-frozen', over, 0),
          page('/embed/y/v1/', 'embed-frozen', over, 0),
        ],
      }),
    ).filter((r) => r.subject.startsWith('/embed/'));
    expect(rows.map((r) => [r.subject, r.ok, r.expected, r.bytes])).toEqual([
      ['/embed/x/', true, undefined, true],
      ['/embed/x/v1/', false, 'frozen as published; the embed code offers v2', true],
      ['/embed/x/v2/', false, undefined, true],
      ['/embed/y/v1/', false, undefined, true],
    ]);
  });

  it('judges build scaling on CPU time per page where there is one, else on wall time', () => {
    const run = (chapters: number, pages: number, ms: number, cpuMs: number | null) => ({
      content: 'generated' as const,
      chapters,
      ms,
      cpuMs,
      pages,
      msPerPage: ms / pages,
      cpuMsPerPage: cpuMs === null ? null : cpuMs / pages,
      chapterHtmlBytes: 1,
      firstChapterHtmlBytes: 1,
      homeHtmlBytes: 1,
      precache: null,
      astro: null,
    });
    const scaling = (cpu: number | null) => ({
      runs: [run(5, 10, 1000, 1000), run(200, 100, 20000, 12000)],
      perPageRatio: { wall: 2, cpu },
      marginal: [],
      chapterHtmlRatio: 1,
    });
    const [byCpu] = budgetsFor(results({ scaling: scaling(1.2) })).filter((r) => r.subject === 'build');
    expect(byCpu).toMatchObject({ ok: true, figure: 'CPU 100 → 120 ms/page (×1.20); wall 100 → 200 ms/page (×2.00)' });
    const [byWall] = budgetsFor(results({ scaling: scaling(null) })).filter((r) => r.subject === 'build');
    expect(byWall).toMatchObject({ ok: false, figure: 'wall 100 → 200 ms/page (×2.00)' });
  });

  it('calls an embed page SEO score expected only when noindex is all it lost', () => {
    const lighthouse = (path: string, seo: number, note?: string) => ({
      path,
      runs: [],
      median: { scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo }, lcpMs: 900, cls: 0, tbtMs: 0 },
      lost: [],
      ...(note ? { note } : {}),
    });
    const rows = budgetsFor(
      results({ lighthouse: { runs: 1, pages: [lighthouse('/embed/x/', 66, 'noindex'), lighthouse('/b/', 92)] } }),
    ).filter((r) => r.subject.startsWith('Lighthouse'));
    expect(rows.map((r) => [r.subject, r.ok, r.expected])).toEqual([
      ['Lighthouse /embed/x/', false, 'embed pages are noindex on purpose'],
      ['Lighthouse /embed/x/', true, undefined],
      ['Lighthouse /b/', false, undefined],
      ['Lighthouse /b/', true, undefined],
    ]);
  });
});

describe('the figures file', () => {
  const measured = (pages: ReturnType<typeof page>[], startedAt = '2026-12-01T10:00:00.000Z') => {
    const run = results({ pages, startedAt, commit: 'abc1234' });
    return figuresJson({ ...run, budgets: budgetsFor(run) });
  };
  const changedLines = (before: string, after: string) => {
    const old = new Set(before.split('\n'));
    return after.split('\n').filter((line) => !old.has(line));
  };

  it('is JSON with one figure per line: the run first, then every figure sorted by name', () => {
    const text = measured([page('/b/', 'chapter', 2000, 100), page('/a/', 'chapter', 1000, 100)]);
    const figures = JSON.parse(text) as Record<string, unknown>;
    const lines = text.trim().split('\n').slice(1, -1);
    expect(lines).toHaveLength(Object.keys(figures).length);
    const keys = Object.keys(figures);
    const runKeys = keys.filter((k) => k.startsWith('run.'));
    expect(keys.slice(0, runKeys.length)).toEqual(runKeys);
    expect(keys.slice(runKeys.length)).toEqual([...keys.slice(runKeys.length)].sort());
    expect(figures['run.commit']).toBe('abc1234');
    expect(figures['pages[/a/].total']).toBe(1000);
    expect(figures['budgets[/b/: JS ≤ 10 KB br].ok']).toBe(true);
    expect(figures['run.machine.loadAverage']).toEqual([0, 0, 0]);
  });

  it('names list items by what they are, so a new page or a new date moves only its own lines', () => {
    const before = measured([page('/a/', 'chapter', 1000, 100), page('/c/', 'chapter', 3000, 100)]);
    const added = measured([page('/a/', 'chapter', 1000, 100), page('/b/', 'chapter', 2000, 100), page('/c/', 'chapter', 3000, 100)]);
    expect(changedLines(before, added).every((line) => line.includes('[/b/'))).toBe(true);
    expect(changedLines(before, added).length).toBeGreaterThan(5);
    const later = measured([page('/a/', 'chapter', 1000, 100), page('/c/', 'chapter', 3000, 100)], '2026-12-02T10:00:00.000Z');
    expect(changedLines(before, later)).toEqual(['  "run.startedAt": "2026-12-02T10:00:00.000Z",']);
    const bigger = measured([page('/a/', 'chapter', 1100, 100), page('/c/', 'chapter', 3000, 100)]);
    expect(changedLines(before, bigger).map((line) => line.split('"')[1])).toEqual([
      'budgets[/a/: total ≤ 40 KB br].figure',
      'pages[/a/].bytes.html',
      'pages[/a/].total',
    ]);
  });

  it('numbers items without a name of their own, keeps an empty list as one line, and rounds fractions to 4 decimals', () => {
    const lighthouseRun = (tbtMs: number) => ({
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      lcpMs: 900,
      cls: 0,
      tbtMs,
      lost: [],
      diagnostics: { mainThreadMs: {}, longTasksMs: [52.25, 60], layoutShifts: [] },
    });
    const run = results({
      scaling: {
        runs: [],
        perPageRatio: { wall: 1 / 3, cpu: null },
        marginal: [{ from: 5, to: 50, wallMsPerPage: 58.866666, cpuMsPerPage: null }],
        chapterHtmlRatio: 1,
      },
      lighthouse: {
        runs: 1,
        pages: [
          {
            path: '/',
            runs: [lighthouseRun(0), lighthouseRun(4)],
            median: {
              scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
              lcpMs: 903.42831,
              cls: 0,
              tbtMs: 2,
            },
            lost: [],
          },
        ],
      },
    });
    const figures = JSON.parse(figuresJson({ ...run, budgets: [] })) as Record<string, unknown>;
    expect(figures['scaling.perPageRatio.wall']).toBe(0.3333);
    expect(figures['scaling.marginal[5→50].wallMsPerPage']).toBe(58.8667);
    expect(figures['lighthouse.pages[/].median.lcpMs']).toBe(903.4283);
    expect(figures['lighthouse.pages[/].runs[1].tbtMs']).toBe(0);
    expect(figures['lighthouse.pages[/].runs[2].tbtMs']).toBe(4);
    expect(figures['lighthouse.pages[/].runs[2].diagnostics.longTasksMs']).toEqual([52.25, 60]);
    expect(figures['lighthouse.pages[/].runs[2].lost']).toEqual([]);
    expect(figures['lighthouse.pages[/].runs[2].diagnostics.mainThreadMs']).toEqual({});
    expect(figures['scaling.runs']).toEqual([]);
  });
});

describe('scaling runs', () => {
  it('find the chapter-order cap they raise where the schemas keep it', () => {
    expect(readFileSync(orderCapFile, 'utf8')).toContain(orderCap);
  });
});
