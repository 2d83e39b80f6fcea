#!/usr/bin/env node
// `npm run export`: the offline editions of the explainer, made from the built site, in every
// language the site has.
//   1. (npm script) astro build
//   2. this script: for each language, print the PDF (A4 and US Letter), package the EPUB, write the
//      one-file HTML, into public/download/ (English) or public/download/<lang>/, with files.json
//      (name, format, size)
//   3. this script: build again, so /download/ lists the files with their sizes and dist/download/
//      (and the offline cache) holds them.
// SITE_URL, BASE_PATH and OUT_DIR are read as the build reads them (tools/lib/env.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { astroBuild } from '../lib/build.ts';
import { launchChromium } from '../lib/chromium.ts';
import * as env from '../lib/env.ts';
import { serveBuiltSite } from '../lib/serve.ts';
import { collectEdition, epubFile } from './edition.ts';
import { combinedDocument, externalReferences, type BookFacts } from './html.ts';
import { printEdition } from './pdf.ts';
import { buildEpub } from './epub.ts';
import { editionFonts } from '../../src/fonts/embedded.ts';
import { coverPng } from './cover.ts';
import { downloadDir, downloadDirFor, downloadFiles, type DownloadManifest } from '../../src/lib/edition-files.ts';
import { siteSchema, translatedSiteFields } from '../../src/collections/schemas.ts';
import { chapterSlugs } from '../../src/collections/chapter-order.ts';
import { defaultLang, formats, isoDate, publishedLanguages, languageSpecs, strings, type Lang } from '../../src/i18n/index.ts';

const started = Date.now();
const outDir = env.outDir();
const base = env.basePath();
const publicBase = env.publicBase();

// The same facts and checks as the site (src/lib/site.ts), read without Vite: the English, with
// each edition's words (content/<lang>/site.yaml, checked against the English by the build) over it.
const site = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const prefix = (lang: Lang) => (lang === defaultLang ? '' : `${lang}/`);
function factsIn(lang: Lang): Omit<BookFacts, 'pageFurniture'> & { site: typeof site } {
  const words = lang === defaultLang ? {} : (parse(readFileSync(`content/${lang}/site.yaml`, 'utf8')) as Record<string, string>);
  const local = { ...site, ...Object.fromEntries(translatedSiteFields.filter((k) => words[k]).map((k) => [k, words[k]])) };
  const t = strings(lang);
  const date = formats(lang).date;
  return {
    site: local,
    title: local.title,
    headline: local.headline,
    standfirst: local.standfirst,
    publisher: local.publisher,
    lang: languageSpecs[lang].tag,
    dir: languageSpecs[lang].dir,
    coverage: date(site.coverageUntil),
    coverageNote: local.coverageNote,
    edition: date(site.updated),
    url: `${publicBase}${prefix(lang)}`,
    licence: t.edition.licence,
    t,
    number: (value: number) => formats(lang).number(value, { useGrouping: false }),
  };
}

const server = await serveBuiltSite(outDir, base);
const browser = await launchChromium();
try {
  const editionCss = readFileSync(new URL('./edition.css', import.meta.url), 'utf8');
  rmSync(downloadDir, { recursive: true, force: true });
  for (const lang of publishedLanguages) {
    // The English timings keep their names (the benchmark's); the others say their language.
    const label = lang === defaultLang ? '' : ` [${lang}]`;
    const fonts = await editionFonts(lang);
    const facts = { ...factsIn(lang), fontCss: fonts.documentCss, pageFurniture: fonts.pageFurniture };
    const { t } = facts;
    const dir = downloadDirFor(lang);
    mkdirSync(dir, { recursive: true });
    // Each language's pages are read from its part of the site, so their in-book links resolve there.
    const collecting = performance.now();
    const edition = await collectEdition(browser, `${server.url}${prefix(lang)}`, `${base}${prefix(lang)}`, facts.url, chapterSlugs());
    console.log(`export: time edition (pages read)${label} ${Math.round(performance.now() - collecting)} ms`);
    const files = downloadFiles(lang);
    const timed = async (format: string, make: () => Promise<Uint8Array | string> | Uint8Array | string, name: string) => {
      const start = performance.now();
      writeFileSync(join(dir, name), await make());
      // One line per format, in milliseconds: the benchmark (tools/bench/) reads them.
      console.log(`export: time ${format}${label} ${Math.round(performance.now() - start)} ms`);
    };

    await timed(
      'HTML',
      () => {
        const html = combinedDocument(edition, facts, editionCss);
        const external = externalReferences(html);
        if (external.length > 0) throw new Error(`export: the one-file HTML would fetch ${external.slice(0, 3).join(', ')}`);
        return html;
      },
      files.html.name,
    );
    await timed('PDF (A4)', () => printEdition(browser, edition, facts, editionCss, 'A4', site.updated), files.pdf.name);
    await timed('PDF (Letter)', () => printEdition(browser, edition, facts, editionCss, 'Letter', site.updated), files.pdfLetter.name);
    await timed(
      'EPUB',
      () =>
        buildEpub({
          identifier: `urn:uuid:${uuidFrom(facts.url)}`,
          title: facts.headline,
          language: facts.lang,
          dir: facts.dir,
          fonts: fonts.epub.fonts,
          fontCss: fonts.epub.css,
          creator: facts.publisher,
          publisher: facts.publisher,
          description: facts.standfirst,
          rights: 'CC BY 4.0',
          published: isoDate(site.published),
          modified: `${isoDate(site.updated)}T00:00:00Z`,
          cover: {
            image: coverPng(facts, lang),
            mediaType: 'image/png',
            alt: `${facts.headline}. ${t.edition.coversEventsTo(facts.coverage)}`,
          },
          labels: { contents: t.edition.contents, landmarks: t.edition.landmarks, cover: t.edition.cover },
          accessibility: { summary: t.edition.accessibilitySummary },
          sections: edition.parts.map((part, i) => ({
            id: epubFile(part),
            title: part.kind === 'chapter' ? t.edition.numbered(part.order!, part.title) : part.title,
            body: part.xhtml,
            ...(i === 0 ? { landmark: 'bodymatter' as const } : part.kind !== 'chapter' ? { landmark: 'backmatter' as const } : {}),
          })),
        }),
      files.epub.name,
    );

    const manifest: DownloadManifest = {
      edition: isoDate(site.updated),
      files: Object.values(files).map((file) => ({ ...file, bytes: readFileSync(join(dir, file.name)).byteLength })),
    };
    writeFileSync(join(dir, 'files.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const file of manifest.files) console.log(`export: ${prefix(lang)}${file.name}  ${(file.bytes / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
  await server.close();
}

// Build again: /download/ now lists the files, and dist/download/ holds them.
const rebuilding = performance.now();
const rebuild = await astroBuild(process.cwd(), {}, { echo: true });
if (rebuild.code !== 0) process.exit(rebuild.code);
console.log(`export: time rebuild ${Math.round(performance.now() - rebuilding)} ms`);
console.log(`export: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);

/** A stable UUID (name-based, SHA-1, version 5 layout) for the book's identifier. */
function uuidFrom(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
