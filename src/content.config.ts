// Astro's content collections. The schemas live in ./content/schemas.ts so unit tests share them.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { ContentError, readYamlRecords } from './content/yaml-records.ts';
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

/** Astro's glob loader, but a file the pattern would skip (a chapter saved as .md, say) fails the build. */
function mdxFiles(dir: string): Loader {
  const inner = glob({ pattern: '*.mdx', base: `./${dir}` });
  return {
    name: 'mdx-files',
    load: async (context) => {
      const stray = readdirSync(join(fileURLToPath(context.config.root), dir)).filter((name) => !name.endsWith('.mdx') && !name.startsWith('.'));
      if (stray.length > 0) throw new ContentError(`${dir}/${stray[0]}: not an .mdx file, so it would not be published; rename it or move it out of ${dir}/`);
      await inner.load(context);
    },
  };
}

export const collections = {
  chapters: defineCollection({
    loader: mdxFiles('content/chapters'),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: mdxFiles('content/pages'),
    schema: pageSchema,
  }),
  sources: defineCollection({ loader: yamlRecords('content/sources', sourceSchema), schema: sourceSchema }),
  updates: defineCollection({ loader: yamlRecords('content/updates.yaml', updateSchema), schema: updateSchema }),
};
