// Helpers for the charts' tests: well-formed XML, and snapshot files of the drawings that a
// reviewer can read (one element per line) and that leave what changed beside them.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SyntaxValidator } from 'fast-xml-validator';
import { expect, it } from 'vitest';
import type { BoundChart } from './registry.ts';
import type { LayoutOptions } from './frame.ts';

/** True, or the parser's complaint (with line and column) so a failing test says what broke. */
export function wellFormed(svg: string): true | string {
  const result = SyntaxValidator.validate(svg) as true | { err: { msg: string; line: number; col: number } };
  return result === true ? true : `${result.err.msg} at ${result.err.line}:${result.err.col}`;
}

// Normalises rendered SVG for snapshot files: one element per line, so a changed bar or label
// shows up as a one-line diff in review. Coordinates are already rounded by svg.ts.
export function prettySvg(svg: string): string {
  let depth = 0;
  return svg
    .replace(/<style>[\s\S]*?<\/style>/, '<style>…</style>')
    .replace(/></g, '>\n<')
    .split('\n')
    .map((line) => {
      if (line.startsWith('</')) depth -= 1;
      const out = `${'  '.repeat(Math.max(depth, 0))}${line}`;
      if (/^<[^/!?][^>]*[^/]>$/.test(line) && !/<\/[^>]+>$/.test(line)) depth += 1;
      return out;
    })
    .join('\n')
    .concat('\n');
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const shown = (path: string) => relative(projectRoot, path);

/**
 * Compares `actual` with the snapshot at `path`. On a difference it writes what it got beside the
 * snapshot as `<name>-changed.<ext>` (as Observable Plot's tests do), to open or diff, and fails.
 * A missing snapshot is written, except on CI; `npx vitest run -u` accepts every change.
 */
export function expectSnapshot(actual: string, path: string): void {
  const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  // 'all' with -u, 'new' locally, 'none' on CI: Vitest's own rules for its snapshots.
  const update = expect.getState().snapshotState?.snapshotUpdateState ?? 'none';
  if (expected !== actual && (update === 'all' || (expected === undefined && update === 'new'))) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  } else if (expected !== actual) {
    writeFileSync(changed, actual);
    const why =
      expected === undefined
        ? `${shown(path)} is missing (CI does not write snapshots); run the tests locally and commit it`
        : `${shown(path)} differs from the drawing, which is in ${shown(changed)}; compare the two, and if the change is meant, accept it with npx vitest run -u`;
    expect(actual, why).toBe(expected);
  }
  rmSync(changed, { force: true });
}

/** A named snapshot of a chart's drawing: at a width, and optionally in a fixed theme. */
export type SnapshotCase = Pick<LayoutOptions, 'width' | 'theme'>;

/**
 * One test per named case: the drawing is well-formed and matches
 * `<folder of testUrl>/__snapshots__/<chart id>.<case name>.svg`.
 */
export function snapshotTests(chart: BoundChart, cases: Record<string, SnapshotCase>, testUrl: string): void {
  const folder = join(dirname(fileURLToPath(testUrl)), '__snapshots__');
  for (const [name, options] of Object.entries(cases)) {
    it(`matches its ${name} snapshot`, () => {
      const { svg } = chart.render({ ...options, id: `${chart.id}-${name}` });
      expect(wellFormed(svg)).toBe(true);
      expectSnapshot(prettySvg(svg), join(folder, `${chart.id}.${name}.svg`));
    });
  }
}
