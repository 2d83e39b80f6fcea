// The one place pages read content from: sorted, cross-checked and rendered once.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getEdition } from './edition-data.ts';
import type { Site, Source } from './schemas.ts';
import type { CitedSource } from '../markdown/remark-citations.ts';
import { resolveCitations, type Note } from '../lib/citations.ts';
import { chartSourceIds, getChart } from '../charts/load.ts';
import { chartIds } from '../charts/registry.ts';
import { chartSourcesPath, sourcesApart } from '../charts/source-list.ts';
import { chartPagePath } from '../charts/place.ts';
import { citingPlaces, type CitingPlace } from '../lib/bibliography.ts';
import { publisherProfiles, sourceLabel } from '../lib/source-label.ts';
import { at } from './locate.ts';
import { checkAllCited, checkUpdates } from './cross-checks.ts';
import { isoDate, site, siteIn } from '../lib/site.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';

/** A chapter or page in one language: the English entry, its words in that language, and the translation Astro renders. */
type Localized<E> = E & { translation?: CollectionEntry<'translations'> };
export type ChapterEntry = Localized<CollectionEntry<'chapters'>>;
export type PageEntry = Localized<CollectionEntry<'pages'>>;
export type UpdateEntry = CollectionEntry<'updates'>;
/** A source as one language shows it: its original title, and `translatedTitle` where that is in another language. */
export type LocalSource = Source & { translatedTitle?: string };

async function localize<E extends { filePath?: string; data: object }>(entries: E[], lang: Lang): Promise<Localized<E>[]> {
  const edition = await getEdition(lang);
  if (!edition) return entries;
  const translations = await getCollection('translations');
  return entries.map((entry) => {
    const document = edition.documents[entry.filePath ?? ''];
    const translation = translations.find((t) => t.filePath === document?.file);
    if (!document || !translation) throw new Error(`${entry.filePath}: no ${lang} translation was loaded`);
    return { ...entry, data: { ...entry.data, ...document.data }, translation };
  });
}

/** Chapters in reading order (the chapters' loader has checked that their orders run 1, 2, 3…), in `lang`. */
export async function getChapters(lang: Lang): Promise<ChapterEntry[]> {
  return localize(
    (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order),
    lang,
  );
}

/** The pages (about), in `lang`. */
export async function getPages(lang: Lang): Promise<PageEntry[]> {
  return localize(await getCollection('pages'), lang);
}

/** The site's words in `lang` (content/site.yaml, with content/<lang>/site.yaml over it). */
export async function getSite(lang: Lang): Promise<Site> {
  await getEdition(lang); // checked with the rest of the edition
  return siteIn(lang);
}

export async function getSources(lang: Lang): Promise<Map<string, LocalSource>> {
  const edition = await getEdition(lang);
  return new Map(
    (await getCollection('sources')).map((entry) => {
      const words = edition?.sources[entry.id];
      // Publishers as the language spells them (TASS → «ТАСС»), as its chapters do.
      const name = (publisher: string) => edition?.names[publisher] ?? publisher;
      const source: LocalSource = {
        ...entry.data,
        publisher: name(entry.data.publisher),
        ...(entry.data.original ? { original: { ...entry.data.original, publisher: name(entry.data.original.publisher) } } : {}),
        ...(words?.note ? { note: words.note } : {}),
        ...(words?.title ? { translatedTitle: words.title } : {}),
      };
      return [entry.id, source];
    }),
  );
}

const labellers = new Map<Lang, Promise<(source: Source) => string>>();

/**
 * What the reader sees for a source ("TASS, Russian state news agency"; "Reuters, via The Star
 * (newspaper)"), with what the bibliography knows about the outlets that copies relay.
 */
