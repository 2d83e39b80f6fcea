// Every stylesheet the site and its editions ship names sides logically (inline-start, not left), so
// one set of rules lays out English and Russian from the left and Persian from the right. A
// physical side here would be a place where the Persian edition is mirrored wrong, or by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../lib/output-files.ts';

const physical = [
  /\b(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
];

/** The CSS of a file: a stylesheet whole, a component's `<style>` blocks. */
function cssOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text;
  return [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('\n');
}

/** Lines of CSS that name a physical side, as "file:line: text". */
function physicalSides(file: string, css: string): string[] {
  const found: string[] = [];
  css
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .forEach((line, i) => {
      if (physical.some((rule) => rule.test(line))) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  return found;
}

const shipped = [
  ...filesUnder('src')
    .filter((file) => file.endsWith('.css') || file.endsWith('.astro'))
    .map((file) => join('src', file)),
  ...filesUnder('tools/export')
    .filter((file) => file.endsWith('.css'))
    .map((file) => join('tools/export', file)),
];

describe('stylesheets', () => {
  it('are found: the site, its components and the editions', () => {
    expect(shipped).toEqual(expect.arrayContaining(['src/styles/base.css', 'tools/export/epub.css', 'tools/export/edition.css']));
  });

  it('name no physical side', () => {
    expect(shipped.flatMap((file) => physicalSides(file, cssOf(file)))).toEqual([]);
  });

  it('would be caught naming one', () => {
    const css =
      'a {\n  margin-left: 1em;\n}\n/* padding-right: 0 */\nb { text-align: right; left: 0 }\nc { inset-inline-start: 0; text-align: start }';
    expect(physicalSides('x.css', css)).toEqual(['x.css:2: margin-left: 1em;', 'x.css:5: b { text-align: right; left: 0 }']);
  });
});
