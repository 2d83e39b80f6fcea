// The one place pages read content from: sorted, cross-checked and rendered once.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Source } from '../content/schemas.ts';
import type { CitedSource } from '../markdown/remark-citations.ts';
import { checkReferences, resolveCitations, unusedSources, type Note } from './citations.ts';
import { chartSourceIds, getChart } from '../charts/load.ts';
import { chartIds } from '../charts/ids.ts';
import { citingPlaces, type CitingPlace } from './bibliography.ts';
import { publisherProfiles, sourceLabel } from './source-label.ts';
import { at } from '../content/locate.ts';
import { isoDate, site } from './site.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type UpdateEntry = CollectionEntry<'updates'>;

export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  chapters.forEach((chapter, i) => {
    if (chapter.data.order !== i + 1) {
      throw new Error(
        `content/chapters/${chapter.id}.mdx: field "order" is ${chapter.data.order}, expected ${i + 1} (orders must run 1, 2, 3… without gaps or repeats)`,
      );
    }
  });
  return chapters;
}

const updatesFile = 'content/updates.yaml';

export async function getSources(): Promise<Map<string, Source>> {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}

let labeller: Promise<(source: Source) => string> | undefined;

/**
 * What the reader sees for a source ("TASS, Russian state news agency"; "Reuters, via The Star
 * (newspaper)"), with what the bibliography knows about the outlets that copies relay.
 */
export function sourceLabeller(): Promise<(source: Source) => string> {
  labeller ??= getSources().then((sources) => {
    const profiles = publisherProfiles(sources.values());
    return (source: Source) => sourceLabel(source, { profiles });
  });
  return labeller;
}

export interface BibliographyEntry {
  id: string;
  source: Source;
  label: string;
  places: CitingPlace[];
}

/** Every source with its label and every place that cites it (chapters, updates, charts, pages): /sources/. */
export async function getBibliography(): Promise<BibliographyEntry[]> {
  const [chapters, pages, updates, sources, label] = await Promise.all([
    getChapters(),
    getCollection('pages'),
    getUpdates(),
    getSources(),
    sourceLabeller(),
  ]);
  const documents = async (entries: (ChapterEntry | CollectionEntry<'pages'>)[]) =>
    Promise.all(
      entries.map(async (entry) => ({
        slug: entry.id,
        title: entry.data.title,
        order: 'order' in entry.data ? entry.data.order : undefined,
        notes: (await renderDocument(entry)).notes,
      })),
    );
  const charts = await Promise.all(chartIds.map((id) => getChart(id)));
  const places = citingPlaces({
    chapters: await documents(chapters),
    pages: await documents(pages),
    updates: [...updates]
      .sort((a, b) => a.data.date.getTime() - b.data.date.getTime())
      .map((u) => ({
        id: u.id,
        title: u.data.title,
        date: isoDate(u.data.date),
        correction: u.data.type === 'correction',
        sources: u.data.sources,
      })),
    charts: charts.map((chart) => ({
      id: chart.id,
      title: chart.title,
      chapter: chart.chapter,
      sourceIds: chart.sourceIds,
      rowSources: chart.tables.flatMap((table) => table.rows.map((row) => row.sources)),
    })),
  });
  return [...sources].map(([id, source]) => ({ id, source, label: label(source), places: places.get(id) ?? [] }));
}

/** Updates and corrections, newest first, with their chapters and sources checked. */
export async function getUpdates(): Promise<UpdateEntry[]> {
  const [updates, chapters, sources] = await Promise.all([getCollection('updates'), getChapters(), getSources()]);
  const slugs = new Set(chapters.map((c) => c.id));
  for (const update of updates) {
    const owner = (field: string) => () => `${at(updatesFile, update.id)}, id "${update.id}", field "${field}"`;
    checkReferences(owner('chapters'), update.data.chapters, slugs, 'chapter');
    checkReferences(owner('sources'), update.data.sources, sources, 'source');
    // A development after the coverage date contradicts the coverage note every page shows.
    // (A correction is dated when we corrected, which may well be later.)
    if (update.data.type === 'update' && update.data.date > site.coverageUntil) {
      throw new Error(
        `${owner('date')()}: ${isoDate(update.data.date)} is after the coverage date in content/site.yaml (coverageUntil: ${isoDate(site.coverageUntil)}); correct the date or extend the coverage`,
      );
    }
  }
  return updates.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

type Rendered = Awaited<ReturnType<typeof render>>;
export interface RenderedDocument extends Rendered {
  notes: Note[];
  readingMinutes: number;
}

/** Renders a chapter or page and resolves its citations against the bibliography. */
export async function renderDocument(entry: ChapterEntry | CollectionEntry<'pages'>): Promise<RenderedDocument> {
  const rendered = await render(entry);
  const fm = rendered.remarkPluginFrontmatter as { citations?: CitedSource[]; readingMinutes?: number };
  const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
  const notes = resolveCitations(fm.citations ?? [], await getSources(), file);
  return { ...rendered, notes, readingMinutes: fm.readingMinutes ?? 1 };
}

let bibliographyChecked: Promise<void> | undefined;

/** Fails the build when the bibliography holds a source that nothing cites. Runs once per build. */
export function checkBibliography(): Promise<void> {
  bibliographyChecked ??= (async () => {
    const [chapters, pages, updates, sources] = await Promise.all([
      getChapters(),
      getCollection('pages'),
      getUpdates(),
      getCollection('sources'),
    ]);
    const used = new Set<string>();
    for (const entry of [...chapters, ...pages]) for (const note of (await renderDocument(entry)).notes) used.add(note.id);
    for (const update of updates) for (const id of update.data.sources) used.add(id);
    for (const id of await chartSourceIds()) used.add(id);
    const unused = unusedSources(
      sources.map((s) => s.id),
      used,
    );
    if (unused.length > 0) {
      const files = new Map(sources.map((s) => [s.id, s.filePath ?? 'content/sources/']));
      const list = unused.map((id) => `${at(files.get(id)!, id)}, id "${id}"`);
      throw new Error(`${unused.length} source(s) cited nowhere; cite them or remove them:\n  ${list.join('\n  ')}`);
    }
  })();
  return bibliographyChecked;
}
