// Astro's content collections. What each reads and how it is checked lives in ./content/ (the
// schemas in schemas.ts, the folders and files in collections.ts, each chart's data in its folder
// under ./charts/), so the in-process content check (./collections/check.ts) runs the same code.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { datesInBothCalendarsDeep } from './i18n/dates-in-text.ts';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { readYamlRecords, type YamlRecord } from './collections/yaml-records.ts';
import { embedVersionSchema, refusedSourceSchema, sourceSchema, updateSchema } from './collections/schemas.ts';
import { readRefusedDomains, refusedSourcesFile } from './collections/refused-sources.ts';
import { readDataFile } from './collections/data-files.ts';
import {
  chapterFolder,
  checkMdxFolder,
  embedVersionsFile,
  pageFolder,
  publisherNames,
  readEditionFiles,
  readSources,
  sourcesDir,
  updatesFile,
  type MdxFolder,
} from './collections/collections.ts';
import { chartFiles } from './charts/registry.ts';
import { defaultLang, languages } from './i18n/languages.ts';

/**
 * A loader for record lists (YAML or CSV) that fails loudly instead of skipping a bad record.
 * Astro returns entries sorted by id, so chart data (whose order the editor chose) also keeps
 * its place in the file as `fileOrder`.
 */
function records(name: string, target: string, read: (root: string) => YamlRecord<unknown>[], keepOrder = false): Loader {
  return {
    name,
    load: async (context) => {
      const { store, config, watcher } = context;
      const list = read(fileURLToPath(config.root));
      store.clear();
      for (const [fileOrder, record] of list.entries()) {
        const fields = record.data as Record<string, unknown>;
        const data = await context.parseData({ id: record.id, data: keepOrder ? { ...fields, fileOrder } : fields, filePath: record.file });
        store.set({ id: record.id, data, filePath: record.file });
      }
      watcher?.add(target);
    },
  };
}

const yamlRecords = (target: string, schema: z.ZodType, keepOrder = false) =>
  records('yaml-records', target, (root) => readYamlRecords(root, target, schema), keepOrder);

/**
 * Astro's glob loader, but stricter: a file the pattern would skip (a chapter saved as .md, say)
 * fails the build, and each file is checked first (collections.ts) so that a mistake is reported
 * with its file, line and field rather than in Astro's words.
 */
function mdxFiles(folder: MdxFolder): Loader {
  const inner = glob({ pattern: '*.mdx', base: `./${folder.dir}` });
  return {
    name: 'mdx-files',
    load: async (context) => {
      checkMdxFolder(fileURLToPath(context.config.root), folder);
      await inner.load(context);
    },
  };
}

// Chart data, one collection per file each chart declares (src/charts/<id>/chart.ts). The loaders
// validate every record (and turn CSV text into numbers); Astro stores the result as is, with each
// record's place in its file (src/charts/load.ts restores the order).
const chartCollections = Object.fromEntries(
  chartFiles.map(({ file, collection }) => [
    collection,
    defineCollection({ loader: records(`${file.format}-records`, file.path, (root) => readDataFile(root, file), true) }),
  ]),
);

/**
 * Each language edition (src/collections/editions.ts), read and checked against the English: one
 * entry per language but the default, holding its translated words by English file and record.
 * Its chapters and pages are also a collection of their own (translations), so Astro renders them.
 */
const editions = defineCollection({
  loader: {
    name: 'editions',
    load: async (context) => {
      const { store, config, watcher } = context;
      const root = fileURLToPath(config.root);
      store.clear();
      for (const lang of languages.filter((l) => l !== defaultLang)) {
        const edition = readEditionFiles(root, lang);
        // Checked as written (Gregorian days, as the English has them); published with each day in both calendars where the language writes both.
        const data = datesInBothCalendarsDeep(
          {
            documents: Object.fromEntries([...edition.documents].map(([file, doc]) => [file, { file: doc.file, data: doc.data }])),
            records: Object.fromEntries([...edition.records].map(([file, byId]) => [file, Object.fromEntries(byId)])),
            sources: Object.fromEntries(edition.sources),
            names: publisherNames(root, lang, readSources(root)),
          },
          lang,
        );
        store.set({ id: lang, data: await context.parseData({ id: lang, data }) });
        watcher?.add(`content/${lang}`);
      }
    },
  },
});

export const collections = {
  chapters: defineCollection({ loader: mdxFiles(chapterFolder), schema: chapterFolder.schema }),
  // The translated chapters and pages (content/<lang>/chapters/*.mdx, content/<lang>/pages/*.mdx), checked by `editions`.
  translations: defineCollection({ loader: glob({ pattern: '*/{chapters,pages}/*.mdx', base: './content' }) }),
  editions,
  pages: defineCollection({ loader: mdxFiles(pageFolder), schema: pageFolder.schema }),
  // Every source is checked against the refused domains (content/refused-sources.yaml) as it loads.
  sources: defineCollection({ loader: records('yaml-records', sourcesDir, readSources), schema: sourceSchema }),
  refusedSources: defineCollection({
    loader: records('yaml-records', refusedSourcesFile, (root) => readRefusedDomains(root)),
    schema: refusedSourceSchema,
  }),
  updates: defineCollection({ loader: yamlRecords(updatesFile, updateSchema), schema: updateSchema }),
  ...chartCollections,
  // Frozen versions of the chart embeds (/embed/<chart>/v<n>/); their markup sits beside the list.
  embedVersions: defineCollection({ loader: yamlRecords(embedVersionsFile, embedVersionSchema), schema: embedVersionSchema }),
};
