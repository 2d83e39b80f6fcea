#!/usr/bin/env node
// What the bibliography is made of, measured: citations by kind (count and share), the aggregators
// with the original each relays, the state-media sources and whether the reader is told so, and the
// sources on refused domains. For the working tree, or for any commit (--rev), so a change can be
// reported before and after.
//
//   node tools/sources-report.ts                 the working tree
//   node tools/sources-report.ts --rev 559e1d4   that commit's content, read with git show
//   node tools/sources-report.ts --json          the same figures as JSON
//
// A citation is each [@id] in a chapter, each id in an update's sources, each id in a chart-data row
// (a CSV row's source/sources cell, a YAML record's sources lists) and each [@id] on the about page
// (content/pages/). An older commit's entries may lack kind, ownership or original: they are taken
// from the current entries with the same id, else from current entries of the same publisher (the
// report says how many came from where). The refused domains are always the current list
// (content/refused-sources.yaml), so that before and after are judged by the same rule.
// "Labelled" means the reader is told: the entry itself has an ownership and that commit's site
// shows it (it has src/lib/source-label.ts).
//
// Plain Node (type stripping), no Astro: it reads the files as text.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { csvParse } from 'd3-dsv';
import { SOURCE_KINDS, type Source, type SourceKind, type SourceOwnership } from '../src/collections/schemas.ts';
import { readRefusedDomains, refusedDomainFor, refusedSourcesFile } from '../src/collections/refused-sources.ts';
import { isStateMedia, publisherProfiles, sourceLabel } from '../src/lib/source-label.ts';
import { defaultLang, strings } from '../src/i18n/index.ts';

// ------------------------------------------------------------------ arguments
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node tools/sources-report.ts [--rev <git-rev>] [--root <project dir>] [--json]');
  process.exit(0);
}
const root = resolve(option('--root') ?? process.cwd());
const rev = option('--rev');
const asJson = args.includes('--json');

// ------------------------------------------------------------------ reading a tree (working or committed)
interface Tree {
  describe: string;
  list(dir: string): string[];
  read(path: string): string | undefined;
}

