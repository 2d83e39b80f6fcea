// What a chart folder declares, and what a chart becomes once it has its data. Types and small
// helpers only: no d3 and no Vite-only imports, so the content config (src/content.config.ts),
// the unit tests and the browser tests can all read the registry that is built from these.
import type { z } from 'astro/zod';
import type { CsvOptions } from '../collections/csv-records.ts';
import type { Lang } from '../i18n/languages.ts';
import type { ChartSvg, LayoutOptions } from './frame.ts';

// ---------------------------------------------------------------------------------------------
// chart.ts: the data side of a chart.

/**
 * A CSV table of records (content/data/*.csv). Its rows are named by their `id` column, or by
 * `idOf` when the table has none; messages then call a record a `row` rather than an `id`.
 */
export type CsvFile<S extends z.ZodType = z.ZodType> = { format: 'csv'; path: string; text?: readonly string[] } & CsvOptions<S>;
/** A YAML list of `{ id, … }` records (content/data/*.yaml). */
export interface YamlFile<S extends z.ZodType = z.ZodType> {
  format: 'yaml';
  path: string;
  schema: S;
  /**
   * The fields a reader reads (dotted for nested ones: `iran2025.text`): each language edition
   * translates them (content/<lang>/data/<file>.yaml); every other field is data, the same in all.
   */
  text?: readonly string[];
}
export type DataFile = CsvFile | YamlFile;

export const csvFile = <S extends z.ZodType>(path: string, options: CsvOptions<S> & { text?: readonly string[] }): CsvFile<S> => ({
  format: 'csv',
  path,
  ...options,
});
export const yamlFile = <S extends z.ZodType>(path: string, schema: S, text: readonly string[] = []): YamlFile<S> => ({
  format: 'yaml',
  path,
  schema,
  text,
});

/** The records of one file, each with its id, in the order of the file. */
export type Records<F extends DataFile> = (z.output<F['schema']> & { id: string })[];
/** A chart's data: the records of each of its files, under the file's key. */
export type DataOf<Files extends Record<string, DataFile>> = { [K in keyof Files]: Records<Files[K]> };

/** An id that one record gives in one field and that must exist elsewhere (a source, a chapter). */
export interface Reference {
  file: DataFile;
  /** The record's id (for a CSV table named by `idOf`, that name). */
  id: string;
  field: string;
  kind: 'source' | 'chapter';
  ids: readonly string[];
}

export interface DataChecks {
  /** The 1-based line of a record in a content file, when it can be found. */
  lineOf: (file: string, id: string) => number | undefined;
}

export interface ChartSpec<Id extends string = string, Files extends Record<string, DataFile> = Record<string, DataFile>> {
  /** Stable: it is in every URL, embed code and download name of the chart. */
  id: Id;
  /**
   * The page the chart lives in (its canonical place): a chapter's slug, or `''` for the front
   * page. Other pages may show a copy (the updates page) or point to it (ChartPointer).
   */
  page: string;
  /** The files the chart is drawn from, each read and checked record by record by the content config. */
  files: Files;
  /**
   * Every source and chapter the records name, in reading order: the build checks that each
   * exists, and the chart's source list is the sources in this order.
   */
  references: (data: DataOf<Files>) => Reference[];
  /** Checks across records that no schema can make alone; throws with file, line and field. */
  check?: (data: DataOf<Files>, context: DataChecks) => void;
}

/** Declares a chart (its folder's chart.ts); keeps the literal id, so `ChartId` lists them. */
export function defineChart<const Id extends string, Files extends Record<string, DataFile>>(
  spec: ChartSpec<Id, Files>,
): ChartSpec<Id, Files> {
  return spec;
}

/** References to sources from each record of a file: `field` names where they are written. */
export const cites = (file: DataFile, record: { id: string }, field: string, ids: readonly string[]): Reference => ({
  file,
  id: record.id,
  field,
  kind: 'source',
  ids,
});
/** A reference from a record to a chapter. */
export const placedIn = (file: DataFile, record: { id: string }, field: string, chapter: string): Reference => ({
  file,
  id: record.id,
  field,
  kind: 'chapter',
  ids: [chapter],
});

/** The sources among a chart's references, each once, in order of first citation (its source list). */
export const sourcesOf = (references: readonly Reference[]): string[] => [
  ...new Set(references.flatMap((ref) => (ref.kind === 'source' ? ref.ids : []))),
];

// ---------------------------------------------------------------------------------------------
// publication.ts: what a chart says, in each language.

/** A table cell's sources, shown as note numbers that point into the chart's source list. */
export interface TableRow {
  cells: string[];
  sources: string[];
}
export interface DataTable {
  caption: string;
  columns: string[];
  /** Index of the column that names the row (a row header for screen readers). */
  rowHeader: number;
  rows: TableRow[];
}

export interface CsvTable {
  /** Column ids: data, the same in every language (and the English file's header row). */
  columns: string[];
  /** The header row in the chart's language, one label per column; the ids when left out (English). */
  headers?: string[];
  rows: { cells: (string | number)[]; sources: string[] }[];
}

export interface Filter {
  name: string;
  legend: string;
  /** The data attribute the marks carry. */
  attribute: string;
  /** `hide` removes marks; `dim` fades them (a vertical list cannot close its gaps). */
  mode: 'hide' | 'dim';
  options: { value: string; label: string }[];
}

/** What every chart publishes beside its drawing, in one language. A chart adds the words its layout draws. */
export interface ChartText<Data> {
  /** The headline above the chart. */
  title: string;
  /** One sentence under the headline: what to look for. */
  dek: (data: Data) => string;
  notes: string[];
  tables: (data: Data) => DataTable[];
  /** The CSV download: one flat table; downloads.ts adds each row's source ids, URLs and the licence. */
  csv: (data: Data) => CsvTable;
  filters: (data: Data) => Filter[];
}

/** A chart's words in every language the site has: a language is an entry here, not code. */
export type Publication<Text> = Record<Lang, Text>;

// ---------------------------------------------------------------------------------------------
// layout.ts: the drawing.

export type ChartLayout<Data> = (data: Data, options: LayoutOptions) => ChartSvg;
/** A map's drawing as GeoJSON in longitude and latitude (layout.ts may export it as `geojson`): one more download. */
export type ChartGeoJson<Data> = (data: Data) => object;

// ---------------------------------------------------------------------------------------------
// A chart with its data: what pages, downloads, embeds and exports work with.

export interface BoundChart<Id extends string = string, Data = unknown> {
  id: Id;
  title: string;
  dek: string;
  /** As in the chart's spec: a chapter's slug, or `''` for the front page. */
  page: string;
  notes: string[];
  render: (options: LayoutOptions) => ChartSvg;
  tables: DataTable[];
  csv: CsvTable;
  sourceIds: string[];
  filters: Filter[];
  data: Data;
  /** What a map draws, as a GeoJSON FeatureCollection, for charts whose layout exports one. */
  geojson?: () => object;
}
