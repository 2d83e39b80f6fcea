// Where a record sits in its file, for the checks that run after loading (an unknown source id,
// a source nothing cites, a gap in a series): Astro's store keeps each record's file but not its
// line. Only error messages call this, so the files are parsed again only when a check fails.
import { csvParseRows } from 'd3-dsv';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { chartFiles } from '../charts/registry.ts';

/** The text of a content file (by its path from the project root), or undefined if there is none. */
export type ReadContent = (file: string) => string | undefined;

// How each CSV table names its rows; a table without `idOf` has an id column.
const csvIds = new Map(chartFiles.flatMap(({ file }) => (file.format === 'csv' && file.idOf ? [[file.path, file.idOf] as const] : [])));

/** The 1-based line of the record `id` in `file` (a YAML list or a CSV table), if it is there. */
export function lineIn(file: string, id: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (file.endsWith('.csv')) {
    // The CSV loader refuses line breaks inside cells, so row n is line n + 1.
    const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
    const idOf = csvIds.get(file) ?? ((row: Readonly<Record<string, string>>) => row.id ?? '');
    const index = rows.findIndex((cells) => idOf(Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]))) === id);
    return index < 0 ? undefined : index + 2;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return undefined;
  const node = doc.contents.items.find((item) => isMap(item) && (item.get('id') as unknown) === id) as
    { range?: [number, number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}

export interface Locate {
  /** The 1-based line of the record `id` in `file`, if it is there. */
  recordLine: (file: string, id: string) => number | undefined;
  /** `file:line` when the line is known, else just the file. */
  at: (file: string, id: string) => string;
}

/** Finds records in the files `read` returns: the bundled content in the build, a project folder in the content check. */
export function locator(read: ReadContent): Locate {
  const recordLine = (file: string, id: string) => lineIn(file, id, read(file));
  return {
    recordLine,
    at: (file, id) => {
      const line = recordLine(file, id);
      return line === undefined ? file : `${file}:${line}`;
    },
  };
}

// Bundled as text, like the embed versions: the built pages never read the working directory.
const texts = import.meta.glob<string>('../../content/**/*.{yaml,csv}', { query: '?raw', import: 'default', eager: true });

/** Records in the content as the build bundled it. */
export const { recordLine, at } = locator((file) => texts[`../../${file}`]);
