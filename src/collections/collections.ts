// What the build reads from content/ and how each part is checked as it loads: one definition
// for Astro's collections (src/content.config.ts) and for the in-process content check
// (check.ts), so both judge the same files by the same rules. Plain Node can import it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { chartIds } from '../charts/registry.ts';
import { chartRule, checkMdxFile, checkOrder, type ComponentRule } from './mdx-check.ts';
import { checkRefusedSources, readRefusedDomains } from './refused-sources.ts';
import { chapterSchema, pageSchema, sourceSchema, type Source } from './schemas.ts';
import { checkOnePagePerSource } from './source-urls.ts';
import { ContentError, readYamlRecords, type YamlRecord } from './yaml-records.ts';

export interface MdxFolder {
  dir: string;
  schema: z.ZodType;
  /** The components the pages rendering these files provide (src/pages/[chapter].astro). */
  components?: Record<string, ComponentRule>;
  /** Chapters: their `order` fields must run 1, 2, 3… */
  ordered?: boolean;
}

export const chapterFolder = {
  dir: 'content/chapters',
  schema: chapterSchema,
  components: { Chart: chartRule(chartIds), ChartPointer: chartRule(chartIds) },
  ordered: true,
} satisfies MdxFolder;
export const pageFolder = { dir: 'content/pages', schema: pageSchema } satisfies MdxFolder;

export const sourcesDir = 'content/sources';
export const updatesFile = 'content/updates.yaml';
export const embedVersionsFile = 'content/embeds/versions.yaml';
export const siteFile = 'content/site.yaml';

export interface CheckedMdxFile {
  /** From the project root: content/chapters/syria.mdx. */
  file: string;
  text: string;
  data: unknown;
}

/**
 * Every file of an MDX folder, checked (mdx-check.ts) so that a mistake is reported with its
 * file, line and field rather than in Astro's words; a file the build would skip (a chapter
 * saved as .md, say) is refused.
 */
export function checkMdxFolder(root: string, folder: MdxFolder): CheckedMdxFile[] {
  const { dir } = folder;
  const names = readdirSync(join(root, dir));
  const stray = names.filter((name) => !name.endsWith('.mdx') && !name.startsWith('.'));
  if (stray.length > 0)
    throw new ContentError(`${dir}/${stray[0]}: not an .mdx file, so it would not be published; rename it or move it out of ${dir}/`);
  const checked = names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = `${dir}/${name}`;
      const text = readFileSync(join(root, file), 'utf8');
      const { data, lines } = checkMdxFile(text, file, folder.schema, folder.components);
      return { file, text, data, order: (data as { order?: number }).order ?? 0, line: lines.get('order') ?? 1 };
    });
  if (folder.ordered) checkOrder(checked);
  return checked.map(({ file, text, data }) => ({ file, text, data }));
}

/** The bibliography, each source checked against the refused domains and for a second entry of the same page. */
export function readSources(root: string): YamlRecord<Source>[] {
  const sources = readYamlRecords(root, sourcesDir, sourceSchema);
  checkRefusedSources(sources, readRefusedDomains(root));
  checkOnePagePerSource(sources);
  return sources;
}
