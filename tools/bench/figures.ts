// The benchmark's figures as committed (tools/bench/figures.json): one figure per line, named by
// what it measures (a list item by its page, audit or budget, never by its place in the list),
// sorted, so a diff shows only the figures that moved. The run's own facts (date, commit, machine,
// options) come first, under `run.`, each on its own line too.
import type { Results } from './report.ts';

export type Figure = string | number | boolean | null | (string | number)[] | Record<string, never>;

/**
 * What names an item of a list of objects, tried in order; the first that is unique for every item
 * wins, and the fields it reads are not repeated under it. Otherwise items are numbered from 1.
 */
const identities: { fields: string[]; name: (item: Record<string, unknown>) => string | undefined }[] = [
  { fields: ['path'], name: (item) => text(item['path']) },
  { fields: ['id'], name: (item) => text(item['id']) },
  { fields: ['url'], name: (item) => text(item['url']) },
  { fields: ['subject', 'limit'], name: (item) => both(item['subject'], ': ', item['limit']) },
  { fields: ['from', 'to'], name: (item) => both(item['from'], '→', item['to']) },
  {
    fields: ['content'],
    name: (item) =>
      item['content'] === 'real' ? 'real' : item['content'] === 'generated' ? both(item['chapters'], ' ', 'chapters') : undefined,
  },
];

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function both(a: unknown, between: string, b: unknown): string | undefined {
  return text(a) !== undefined && text(b) !== undefined ? `${text(a)}${between}${text(b)}` : undefined;
}

function named(items: Record<string, unknown>[]): { name: string; rest: Record<string, unknown> }[] {
  for (const { fields, name } of identities) {
    const names = items.map(name);
    if (names.every((n) => n !== undefined) && new Set(names).size === names.length) {
      return items.map((item, i) => ({
        name: names[i]!,
        rest: Object.fromEntries(Object.entries(item).filter(([key]) => !fields.includes(key))),
      }));
    }
  }
  return items.map((item, i) => ({ name: String(i + 1), rest: item }));
}

/** Fractions to 4 decimals: more digits are noise between runs, and would move every line. */
const rounded = (value: number) => (Number.isInteger(value) ? value : Number(value.toFixed(4)));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every figure of `value` under `prefix`, keyed like `pages[/treaty/].bytes.html`. */
export function flatten(value: unknown, prefix: string, into = new Map<string, Figure>()): Map<string, Figure> {
  if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
    for (const { name, rest } of named(value)) flatten(rest, `${prefix}[${name}]`, into);
  } else if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (typeof value === 'number') {
    into.set(prefix, rounded(value));
  } else if (Array.isArray(value)) {
    // A short list of plain values (load averages, long tasks, failed requests) stays on one line.
    into.set(
      prefix,
      value.map((v) => (typeof v === 'number' ? rounded(v) : String(v))),
    );
  } else {
    into.set(prefix, (value ?? null) as Figure);
  }
  return into;
}

/** The file's text: valid JSON, one figure per line, the run's facts first, then the figures sorted. */
export function figuresJson(results: Results): string {
  const { startedAt, durationMs, machine, commit, options, ...figures } = results;
  const run = [...flatten({ startedAt, durationMs, commit, machine, options }, 'run')];
  const measured = [...flatten(figures, '')].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [...run, ...measured].map(([key, figure]) => `  ${JSON.stringify(key)}: ${JSON.stringify(figure)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
