// Reads YAML files that hold a list of records and validates every record, so that a bad row
// fails the build with the file, the row's line and the field named. Astro's own `file()`
// loader logs and skips a row without an id; an explainer must never drop a row silently.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { z } from 'astro/zod';

export interface YamlRecord<T> {
  id: string;
  data: T;
  /** Path relative to the project root, and 1-based line of the record. */
  file: string;
  line: number;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Formats a zod issue path as the field a writer would look for: `chapters[1]`, `url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') ||
    '(record)'
  );
}

/** Parses one YAML file holding a list of `{ id, … }` records and validates each with `schema`. */
export function parseYamlRecords<S extends z.ZodType>(text: string, file: string, schema: S): YamlRecord<z.output<S>>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new ContentError(`${file}:${line}: YAML syntax error: ${error.message.split('\n')[0]}`);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new ContentError(`${file}:1: expected a list of records (lines starting with "- ")`);

  const seen = new Map<string, number>();
  return doc.contents.items.map((node, index) => {
    const row = index + 1;
    const line = lineCounter.linePos((node as { range?: [number, number, number] }).range?.[0] ?? 0).line;
    const where = `${file}:${line} (record ${row})`;
    if (!isMap(node)) throw new ContentError(`${where}: expected a record of fields, found ${node === null ? 'nothing' : 'a plain value'}`);
    const raw = node.toJS(doc) as Record<string, unknown>;
    const { id, ...fields } = raw;
    if (typeof id !== 'string' || id === '') throw new ContentError(`${where}: field "id" is missing`);
    if (!idPattern.test(id)) throw new ContentError(`${where}, id "${id}": field "id" must be kebab-case (a-z, 0-9, hyphens)`);
    const first = seen.get(id);
    if (first !== undefined) throw new ContentError(`${where}: id "${id}" is used twice (first at line ${first})`);
    seen.set(id, line);

    const result = schema.safeParse(fields);
    if (!result.success) throw new ContentError(`${where}, id "${id}": ${describeIssues(result.error, fields)}`);
    return { id, data: result.data, file, line };
  });
}

/**
 * Every problem zod found in one record, as a writer would want to read them. `input` is the
 * record as written: zod does not keep the values it rejected, and without them a field of the
 * wrong type cannot be told from a missing one.
 */
export function describeIssues(error: z.ZodError, input: unknown): string {
  return error.issues
    .map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (check its spelling)`
        : `field "${fieldName(issue.path)}" ${describe(issue, valueAt(input, issue.path))}`,
    )
    .join('; ');
}

/** The top-level fields the issues are about, in order (for an unknown field, its own name). */
export function issueKeys(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : typeof issue.path[0] === 'string' ? [issue.path[0]] : [],
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  date: 'a date',
};

function written(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a group of fields';
  // What is left is a number or true/false: YAML and CSV make no other kind of value.
  return typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${String(value)}` : typeof value;
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return 'is missing';
  // A required choice left out: say what the choices are, so the writer need not look them up.
  if (value === undefined && issue.code === 'invalid_value')
    return `is missing; it must be one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}`;
  // An empty spreadsheet cell or "" in YAML: say so rather than quote the rule it breaks.
  if (value === '' && (issue.code === 'invalid_format' || issue.code === 'invalid_value' || issue.code === 'invalid_type'))
    return 'is empty';
  if (issue.code === 'invalid_type') return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${written(value)}`;
  // zod's own wording for limits ("Too big: expected number to be <=47") reads like a stack trace.
  if (issue.code === 'too_big' && issue.message.startsWith('Too big')) return `must be at most ${limit(issue.origin, issue.maximum)}`;
  if (issue.code === 'too_small' && issue.message.startsWith('Too small')) return `must be at least ${limit(issue.origin, issue.minimum)}`;
  // zod says "Invalid option: expected one of …"; a writer reads "must be one of …" more easily.
  return issue.message.replace(/^Invalid (?:input|option): expected /, 'must be ').replace(/^Invalid input: /, '');
}

function limit(origin: string, bound: number | bigint): string {
  if (origin === 'string') return `${bound} characters`;
  if (origin === 'array' || origin === 'set') return `${bound} item${bound === 1 ? '' : 's'}`;
  return String(bound);
}

/** Every `.yaml` file in a directory (sorted), or a single file; ids must be unique across them. */
export function readYamlRecords<S extends z.ZodType>(root: string, target: string, schema: S): YamlRecord<z.output<S>>[] {
  const absolute = join(root, target);
  const files = statSync(absolute).isDirectory()
    ? readdirSync(absolute)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => join(absolute, name))
    : [absolute];
  const all: YamlRecord<z.output<S>>[] = [];
  const owner = new Map<string, YamlRecord<unknown>>();
  for (const path of files) {
    const file = relative(root, path);
    for (const record of parseYamlRecords(readFileSync(path, 'utf8'), file, schema)) {
      const other = owner.get(record.id);
      if (other) {
        throw new ContentError(`${file}:${record.line}: id "${record.id}" is already used at ${other.file}:${other.line}`);
      }
      owner.set(record.id, record);
      all.push(record);
    }
  }
  return all;
}
