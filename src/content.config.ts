// Astro's content collections. The schemas live in ./content/schemas.ts so unit tests share them.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { readYamlRecords } from './content/yaml-records.ts';
import { chapterSchema, pageSchema, sourceSchema, updateSchema } from './content/schemas.ts';

/** A loader for YAML record lists that fails loudly (see yaml-records.ts). */
function yamlRecords(target: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-records',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const records = readYamlRecords(root, target, schema);
      store.clear();
      for (const record of records) {
        const data = await parseData({ id: record.id, data: record.data as Record<string, unknown>, filePath: record.file });
        store.set({ id: record.id, data, filePath: record.file });
      }
      watcher?.add(target);
    },
  };
}

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: pageSchema,
  }),
  sources: defineCollection({ loader: yamlRecords('content/sources', sourceSchema), schema: sourceSchema }),
  updates: defineCollection({ loader: yamlRecords('content/updates.yaml', updateSchema), schema: updateSchema }),
};
