#!/usr/bin/env node
// Freezes the current embed of each chart as its next version (/embed/<chart>/v<n>/), so partners
// who embedded that version keep exactly what they published, whatever is corrected later.
//   npm run build && npm run embed:freeze -- [chart …] [--lang ru] [--note "what changed"] [--dry-run]
// --lang freezes a language edition's embeds (/ru/embed/<chart>/), whose versions run on their own
// (content/embeds/<chart>/ru/v<n>.html, listed with `lang: ru`); English when left out.
// A chart whose embed has not changed since its last version is left alone. Reads the built
// embed pages in dist/ (OUT_DIR), writes content/embeds/<chart>/v<n>.html (and v<n>.sources.html,
// the source list its note numbers link to) and appends the entry to content/embeds/versions.yaml;
// commit them all. --dry-run says what would be frozen and writes nothing.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { freezeEmbed, type FrozenFiles } from '../src/embed/frozen.ts';
import { basePath, outDir } from './lib/env.ts';
import { defaultLang, languages, type Lang } from '../src/i18n/languages.ts';

const dist = outDir();
const base = basePath();
const listFile = 'content/embeds/versions.yaml';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node tools/embed-freeze.ts [chart …] [--note "what changed"] [--dry-run]   (after a build)');
  process.exit(0);
}
const dryRun = args.includes('--dry-run');
const noteAt = args.indexOf('--note');
const note = noteAt >= 0 ? args[noteAt + 1] : undefined;
const langAt = args.indexOf('--lang');
const lang = (langAt >= 0 ? args[langAt + 1] : defaultLang) as Lang;
if (!languages.includes(lang)) fail(`--lang ${lang}: not a language of the site (${languages.join(', ')})`);
const named = args.filter((arg, i) => !arg.startsWith('--') && i !== noteAt + 1 && i !== langAt + 1);
// A language's embeds, and its frozen files, live in its own folders; its versions run on their own.
const prefix = lang === defaultLang ? '' : `${lang}/`;
const embedDir = join(dist, prefix, 'embed');
const folder = (chart: string) => `content/embeds/${chart}/${prefix}`;
const idOf = (chart: string, v: number) => (lang === defaultLang ? `${chart}-v${v}` : `${chart}-${lang}-v${v}`);
const built = existsSync(embedDir) ? readdirSync(embedDir).filter((name) => existsSync(join(embedDir, name, 'index.html'))) : [];
if (built.length === 0) fail(`no embed pages in ${embedDir}/: run npm run build first`);
const unknown = named.find((id) => !built.includes(id));
if (unknown) fail(`no chart "${unknown}" in ${embedDir}/ (charts: ${built.join(', ')})`);

interface Entry {
  id: string;
  chart: string;
  lang?: string;
  version: number;
}
let listText = readFileSync(listFile, 'utf8');
const entries = (parse(listText) ?? []) as Entry[];
const today = new Date().toISOString().slice(0, 10);
const added: string[] = [];

for (const chart of named.length ? named : built) {
  const page = readFileSync(join(embedDir, chart, 'index.html'), 'utf8');
  const sourcesPage = join(embedDir, chart, 'sources', 'index.html');
  // {{base}} in a language's frozen files stands for its part of the site (base + "ru/").
  const freeze = (v: number) =>
    freezeEmbed(page, existsSync(sourcesPage) ? readFileSync(sourcesPage, 'utf8') : undefined, chart, v, `${base}${prefix}`);
  const latest = Math.max(0, ...entries.filter((e) => e.chart === chart && (e.lang ?? defaultLang) === lang).map((e) => e.version));
  if (latest > 0 && same(freeze(latest), chart, latest)) {
    console.log(`${chart}: unchanged since v${latest}`);
    continue;
  }
  const version = latest + 1;
  const why = note ?? (version === 1 ? 'First published version.' : undefined);
  if (dryRun) {
    console.log(
      `${chart}: ${latest > 0 ? `changed since v${latest}` : 'never frozen'}; would be frozen as v${version}${why ? '' : ' (needs --note)'}`,
    );
    continue;
  }
  if (!why) fail(`${chart} changed since v${latest}: say what changed with --note "…"`);
  const files = freeze(version);
  mkdirSync(folder(chart), { recursive: true });
  writeFileSync(`${folder(chart)}v${version}.html`, files.html);
  if (files.sources !== undefined) writeFileSync(`${folder(chart)}v${version}.sources.html`, files.sources);
  entries.push({ id: idOf(chart, version), chart, lang, version });
  added.push(
    `\n- id: ${idOf(chart, version)}\n  chart: ${chart}\n${lang === defaultLang ? '' : `  lang: ${lang}\n`}  version: ${version}\n  frozen: ${today}\n  note: ${JSON.stringify(why)}\n`,
  );
  console.log(`${chart}: frozen as v${version} (${folder(chart)}v${version}.html)`);
}

if (added.length > 0) {
  listText = listText.replace(/^\[\]\s*$/m, '');
  writeFileSync(listFile, `${listText.trimEnd()}\n${added.join('')}`);
  console.log(`Updated ${listFile}. Rebuild to publish the new versions.`);
}

/** Whether version `v`'s files hold exactly `files`. */
function same(files: FrozenFiles, chart: string, v: number): boolean {
  const read = (name: string) => (existsSync(name) ? readFileSync(name, 'utf8') : undefined);
  return read(`${folder(chart)}v${v}.html`) === files.html && read(`${folder(chart)}v${v}.sources.html`) === files.sources;
}

function fail(message: string): never {
  console.error(`embed:freeze: ${message}`);
  process.exit(1);
}