function git(...gitArgs: string[]): string {
  // git's own complaints (a path the commit lacks) stay quiet: the caller handles the failure.
  return execFileSync('git', ['-C', root, ...gitArgs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

function committedTree(revision: string): Tree {
  const commit = git('rev-parse', '--verify', `${revision}^{commit}`).trim();
  const [subject = '', date = ''] = git('show', '-s', '--format=%s%n%cs', commit).split('\n');
  return {
    describe: `commit ${commit.slice(0, 7)} (${date}: ${subject.length > 70 ? `${subject.slice(0, 70)}…` : subject})`,
    list: (dir) => git('ls-tree', '--name-only', `${commit}:${dir}`).split('\n').filter(Boolean).sort(),
    read: (path) => {
      try {
        return git('show', `${commit}:${path}`);
      } catch {
        return undefined;
      }
    },
  };
}

function workingTree(): Tree {
  let head = '';
  try {
    head = ` (HEAD ${git('rev-parse', '--short', 'HEAD').trim()}, with any uncommitted changes)`;
  } catch {
    // not a git checkout: fine
  }
  return {
    describe: `working tree ${root}${head}`,
    list: (dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).sort() : []),
    read: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined),
  };
}

// ------------------------------------------------------------------ the bibliography of a tree
type RawSource = Partial<Source> & { id: string; file: string };

function readSources(tree: Tree): RawSource[] {
  const sources: RawSource[] = [];
  for (const name of tree.list('content/sources').filter((n) => /\.ya?ml$/.test(n))) {
    const file = `content/sources/${name}`;
    const list = parse(tree.read(file) ?? '') as unknown;
    if (!Array.isArray(list)) continue;
    for (const record of list as Record<string, unknown>[]) {
      if (record && typeof record.id === 'string') sources.push({ ...(record as Partial<Source>), id: record.id, file });
    }
  }
  return sources;
}

// ------------------------------------------------------------------ citations
const CITATION = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;
type Place = 'chapters' | 'updates' | 'charts' | 'about';
const places: Place[] = ['chapters', 'updates', 'charts', 'about'];

function citationsIn(text: string): string[] {
  return [...text.matchAll(CITATION)].flatMap((m) => m[1]!.split(';').map((part) => part.trim().replace(/^@/, '')));
}

/** Ids under every `sources` list and `source` string of a YAML record, at any depth (a chart row). */
function idsInRecord(value: unknown, key?: string): string[] {
  if (Array.isArray(value))
    return key === 'sources' ? value.filter((v): v is string => typeof v === 'string') : value.flatMap((v) => idsInRecord(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => idsInRecord(v, k));
  return key === 'source' && typeof value === 'string' ? [value] : [];
}

function readCitations(tree: Tree): { id: string; place: Place }[] {
  const cited: { id: string; place: Place }[] = [];
  for (const name of tree.list('content/chapters').filter((n) => n.endsWith('.mdx'))) {
    for (const id of citationsIn(tree.read(`content/chapters/${name}`) ?? '')) cited.push({ id, place: 'chapters' });
  }
  for (const update of (parse(tree.read('content/updates.yaml') ?? '') as { sources?: string[] }[] | null) ?? []) {
    for (const id of update?.sources ?? []) cited.push({ id, place: 'updates' });
  }
  for (const name of tree.list('content/data')) {
    const text = tree.read(`content/data/${name}`) ?? '';
    if (name.endsWith('.csv')) {
      for (const row of csvParse(text.replace(/^\uFEFF/, ''))) {
        const cell = row['sources'] ?? row['source'] ?? '';
        for (const id of cell
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean))
          cited.push({ id, place: 'charts' });
      }
    } else if (/\.ya?ml$/.test(name)) {
      const list = parse(text) as unknown;
      if (Array.isArray(list)) for (const record of list) for (const id of idsInRecord(record)) cited.push({ id, place: 'charts' });
    }
  }
  for (const name of tree.list('content/pages').filter((n) => n.endsWith('.mdx'))) {
    for (const id of citationsIn(tree.read(`content/pages/${name}`) ?? '')) cited.push({ id, place: 'about' });
  }
  return cited;
}

// ------------------------------------------------------------------ classification (current kinds where an old entry lacks them)
const current = readSources(workingTree());
const currentById = new Map(current.map((s) => [s.id, s]));
/** The most common value among current entries of one publisher. */
function byPublisher<K extends 'kind' | 'ownership'>(publisher: string | undefined, key: K): RawSource[K] | undefined {
  const counts = new Map<RawSource[K], number>();
  for (const s of current) if (s.publisher === publisher && s[key] !== undefined) counts.set(s[key], (counts.get(s[key]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const tree = rev ? committedTree(rev) : workingTree();
const sources = readSources(tree);
const showsLabels = tree.read('src/lib/source-label.ts') !== undefined;
const kindFrom = { file: 0, id: 0, publisher: 0, unclassified: 0 };

interface Classified {
  id: string;
  file: string;
  publisher: string;
  title: string;
  url: string;
  kind: SourceKind | 'unclassified';
  ownership?: SourceOwnership | undefined;
  original?: Source['original'] | undefined;
  /** The entry in this tree says its ownership itself. */
  ownOwnership: boolean;
}

const classified: Classified[] = sources.map((s) => {
  const same = currentById.get(s.id);
  let kind: Classified['kind'];
  if (s.kind) {
    kind = s.kind;
    kindFrom.file += 1;
  } else if (same?.kind) {
    kind = same.kind;
    kindFrom.id += 1;
  } else if (byPublisher(s.publisher, 'kind')) {
    kind = byPublisher(s.publisher, 'kind')!;
    kindFrom.publisher += 1;
  } else {
    kind = 'unclassified';
    kindFrom.unclassified += 1;
  }
  const ownership = s.kind ? s.ownership : (s.ownership ?? same?.ownership ?? (same ? undefined : byPublisher(s.publisher, 'ownership')));
  return {
    id: s.id,
    file: s.file,
    publisher: s.publisher ?? '(no publisher)',
    title: s.title ?? '',
    url: s.url ?? '',
    kind,
    ownership,
    original: s.original ?? (s.kind ? undefined : same?.original),
    ownOwnership: s.ownership !== undefined,
  };
});

const citations = readCitations(tree);
const known = new Map(classified.map((s) => [s.id, s]));
const countOf = new Map<string, Record<Place, number>>();
for (const { id, place } of citations) {
  const counts = countOf.get(id) ?? { chapters: 0, updates: 0, charts: 0, about: 0 };
  counts[place] += 1;
  countOf.set(id, counts);
}
const total = (id: string) => places.reduce((sum, p) => sum + (countOf.get(id)?.[p] ?? 0), 0);
const unknownIds = [...countOf.keys()].filter((id) => !known.has(id));
const allCitations = citations.length;

const profiles = publisherProfiles(
  classified
    .filter((s): s is Classified & { kind: SourceKind } => s.kind !== 'unclassified')
    .map((s) => ({ publisher: s.publisher, kind: s.kind, ownership: s.ownership })),
);
const labelOf = (s: Classified) =>
  s.kind === 'unclassified'
    ? s.publisher
    : sourceLabel({ publisher: s.publisher, kind: s.kind, ownership: s.ownership, original: s.original }, { profiles });
const refused = readRefusedDomains(root);

// ------------------------------------------------------------------ figures
const kinds = [...SOURCE_KINDS, 'unclassified'] as const;
const byKind = kinds
  .map((kind) => {
    const members = classified.filter((s) => s.kind === kind);
    const perPlace = Object.fromEntries(
      places.map((p) => [p, members.reduce((sum, s) => sum + (countOf.get(s.id)?.[p] ?? 0), 0)]),
    ) as Record<Place, number>;
    const count = places.reduce((sum, p) => sum + perPlace[p], 0);
    return { kind, sources: members.length, citations: count, share: allCitations ? count / allCitations : 0, ...perPlace };
  })
  .filter((row) => row.sources > 0);

const aggregators = classified
  .filter((s) => s.kind === 'aggregator')
  .map((s) => ({
    id: s.id,
    publisher: s.publisher,
    original: s.original?.publisher ?? '(not named)',
    originalUrl: s.original?.url,
    citations: total(s.id),
    label: labelOf(s),
  }))
  .sort((a, b) => b.citations - a.citations || a.id.localeCompare(b.id));

const stateMedia = classified
  .filter((s) => isStateMedia(s))
  .map((s) => ({
    id: s.id,
    publisher: s.publisher,
    ownership: s.ownership!,
    citations: total(s.id),
    labelled: s.ownOwnership && showsLabels,
    label: labelOf(s),
  }))
  .sort((a, b) => a.ownership.localeCompare(b.ownership) || a.publisher.localeCompare(b.publisher) || a.id.localeCompare(b.id));

const onRefused = classified
  .flatMap((s) =>
    (
      [
        ['url', s.url],
        ['original.url', s.original?.url],
      ] as const
    ).flatMap(([field, url]) => {
      const match = url ? refusedDomainFor(url, refused) : undefined;
      return match
        ? [{ id: s.id, field, url: url!, domain: match.data.domain, category: match.data.category, citations: total(s.id) }]
        : [];
    }),
  )
  .sort((a, b) => a.id.localeCompare(b.id) || a.field.localeCompare(b.field));
const refusedSources = new Set(onRefused.map((r) => r.id));

const report = {
  tree: tree.describe,
  sources: classified.length,
  kindFrom,
  citations: allCitations,
  citationsByPlace: Object.fromEntries(places.map((p) => [p, citations.filter((c) => c.place === p).length])),
  unknownIds,
  byKind,
  aggregators: { sources: aggregators.length, citations: aggregators.reduce((n, a) => n + a.citations, 0), list: aggregators },
  stateMedia: {
    sources: stateMedia.length,
    citations: stateMedia.reduce((n, s) => n + s.citations, 0),
    labelled: stateMedia.filter((s) => s.labelled).length,
    siteShowsLabels: showsLabels,
    list: stateMedia,
  },
  refused: {
    list: `${refusedSourcesFile} of ${workingTree().describe}`,
    domains: refused.length,
    sources: refusedSources.size,
    citations: [...refusedSources].reduce((n, id) => n + total(id), 0),
    fields: onRefused,
  },
};

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

// ------------------------------------------------------------------ text
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '–');
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const out: string[] = [];
out.push(`Sources report: ${report.tree}`);
out.push(
  `${report.sources} sources in content/sources/; kind from the entry itself: ${kindFrom.file}` +
    (kindFrom.id || kindFrom.publisher || kindFrom.unclassified
      ? `, from the current entry with the same id: ${kindFrom.id}, from current entries of the same publisher: ${kindFrom.publisher}, unclassified: ${kindFrom.unclassified}`
      : ''),
);
out.push(
  `${allCitations} citations: chapters ${report.citationsByPlace.chapters}, updates ${report.citationsByPlace.updates}, chart rows ${report.citationsByPlace.charts}, about page ${report.citationsByPlace.about}`,
);
if (unknownIds.length) out.push(`ids cited but not in the bibliography: ${unknownIds.join(', ')}`);
out.push('');
out.push('1. Citations by kind');
out.push(
  `   ${pad('kind', 52)}${lpad('sources', 8)}${lpad('citations', 10)}${lpad('share', 8)}${lpad('chapters', 10)}${lpad('updates', 9)}${lpad('charts', 8)}${lpad('about', 7)}`,
);
for (const row of byKind) {
  const name =
    row.kind === 'unclassified' ? 'unclassified' : `${row.kind} (${strings(defaultLang).sources.kinds[row.kind].plural.toLowerCase()})`;
  out.push(
    `   ${pad(name, 52)}${lpad(row.sources, 8)}${lpad(row.citations, 10)}${lpad(pct(row.citations, allCitations), 8)}${lpad(row.chapters, 10)}${lpad(row.updates, 9)}${lpad(row.charts, 8)}${lpad(row.about, 7)}`,
  );
}
out.push(`   ${pad('all', 52)}${lpad(report.sources, 8)}${lpad(allCitations, 10)}${lpad(pct(allCitations, allCitations), 8)}`);
out.push('');
out.push(
  `2. Aggregators: ${aggregators.length} sources, ${report.aggregators.citations} citations (${pct(report.aggregators.citations, allCitations)} of all), each with the original it relays`,
);
for (const a of aggregators)
  out.push(`   ${lpad(a.citations, 3)}  ${a.id}: ${a.publisher} relays ${a.original}${a.originalUrl ? ` <${a.originalUrl}>` : ''}`);
out.push('');
out.push(
  `3. State media: ${stateMedia.length} sources, ${report.stateMedia.citations} citations (${pct(report.stateMedia.citations, allCitations)} of all); labelled for the reader: ${report.stateMedia.labelled} of ${stateMedia.length}` +
    (showsLabels ? '' : " (this commit's site shows no label: src/lib/source-label.ts is absent)"),
);
for (const s of stateMedia)
  out.push(`   ${lpad(s.citations, 3)}  ${pad(s.labelled ? 'labelled' : 'NOT labelled', 13)}${pad(s.ownership, 17)}${s.id}: "${s.label}"`);
out.push('');
out.push(
  `4. Sources on refused domains (${refusedSourcesFile}, ${refused.length} domains): ${report.refused.sources} sources, ${report.refused.citations} citations (${pct(report.refused.citations, allCitations)} of all)`,
);
for (const r of onRefused) out.push(`   ${lpad(r.citations, 3)}  ${pad(r.category, 17)}${r.id}: ${r.field} on ${r.domain}`);
console.log(out.join('\n'));
