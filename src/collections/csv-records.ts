// Reads CSV tables of chart data and validates every row, so that a bad row fails the build with
// the file, the line and the field named, like the YAML records beside it. Spreadsheets are where
// newsroom data lives, hence CSV; but a spreadsheet also quietly adds blank columns, merges
// cells and turns "1,200" into text, so the header and every cell are checked strictly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { z } from 'astro/zod';
import { ContentError, describeIssues, type YamlRecord } from './yaml-records.ts';

export type CsvRecord<T> = YamlRecord<T>;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CsvOptions<S extends z.ZodType> {
  schema: S;
  /** Columns the header must list, in this order. */
  columns: readonly string[];
  /** How a row is named in messages and in the collection: its `id` column by default. */
  idOf?: (row: Readonly<Record<string, string>>) => string;
}

export function parseCsvRecords<S extends z.ZodType>(text: string, file: string, options: CsvOptions<S>): CsvRecord<z.output<S>>[] {
  const { schema, columns } = options;
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = rows[0];
  if (!header || header.every((cell) => cell.trim() === '')) throw new ContentError(`${file}:1: the header row is missing`);
  const expected = columns.join(',');
  if (header.join(',') !== expected) {
    const unknown = header.filter((name) => !columns.includes(name));
    const missing = columns.filter((name) => !header.includes(name));
    const detail = [
      missing.length > 0 ? `missing ${missing.map((c) => `"${c}"`).join(', ')}` : '',
      unknown.length > 0 ? `unknown ${unknown.map((c) => `"${c || '(blank)'}"`).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    throw new ContentError(`${file}:1: the header must be "${expected}"${detail ? ` (${detail})` : ' (columns are out of order)'}`);
  }

  const idOf = options.idOf ?? ((row) => row.id ?? '');
  const seen = new Map<string, number>();
  const records: CsvRecord<z.output<S>>[] = [];
  let line = 1;
  for (const [index, cells] of rows.slice(1).entries()) {
    line += 1;
    const row = index + 1;
    if (cells.length === 1 && cells[0]!.trim() === '') continue; // a blank line, usually the last
    const where = `${file}:${line} (row ${row})`;
    // A quoted cell may hold a line break; it would shift every later line number, so refuse it.
    const broken = cells.findIndex((cell) => /[\r\n]/.test(cell));
    if (broken >= 0) throw new ContentError(`${where}: field "${columns[broken]}" contains a line break; keep every row on one line`);
    if (cells.length !== columns.length) {
      throw new ContentError(
        `${where}: has ${cells.length} cells but the header has ${columns.length}; check for a stray or missing comma (cells with commas need "double quotes")`,
      );
    }
    const raw = Object.fromEntries(columns.map((name, i) => [name, cells[i]!.trim()]));
    const id = idOf(raw);
    if (!idPattern.test(id))
      throw new ContentError(`${where}: field "id" ${id ? `"${id}" must be kebab-case (a-z, 0-9, hyphens)` : 'is missing'}`);
    const first = seen.get(id);
    if (first !== undefined) throw new ContentError(`${where}: id "${id}" is used twice (first at line ${first})`);
    seen.set(id, line);
    const { id: _ignored, ...fields } = raw;
    const result = schema.safeParse(fields);
    if (!result.success) throw new ContentError(`${where}, id "${id}": ${describeIssues(result.error, fields)}`);
    records.push({ id, data: result.data, file, line });
  }
  return records;
}

export function readCsvRecords<S extends z.ZodType>(root: string, file: string, options: CsvOptions<S>): CsvRecord<z.output<S>>[] {
  return parseCsvRecords(readFileSync(join(root, file), 'utf8'), file, options);
}
