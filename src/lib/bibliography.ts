// Where each source is cited: the pure part of the sources page (/sources/). Given the notes of
// every chapter and page, the sources of every update and chart, it lists for each source id the
// places that cite it, and the link and words for each place. The anchors are the ones those
// pages print (remark-citations.ts for notes, updates/index.astro for updates, ChartFigure.astro
// for chart source lists), so each back-link lands on an element that cites the source.
import { noteAnchor } from '../markdown/remark-citations.ts';
import type { Source, SourceKind } from '../collections/schemas.ts';
import { SOURCE_KINDS } from '../collections/schemas.ts';
import { isStateMedia } from './source-label.ts';
import { defaultLang, strings, type Lang } from '../i18n/index.ts';

/** The anchor of source `n` in a chart's numbered source list. */
export const chartSourceAnchor = (chartId: string, n: number) => `${chartId}-source-${n}`;

/** The anchor of a source's entry on /sources/. */
export const sourceEntryAnchor = (id: string) => `source-${id}`;

/** The anchor of a kind's group on /sources/. */
export const kindAnchor = (kind: SourceKind) => `kind-${kind}`;

export type CitingPlace =
  | { type: 'chapter'; slug: string; title: string; order: number; note: number; citations: number }
  | { type: 'page'; slug: string; title: string; note: number; citations: number }
  | { type: 'update'; id: string; title: string; date: string; correction: boolean }
  | { type: 'chart'; id: string; title: string; listPage: string; number: number; rows: number };

export interface DocumentNotes {
  slug: string;
  title: string;
  /** Chapters have an order; other pages (about) have none. */
  order?: number | undefined;
  notes: readonly { id: string; n: number; refs: readonly string[] }[];
}

export interface CitingInput {
  chapters: readonly DocumentNotes[];
  pages: readonly DocumentNotes[];
  updates: readonly { id: string; title: string; date: string; correction: boolean; sources: readonly string[] }[];
  /** Each chart's numbered source list (its order is the numbering) and, per source, how many rows cite it. */
  charts: readonly {
    id: string;
    title: string;
    /** The page that prints the chart's numbered list: the chart's own page ("treaty/"), or the list's ("sources/timeline/"). */
    listPage: string;
    sourceIds: readonly string[];
    rowSources: readonly (readonly string[])[];
  }[];
}

/** For each source id, every place that cites it: chapters in order, then updates (as listed), charts, pages. */
export function citingPlaces(input: CitingInput): Map<string, CitingPlace[]> {
  const places = new Map<string, CitingPlace[]>();
  const add = (id: string, place: CitingPlace) => {
    const list = places.get(id);
    if (list) list.push(place);
    else places.set(id, [place]);
  };
  for (const chapter of [...input.chapters].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    for (const note of chapter.notes)
      add(note.id, {
        type: 'chapter',
        slug: chapter.slug,
        title: chapter.title,
        order: chapter.order ?? 0,
        note: note.n,
        citations: note.refs.length,
      });
  }
  for (const update of input.updates) {
    for (const id of new Set(update.sources))
      add(id, { type: 'update', id: update.id, title: update.title, date: update.date, correction: update.correction });
  }
  for (const chart of input.charts) {
    chart.sourceIds.forEach((id, i) => {
      const rows = chart.rowSources.filter((row) => row.includes(id)).length;
      add(id, { type: 'chart', id: chart.id, title: chart.title, listPage: chart.listPage, number: i + 1, rows });
    });
  }
  for (const page of input.pages) {
    for (const note of page.notes)
      add(note.id, { type: 'page', slug: page.slug, title: page.title, note: note.n, citations: note.refs.length });
  }
  return places;
}

/** Where a place is (a path inside the site, without the base) and how the link reads, in `lang`. */
export function placeLink(place: CitingPlace, lang: Lang = defaultLang): { path: string; text: string } {
  const t = strings(lang);
  switch (place.type) {
    case 'chapter':
      return { path: `${place.slug}/#${noteAnchor(place.note)}`, text: t.sources.citedAt.chapter(place.order, place.title, place.note) };
    case 'page':
      return { path: `${place.slug}/#${noteAnchor(place.note)}`, text: t.sources.citedAt.page(place.title, place.note) };
    case 'update': {
      const date = new Date(`${place.date}T00:00:00Z`);
      return {
        path: `updates/#${place.id}`,
        text: place.correction ? t.sources.citedAt.correction(date, place.title) : t.sources.citedAt.update(date, place.title),
      };
    }
    case 'chart':
      return {
        path: `${place.listPage}#${chartSourceAnchor(place.id, place.number)}`,
        text: t.sources.citedAt.chart(place.title, place.number),
      };
  }
}

export interface KindCount {
  kind: SourceKind;
  sources: number;
}

/** How many sources of each kind, in the vocabulary's order (kinds with none left out), and how many are state media. */
export function countByKind(sources: Iterable<Pick<Source, 'kind' | 'ownership'>>): {
  kinds: KindCount[];
  total: number;
  stateMedia: number;
} {
  const counts = new Map<SourceKind, number>();
  let total = 0;
  let stateMedia = 0;
  for (const source of sources) {
    counts.set(source.kind, (counts.get(source.kind) ?? 0) + 1);
    total += 1;
    if (isStateMedia(source)) stateMedia += 1;
  }
  return {
    kinds: SOURCE_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, sources: counts.get(kind)! })),
    total,
    stateMedia,
  };
}

/** The order of entries within a kind: by the label the reader sees, then date, then title (as a reader scans a bibliography). */
export function compareEntries(
  a: { label: string; source: Pick<Source, 'date' | 'title'> },
  b: { label: string; source: Pick<Source, 'date' | 'title'> },
): number {
  return (
    a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) ||
    (a.source.date ?? '').localeCompare(b.source.date ?? '') ||
    a.source.title.localeCompare(b.source.title, 'en')
  );
}