export function sourceLabeller(lang: Lang): Promise<(source: Source) => string> {
  let labeller = labellers.get(lang);
  if (!labeller) {
    labeller = getSources(lang).then((sources) => {
      const profiles = publisherProfiles(sources.values());
      return (source: Source) => sourceLabel(source, { lang, profiles });
    });
    labellers.set(lang, labeller);
  }
  return labeller;
}

export interface BibliographyEntry {
  id: string;
  source: LocalSource;
  label: string;
  places: CitingPlace[];
}

/** Every source with its label and every place that cites it (chapters, updates, charts, pages): /sources/. */
export async function getBibliography(lang: Lang = defaultLang): Promise<BibliographyEntry[]> {
  const [chapters, pages, updates, sources, label] = await Promise.all([
    getChapters(lang),
    getPages(lang),
    getUpdates(lang),
    getSources(lang),
    sourceLabeller(lang),
  ]);
  const documents = async (entries: (ChapterEntry | PageEntry)[]) =>
    Promise.all(
      entries.map(async (entry) => ({
        slug: entry.id,
        title: entry.data.title,
        order: 'order' in entry.data ? entry.data.order : undefined,
        notes: (await renderDocument(entry, lang)).notes,
      })),
    );
  const charts = await Promise.all(chartIds.map((id) => getChart(id, lang)));
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
      listPage: sourcesApart(chart) ? chartSourcesPath(chart.id) : chartPagePath(chart),
      sourceIds: chart.sourceIds,
      rowSources: chart.tables.flatMap((table) => table.rows.map((row) => row.sources)),
    })),
  });
  return [...sources].map(([id, source]) => ({ id, source, label: label(source), places: places.get(id) ?? [] }));
}

/** Updates and corrections, newest first, with their chapters and sources checked. */
export async function getUpdates(lang: Lang): Promise<UpdateEntry[]> {
  const [updates, chapters, sources, edition] = await Promise.all([
    getCollection('updates'),
    getChapters(lang),
    getSources(lang),
    getEdition(lang),
  ]);
  checkUpdates(updates, { chapters: new Set(chapters.map((c) => c.id)), sources, coverageUntil: site.coverageUntil }, at);
  const words = edition?.records['content/updates.yaml'];
  return updates
    .map((u) => (words ? { ...u, data: { ...u.data, ...words[u.id] } } : u))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

type Rendered = Awaited<ReturnType<typeof render>>;
export interface RenderedDocument extends Rendered {
  notes: Note[];
  readingMinutes: number;
}

/** Renders a chapter or page and resolves its citations against the bibliography. */
export async function renderDocument(entry: ChapterEntry | PageEntry, lang: Lang): Promise<RenderedDocument> {
  const document = entry.translation ?? entry;
  const rendered = await render(document);
  const fm = rendered.remarkPluginFrontmatter as { citations?: CitedSource[]; readingMinutes?: number };
  const file = document.filePath ?? `${document.collection}/${document.id}`;
  const notes = resolveCitations(fm.citations ?? [], await getSources(lang), file);
  return { ...rendered, notes, readingMinutes: fm.readingMinutes ?? 1 };
}

let bibliographyChecked: Promise<void> | undefined;

/** Fails the build when the bibliography holds a source that nothing cites. Runs once per build. */
export function checkBibliography(): Promise<void> {
  bibliographyChecked ??= (async () => {
    const [chapters, pages, updates, sources] = await Promise.all([
      getChapters(defaultLang),
      getCollection('pages'),
      getUpdates(defaultLang),
      getCollection('sources'),
    ]);
    const used = new Set<string>();
    for (const entry of [...chapters, ...pages]) for (const note of (await renderDocument(entry, defaultLang)).notes) used.add(note.id);
    for (const update of updates) for (const id of update.data.sources) used.add(id);
    for (const id of await chartSourceIds()) used.add(id);
    checkAllCited(
      sources.map((s) => ({ id: s.id, file: s.filePath ?? 'content/sources/' })),
      used,
      at,
    );
  })();
  return bibliographyChecked;
}
