// Astro's content collections. The schemas live in ./content/schemas.ts so unit tests share them.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { ContentError, readYamlRecords, type YamlRecord } from './content/yaml-records.ts';
import { readCsvRecords, type CsvOptions } from './content/csv-records.ts';
import { chapterSchema, embedVersionSchema, pageSchema, refusedSourceSchema, sourceSchema, updateSchema } from './content/schemas.ts';
import { checkRefusedSources, readRefusedDomains, refusedSourcesFile } from './content/refused-sources.ts';
import { checkOnePagePerSource } from './content/source-urls.ts';
import { armsDealsFile, armsTivFile, timelineFile, treatyComparisonFile, treatyScopeFile } from './content/data-files.ts';
import { chartRule, checkMdxFile, checkOrder, type ComponentRule } from './content/mdx-check.ts';
import { chartIds } from './charts/ids.ts';

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
const csvRecords = <S extends z.ZodType>(target: string, options: CsvOptions<S>) =>
  records('csv-records', target, (root) => readCsvRecords(root, target, options), true);

interface MdxOptions {
  schema: z.ZodType;
  /** The components the pages rendering these files provide (src/pages/[chapter].astro). */
  components?: Record<string, ComponentRule>;
  /** Chapters: their `order` fields must run 1, 2, 3… */
  ordered?: boolean;
}

/**
 * Astro's glob loader, but stricter: a file the pattern would skip (a chapter saved as .md, say)
 * fails the build, and each file is checked first (mdx-check.ts) so that a mistake is reported
 * with its file, line and field rather than in Astro's words.
 */
function mdxFiles(dir: string, options: MdxOptions): Loader {
  const inner = glob({ pattern: '*.mdx', base: `./${dir}` });
  return {
    name: 'mdx-files',
    load: async (context) => {
      const names = readdirSync(join(fileURLToPath(context.config.root), dir));
      const stray = names.filter((name) => !name.endsWith('.mdx') && !name.startsWith('.'));
      if (stray.length > 0)
        throw new ContentError(`${dir}/${stray[0]}: not an .mdx file, so it would not be published; rename it or move it out of ${dir}/`);
      const checked = names
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => {
          const file = `${dir}/${name}`;
          const { data, lines } = checkMdxFile(
            readFileSync(join(fileURLToPath(context.config.root), file), 'utf8'),
            file,
            options.schema,
            options.components,
          );
          return { file, order: (data as { order?: number }).order ?? 0, line: lines.get('order') ?? 1 };
        });
      if (options.ordered) checkOrder(checked);
      await inner.load(context);
    },
  };
}

export const collections = {
  chapters: defineCollection({
    loader: mdxFiles('content/chapters', { schema: chapterSchema, components: { Chart: chartRule(chartIds) }, ordered: true }),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: mdxFiles('content/pages', { schema: pageSchema }),
    schema: pageSchema,
  }),
  // Every source is checked against the refused domains (content/refused-sources.yaml) as it loads.
  sources: defineCollection({
    loader: records('yaml-records', 'content/sources', (root) => {
      const sources = readYamlRecords(root, 'content/sources', sourceSchema);
      checkRefusedSources(sources, readRefusedDomains(root));
      checkOnePagePerSource(sources);
      return sources;
    }),
    schema: sourceSchema,
  }),
  refusedSources: defineCollection({
    loader: records('yaml-records', refusedSourcesFile, (root) => readRefusedDomains(root)),
    schema: refusedSourceSchema,
  }),
  updates: defineCollection({ loader: yamlRecords('content/updates.yaml', updateSchema), schema: updateSchema }),
  // Chart data. The loaders validate every record (and turn CSV text into numbers); Astro stores
  // the result as is, with each record's place in its file (src/charts/load.ts restores the order).
  armsTiv: defineCollection({ loader: csvRecords(armsTivFile.path, armsTivFile.options) }),
  armsDeals: defineCollection({ loader: csvRecords(armsDealsFile.path, armsDealsFile.options) }),
  treatyScope: defineCollection({ loader: yamlRecords(treatyScopeFile.path, treatyScopeFile.schema, true) }),
  treatyComparison: defineCollection({ loader: yamlRecords(treatyComparisonFile.path, treatyComparisonFile.schema, true) }),
  timeline: defineCollection({ loader: yamlRecords(timelineFile.path, timelineFile.schema, true) }),
  // Frozen versions of the chart embeds (/embed/<chart>/v<n>/); their markup sits beside the list.
  embedVersions: defineCollection({ loader: yamlRecords('content/embeds/versions.yaml', embedVersionSchema), schema: embedVersionSchema }),
};
