// Where a record sits in its file, for the checks that run after loading (an unknown source id,
// a source nothing cites, a gap in a series): Astro's store keeps each record's file but not its
// line. Only error messages call this, so the files are parsed again only when a build fails.
import { csvParseRows } from 'd3-dsv';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { armsDealsFile, armsTivFile } from './data-files.ts';

// Bundled as text, like the embed versions: the built pages never read the working directory.
const texts = import.meta.glob<string>('../../content/**/*.{yaml,csv}', { query: '?raw', import: 'default', eager: true });
const textOf = (file: string) => texts[`../../${file}`];

const csvIds: Record<string, (row: Readonly<Record<string, string>>) => string> = {
  [armsTivFile.path]: armsTivFile.options.idOf,
  [armsDealsFile.path]: (row) => row.id ?? '',
};

/** The 1-based line of the record `id` in `file` (a YAML list or a CSV table), if it is there. */
export function recordLine(file: string, id: string, text = textOf(file)): number | undefined {
  if (text === undefined) return undefined;
  if (file.endsWith('.csv')) {
    // The CSV loader refuses line breaks inside cells, so row n is line n + 1.
    const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
    const idOf = csvIds[file] ?? ((row) => row.id ?? '');
    const index = rows.findIndex((cells) => idOf(Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]))) === id);
    return index < 0 ? undefined : index + 2;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return undefined;
  const node = doc.contents.items.find((item) => isMap(item) && (item.get('id') as unknown) === id) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}

/** `file:line` when the line is known, else just the file. */
export function at(file: string, id: string): string {
  const line = recordLine(file, id);
  return line === undefined ? file : `${file}:${line}`;
}
