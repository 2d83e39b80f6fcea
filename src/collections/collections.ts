// What the build reads from content/ and how each part is checked as it loads: one definition
// for Astro's collections (src/content.config.ts) and for the in-process content check
// (check.ts), so both judge the same files by the same rules. Plain Node can import it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { chartFiles, chartIds } from '../charts/registry.ts';
import { chartRule, checkMdxFile, checkOrder, type ComponentRule } from './mdx-check.ts';
import { checkRefusedSources, readRefusedDomains } from './refused-sources.ts';
import {
  chapterSchema,
  glossarySchema,
  pageSchema,
  siteSchema,
  sourceSchema,
  translatedFrontMatter,
  translatedSiteFields,
  translatedUpdateFields,
  updateSchema,
  type Source,
} from './schemas.ts';
import { readEdition, type Edition, type EditionInput } from './editions.ts';
import { readDataFile } from './data-files.ts';
import { resolveCitations } from '../lib/citations.ts';
import { citedSources } from '../markdown/cited-sources.ts';
import type { GlossaryEntry } from './translations.ts';
import type { Lang } from '../i18n/languages.ts';
import { parse } from 'yaml';
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
export const glossaryFile = 'content/glossary.yaml';

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

/** A language's own renderings of publishers' names (content/<lang>/publishers.yaml). */
export const publishersFile = (lang: Lang) => `content/${lang}/publishers.yaml`;

/**
 * Publishers as a language shows them, by the English name the bibliography gives
 * (content/sources/*.yaml): the organisations the glossary spells its own way (TASS → «ТАСС»),
 * then the language's publishers file, for the names a reader should not meet in English
 * (government bodies, "unnamed outlets", "…, via the Internet Archive"). Names missing from both
 * are shown as written. An entry for a publisher the bibliography does not have, an empty name
 * or a name given twice fails, with the file, the entry and the field.
 */
export function publisherNames(root: string, lang: Lang, sources: readonly YamlRecord<Source>[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const record of readYamlRecords(root, glossaryFile, glossarySchema)) {
    const own = (record.data as Record<string, unknown>)[lang];
    if (record.data.kind === 'organisation' && typeof own === 'string' && own !== record.data.en) names[record.data.en] = own;
  }
  const file = publishersFile(lang);
  const path = join(root, file);
  if (!existsSync(path)) return names;
  const known = new Set(sources.flatMap((s) => [s.data.publisher, ...(s.data.original ? [s.data.original.publisher] : [])]));
  const entries: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new ContentError(`${file}: expected a list of entries (- en: … / ${lang}: …)`);
  const seen = new Set<string>();
  entries.forEach((entry: unknown, i) => {
    const at = `${file}: entry ${i + 1}`;
    const { en, [lang]: name, ...rest } = (entry ?? {}) as Record<string, unknown>;
    if (Object.keys(rest).length > 0)
      throw new ContentError(`${at}, field "${Object.keys(rest)[0]}": not a field here (only en and ${lang})`);
    if (typeof en !== 'string' || !known.has(en))
      throw new ContentError(`${at}, field "en": "${String(en)}" is no publisher in content/sources/`);
    if (typeof name !== 'string' || name.trim() === '') throw new ContentError(`${at} ("${en}"), field "${lang}": missing or empty`);
    if (seen.has(en)) throw new ContentError(`${at} ("${en}"), field "en": given twice`);
    if (en in names && names[en] !== name)
      throw new ContentError(`${at} ("${en}"), field "${lang}": the glossary spells it "${names[en]}"`);
    seen.add(en);
    names[en] = name;
  });
  return names;
}

/** The glossary (content/glossary.yaml): one spelling of each name per language, and the forms the edition check looks for. */
export function readGlossary(root: string): GlossaryEntry[] {
  return readYamlRecords(root, glossaryFile, glossarySchema).map((record) => ({
    id: record.id,
    en: record.data.en,
    forms: {
      ru: record.data.ruForms ?? [record.data.ru],
      ...(record.data.fa ? { fa: record.data.faForms ?? [record.data.fa] } : {}),
    },
  }));
}

/**
 * A language edition, read from the files under `root` and checked against the English as the
 * build reads it (src/content.config.ts) and as the in-process content check does (check.ts).
 */
export function readEditionFiles(root: string, lang: string, report?: EditionInput['report']): Edition {
  const siteText = readFileSync(join(root, siteFile), 'utf8');
  const siteData = parse(siteText) as Record<string, unknown>;
  siteSchema.parse(siteData);
  const sources = readSources(root);
  const chapters = checkMdxFolder(root, chapterFolder);
  const pages = checkMdxFolder(root, pageFolder);
  // The English first: a citation of a source that does not exist is the English file's mistake,
  // reported as the page would report it, before any translation is compared with it.
  const bibliography = new Map(sources.map((s) => [s.id, s.data]));
  for (const { file, text } of [...chapters, ...pages]) resolveCitations(citedSources(text, file, root), bibliography, file);
  return readEdition({
    root,
    lang,
    chapters,
    pages,
    frontMatter: translatedFrontMatter,
    records: [
      { path: updatesFile, text: translatedUpdateFields, records: readYamlRecords(root, updatesFile, updateSchema) },
      ...chartFiles
        .filter(({ file }) => (file.text ?? []).length > 0)
        .map(({ file }) => ({ path: file.path, text: file.text ?? [], records: readDataFile(root, file) })),
    ],
    site: { file: siteFile, data: siteData, text: translatedSiteFields },
    sources: sources.map((s) => ({
      id: s.id,
      title: s.data.title,
      lang: s.data.lang,
      note: s.data.note,
      file: s.file,
      line: s.line,
    })),
    glossary: readGlossary(root),
    ...(report ? { report } : {}),
  });
}
