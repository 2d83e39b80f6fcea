// Every check the build makes on content, run in process on a project folder: the same readers
// and checks as the content config, the chart loader and the pages (each written once, in the
// modules imported here), in the order the build meets them. The bad-input tests
// (test/bad-input/) run each broken copy of the content through here instead of a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartSources, checkChartData } from '../charts/checks.ts';
import { resolveCitations } from '../lib/citations.ts';
import { parseSite } from '../lib/site.ts';
import { citedSources } from '../markdown/cited-sources.ts';
import { checkEmbedVersions } from '../embed/version-list.ts';
import {
  chapterFolder,
  checkMdxFolder,
  embedVersionsFile,
  pageFolder,
  publisherNames,
  readEditionFiles,
  readSources,
  siteFile,
  updatesFile,
} from './collections.ts';
import { defaultLang, languages } from '../i18n/languages.ts';
import { checkAllCited, checkUpdates } from './cross-checks.ts';
import { readChartData } from './data-files.ts';
import { locator } from './locate.ts';
import { readRefusedDomains } from './refused-sources.ts';
import { embedVersionSchema, updateSchema } from './schemas.ts';
import { readYamlRecords } from './yaml-records.ts';

/** Throws the first error the build would fail with on the content under `root`. */
export function checkContent(root: string): void {
  const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
  const { at, recordLine } = locator(read);

  // What the collections' loaders check, file by file (src/content.config.ts).
  const chapters = checkMdxFolder(root, chapterFolder);
  const pages = checkMdxFolder(root, pageFolder);
  const sources = readSources(root);
  readRefusedDomains(root);
  const updates = readYamlRecords(root, updatesFile, updateSchema);
  const data = readChartData(root);
  const versions = readYamlRecords(root, embedVersionsFile, embedVersionSchema);

  // What the pages check once everything has loaded.
  const site = parseSite(read(siteFile) ?? '', siteFile);
  const sourceIds = new Set(sources.map((s) => s.id));
  const chapterIds = new Set(chapters.map((c) => c.file.replace(/^.*\/|\.mdx$/g, '')));
  checkChartData(data, { source: sourceIds, chapter: chapterIds }, { lineOf: recordLine });
  checkUpdates(updates, { chapters: chapterIds, sources: sourceIds, coverageUntil: site.coverageUntil }, at);
  const bibliography = new Map(sources.map((s) => [s.id, s.data]));
  const used = new Set<string>();
  for (const { file, text } of [...chapters, ...pages]) {
    for (const note of resolveCitations(citedSources(text, file, root), bibliography, file)) used.add(note.id);
  }
  for (const update of updates) for (const id of update.data.sources) used.add(id);
  for (const id of chartSources(data)) used.add(id);
  checkAllCited(sources, used, at);
  checkEmbedVersions(versions, frozenFiles(root), at);
  // Each language edition, against the English (what the editions collection checks at build).
  for (const lang of languages)
    if (lang !== defaultLang) {
      readEditionFiles(root, lang);
      publisherNames(root, lang, sources);
    }
}

/** The text of every content/embeds/<chart>/<file>.html, by its path from the project root. */
function frozenFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const dir = join(root, 'content', 'embeds');
  for (const chart of readdirSync(dir, { withFileTypes: true })) {
    if (!chart.isDirectory()) continue;
    for (const entry of readdirSync(join(dir, chart.name), { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html'))
        files.set(`content/embeds/${chart.name}/${entry.name}`, readFileSync(join(dir, chart.name, entry.name), 'utf8'));
      // An edition's versions: content/embeds/<chart>/<lang>/v<n>.html.
      if (entry.isDirectory())
        for (const name of readdirSync(join(dir, chart.name, entry.name)).filter((n) => n.endsWith('.html')))
          files.set(`content/embeds/${chart.name}/${entry.name}/${name}`, readFileSync(join(dir, chart.name, entry.name, name), 'utf8'));
    }
  }
  return files;
}
