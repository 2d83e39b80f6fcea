// Build scaling: the same site with its chapters replaced by 5, 50 and 200 generated ones, each
// built in a throwaway copy (tools/lib/build.ts). Per page time should stay flat; the
// average chapter page's HTML size shows whether any page grows with the number of chapters.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScratchProject } from '../lib/build.ts';
import { chapterPlan, generateChapters } from './generate.ts';
import { childCpuMs } from './measure.ts';
import { chapterSlugs } from '../../src/collections/chapter-order.ts';
import { filesUnder, isPageFile } from '../../src/lib/output-files.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { embedVersionsFile } from '../../src/collections/collections.ts';
import { parse, stringify } from 'yaml';

export interface ScalingRun {
  /** The real chapters, or that many generated ones. */
  content: 'real' | 'generated';
  chapters: number;
  /** Wall time of `astro build`. */
  ms: number;
  /** CPU time of `astro build` (user + system, with the processes it waited for); null off Linux. */
  cpuMs: number | null;
  /** dist/**\/index.html */
  pages: number;
  msPerPage: number;
  cpuMsPerPage: number | null;
  /** Mean size of a chapter page's HTML (uncompressed); the mix of charts moves it a little. */
  chapterHtmlBytes: number;
  /**
   * The first chapter's HTML (uncompressed): the same text and chart in every generated run, so it
   * stays flat unless something on a chapter page lists every chapter.
   */
  firstChapterHtmlBytes: number;
  /** Size of the home page's HTML, which lists every chapter by design. */
  homeHtmlBytes: number;
  /** The offline copy's line from the build: files and bytes in sw.js's precache list. */
  precache: { files: number; bytes: number } | null;
  /** Astro's own count and time ("N page(s) built in T"), which includes non-HTML routes. */
  astro: { pages: number; seconds: number } | null;
}

/** The chapter schema caps `order` at 20 (an editorial limit, not a technical one). */
export const orderCap = 'order: z.number().int().min(1).max(20)';
/** The file that caps a chapter's order, from the project root: the 50- and 200-chapter copies raise the cap there. */
export const orderCapFile = join('src', 'collections', 'schemas.ts');

/** Where the copies learn which languages to build, from the project root. */
export const languagesFile = join('src', 'i18n', 'languages.ts');

/**
 * Generated chapters have no translations, and the build refuses an edition that is out of step
 * with the English: a generated copy builds the English site alone (its languages cut to the
 * default in the copy, the other editions' folders removed). The real run keeps every language.
 */
function englishOnly(dir: string): void {
  const file = join(dir, languagesFile);
  const text = readFileSync(file, 'utf8');
  const declared = /export const languages = \[[^\]]*\] as const;/;
  const published = /export const publishedLanguages: readonly Lang\[\] = \[[^\]]*\];/;
  if (!declared.test(text) || !published.test(text))
    throw new Error(`bench: ${file} no longer declares languages as tools/bench/scaling.ts expects`);
  writeFileSync(
    file,
    text
      .replace(declared, `export const languages = ['${defaultLang}'] as const;`)
      .replace(published, `export const publishedLanguages: readonly Lang[] = ['${defaultLang}'];`),
  );
  const others = languages.filter((lang) => lang !== defaultLang);
  for (const lang of others) rmSync(join(dir, 'content', lang), { recursive: true, force: true });
  // The other languages' frozen embeds, and their entries in the list of versions.
  const embeds = join(dir, 'content', 'embeds');
  for (const chart of readdirSync(embeds, { withFileTypes: true }).filter((entry) => entry.isDirectory()))
    for (const lang of others) rmSync(join(embeds, chart.name, lang), { recursive: true, force: true });
  const versions = join(dir, embedVersionsFile);
  const list = parse(readFileSync(versions, 'utf8')) as { lang?: string }[];
  writeFileSync(versions, stringify(list.filter((entry) => entry.lang === undefined || entry.lang === defaultLang)));
}

/** Builds a copy of the site with `count` generated chapters, or with the real ones ('real'). */
export async function buildScaled(count: number | 'real', root = process.cwd()): Promise<ScalingRun> {
  const project = createScratchProject(root);
  try {
    const chaptersDir = join(project.dir, 'content', 'chapters');
    const realSlugs = chapterSlugs(join(root, 'content', 'chapters'));
    let slugs = realSlugs;
    if (count !== 'real') {
      const generated = generateChapters(count, chapterPlan(join(root, 'content'), realSlugs));
      for (const name of readdirSync(chaptersDir)) rmSync(join(chaptersDir, name));
      for (const chapter of generated) writeFileSync(join(chaptersDir, `${chapter.slug}.mdx`), chapter.mdx);
      slugs = generated.map((chapter) => chapter.slug);
      englishOnly(project.dir);
    }
    if (typeof count === 'number' && count > 20) {
      // Raised in the throwaway copy only, so the build accepts the 50 and 200 chapters.
      const schemas = join(project.dir, orderCapFile);
      const text = readFileSync(schemas, 'utf8');
      if (!text.includes(orderCap)) throw new Error(`bench: ${schemas} no longer says "${orderCap}"; update tools/bench/scaling.ts`);
      writeFileSync(schemas, text.replace(orderCap, orderCap.replace('max(20)', `max(${count})`)));
    }
    const cpuBefore = childCpuMs();
    const result = await project.build();
    const cpuAfter = childCpuMs();
    const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? Math.round(cpuAfter - cpuBefore) : null;
    if (result.code !== 0) throw new Error(`bench: the ${count}-chapter build failed:\n${result.output.slice(-3000)}`);
    const dist = join(project.dir, 'dist');
    const pages = htmlPages(dist);
    const chapterSizes = slugs.map((slug) => statSync(join(dist, slug, 'index.html')).size);
    const precache = /Offline copy \w+: (\d+) files, (\d+) bytes/.exec(result.output);
    const astro = /(\d+) page\(s\) built in ([\d.]+)s/.exec(result.output);
    return {
      content: count === 'real' ? 'real' : 'generated',
      chapters: slugs.length,
      ms: Math.round(result.ms),
      cpuMs,
      pages: pages.length,
      msPerPage: result.ms / pages.length,
      cpuMsPerPage: cpuMs === null ? null : cpuMs / pages.length,
      chapterHtmlBytes: Math.round(chapterSizes.reduce((a, b) => a + b, 0) / chapterSizes.length),
      firstChapterHtmlBytes: chapterSizes[0]!,
      homeHtmlBytes: statSync(join(dist, 'index.html')).size,
      precache: precache ? { files: Number(precache[1]), bytes: Number(precache[2]) } : null,
      astro: astro ? { pages: Number(astro[1]), seconds: Number(astro[2]) } : null,
    };
  } finally {
    project.remove();
  }
}

/** Every dist/**\/index.html, relative to dist. */
export function htmlPages(dist: string): string[] {
  return filesUnder(dist).filter(isPageFile).sort();
}
