// A chart with its data, drawn and worded: the registry's data side (chart.ts) joined with the
// layout and the words in the same folder (src/charts/<id>/layout.ts and publication.ts).
import { defaultLang, languages, type Lang } from '../i18n/languages.ts';
import { sourcesOf, type ChartGeoJson, type ChartLayout, type ChartText, type Publication } from './define.ts';
import { chartById, chartIds, type BoundChart, type ChartData, type ChartId } from './registry.ts';

// By file, as Vite finds them: "./timeline/layout.ts". The registry's order and ids decide what exists.
const layouts = import.meta.glob<ChartLayout<never>>('./*/layout.ts', { eager: true, import: 'layout' });
// A map's layout module may also export `geojson`; the whole module is read, as a named import of
// an export that most modules lack would fail the build.
const layoutModules = import.meta.glob<{ geojson?: ChartGeoJson<never> }>('./*/layout.ts', { eager: true });
const publications = import.meta.glob<Publication<ChartText<never>>>('./*/publication.ts', { eager: true, import: 'publication' });

// A folder the registry does not list, or a chart without its layout or words, is a mistake
// made while adding a chart: say which file is missing rather than fail later without a name.
for (const file of new Set([...Object.keys(layouts), ...Object.keys(publications)])) {
  const folder = file.split('/')[1]!;
  if (!(chartIds as readonly string[]).includes(folder))
    throw new Error(
      `src/charts/${folder}/ is not a chart in src/charts/registry.ts; add its chart to the list, or rename the folder to its chart's id`,
    );
}
for (const id of chartIds) {
  if (!layouts[`./${id}/layout.ts`]) throw new Error(`chart "${id}": src/charts/${id}/layout.ts must export its layout as \`layout\``);
  const words = publications[`./${id}/publication.ts`];
  if (!words) throw new Error(`chart "${id}": src/charts/${id}/publication.ts must export its words as \`publication\``);
  for (const lang of languages)
    if (!words[lang]) throw new Error(`chart "${id}": src/charts/${id}/publication.ts has no words for "${lang}"`);
}

/** One chart's data, drawing and words in one language (the site's default unless asked). */
export function bindChart<Id extends ChartId>(id: Id, all: ChartData, lang: Lang = defaultLang): BoundChart {
  // The content loader checks chart ids in chapters; this guards every other caller.
  const chart = chartById(id);
  const data = all[id] as never;
  const layout = layouts[`./${id}/layout.ts`]!;
  const text = publications[`./${id}/publication.ts`]![lang];
  const geojson = layoutModules[`./${id}/layout.ts`]?.geojson;
  return {
    id,
    title: text.title,
    dek: text.dek(data),
    page: chart.page,
    notes: text.notes,
    render: (options) => layout(data, { lang, ...options }),
    tables: text.tables(data),
    csv: text.csv(data),
    sourceIds: sourcesOf(chart.references(data)),
    filters: text.filters(data),
    data,
    ...(geojson ? { geojson: () => geojson(data) } : {}),
  };
}
