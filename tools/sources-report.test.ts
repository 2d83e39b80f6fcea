// tools/sources-report.ts, run as the lead runs it: its figures add up, on the working tree and on a commit.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Report {
  sources: number;
  citations: number;
  citationsByPlace: Record<string, number>;
  kindFrom: Record<string, number>;
  byKind: { kind: string; sources: number; citations: number; share: number }[];
  aggregators: { sources: number; list: { original: string }[] };
  stateMedia: { sources: number; labelled: number; siteShowsLabels: boolean };
}

const run = (...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, ['tools/sources-report.ts', '--json', ...args], { encoding: 'utf8' })) as Report;

describe('the sources report', () => {
  it('adds up on the working tree: every source has a kind, every aggregator an original, every state outlet a label', () => {
    const report = run();
    expect(report.byKind.reduce((n, k) => n + k.sources, 0)).toBe(report.sources);
    expect(report.byKind.reduce((n, k) => n + k.citations, 0)).toBe(report.citations);
    expect(Object.values(report.citationsByPlace).reduce((n, c) => n + c, 0)).toBe(report.citations);
    expect(report.byKind.reduce((n, k) => n + k.share, 0)).toBeCloseTo(1, 5);
    expect(report.kindFrom['file']).toBe(report.sources);
    expect(report.aggregators.list.every((a) => a.original !== '(not named)')).toBe(true);
    expect(report.stateMedia.siteShowsLabels).toBe(true);
    expect(report.stateMedia.labelled).toBe(report.stateMedia.sources);
  });

  it('reads a commit with git show, taking kinds it lacks from the current entries', () => {
    // The commit before any source had a kind (issue 13's groundwork is its child).
    const report = run('--rev', '559e1d4');
    expect(report.sources).toBeGreaterThan(100);
    expect(report.kindFrom['file']).toBe(0);
    expect(report.kindFrom['id']! + report.kindFrom['publisher']! + report.kindFrom['unclassified']!).toBe(report.sources);
    expect(report.stateMedia.siteShowsLabels).toBe(false);
    expect(report.stateMedia.labelled).toBe(0);
  });
});
