import { SyntaxValidator } from 'fast-xml-validator';

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
      if (/^<\//.test(line)) depth -= 1;
      const out = `${'  '.repeat(Math.max(depth, 0))}${line}`;
      if (/^<[^/!?][^>]*[^/]>$/.test(line) && !/<\/[^>]+>$/.test(line)) depth += 1;
      return out;
    })
    .join('\n')
    .concat('\n');
}
