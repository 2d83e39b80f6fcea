// The editions of every language besides the default (exports.spec.ts reads the English ones in
// depth): each is valid (epubcheck), says its language and direction (the PDF catalogue, the EPUB's
// package and pages, the one-file HTML), reads right to left where its language does (the EPUB
// spine's page-progression-direction), and carries the language's own typeface where it has one,
// so no letter is left to a reading system's or printer's fonts (pdffonts, the EPUB's font files).
// Numbers a PDF prints (its contents, its footer) are in the language’s digits.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { downloadFiles } from '../src/lib/edition-files.ts';
import { defaultLang, languageSpecs, publishedLanguages } from '../src/i18n/languages.ts';
import { formats, strings } from '../src/i18n/index.ts';
import { chapterSlugs } from '../src/collections/chapter-order.ts';
import { typefaces } from '../src/fonts/typefaces.ts';
import { distDir } from './lib/site.ts';

for (const lang of publishedLanguages.filter((l) => l !== defaultLang)) {
  const spec = languageSpecs[lang];
  const files = downloadFiles(lang);
  const inDist = (name: string) => `${distDir}/download/${lang}/${name}`;
  const typeface = typefaces[lang];

  test.describe(`editions in ${spec.nativeName} (${lang})`, () => {
    test('PDF: the catalogue names the language; every font is embedded, the language’s typeface among them', async () => {
      for (const file of [files.pdf, files.pdfLetter]) {
        const pdf = inDist(file.name);
        const catalogLang = (await PDFDocument.load(readFileSync(pdf))).catalog.lookup(PDFName.of('Lang'));
        expect(catalogLang instanceof PDFString ? catalogLang.decodeText() : String(catalogLang)).toBe(spec.tag);
        const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        // Columns: name, type, encoding, emb, sub, uni, object ID; "emb" is the fourth from the end.
        for (const line of fonts) expect(line.trim().split(/\s+/).at(-5), `${file.name}: ${line}`).toBe('yes');
        if (typeface)
          expect(
            fonts.some((line) => line.includes(typeface.family)),
            `${file.name} embeds ${typeface.family}`,
          ).toBe(true);
      }
    });

    test('PDF: the contents’ page numbers and the footer’s are in the language’s digits', () => {
      const digits = formats(lang).number(1234567890, { useGrouping: false });
      const ownDigits = !/[0-9]/.test(digits);
      const pdf = inDist(files.pdf.name);
      // A4 is 595 × 842 pt and the footer sits in the bottom 18 mm (51 pt): the text above it, page by page.
      const above = (page: number) =>
        execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-x', '0', '-y', '0', '-W', '595', '-H', '785', pdf, '-'], {
          encoding: 'utf8',
        });
      const contentsPage = [1, 2, 3].find((page) => above(page).includes(strings(lang).edition.contents));
      expect(contentsPage, 'a page with the contents').toBeDefined();
      const entries = above(contentsPage!);
      // Every chapter's page number, at least, is on the contents page, in the language's digits.
      expect([...entries].filter((ch) => digits.includes(ch)).length).toBeGreaterThanOrEqual(chapterSlugs().length);
      if (ownDigits) expect(entries.match(/[0-9]/g) ?? [], 'Latin digits on the contents page').toEqual([]);
      // Chromium writes the footer's page numbers in Latin digits: a language with other digits has them
      // drawn by its page-numbers cut (typefaces.ts), which must be in the file.
      if (ownDigits) {
        const cut = typeface?.pageNumbers;
        expect(cut, `${lang} writes other digits, so its typeface needs a page-numbers cut`).toBeDefined();
        const fonts = execFileSync('pdffonts', ['-f', String(contentsPage), '-l', String(contentsPage), pdf], { encoding: 'utf8' });
        expect(fonts).toContain(basename(cut!.source, '.ttf'));
      }
    });

    test('EPUB: epubcheck is clean; the package and every page say the language and direction; the typeface is inside', () => {
      const epub = inDist(files.epub.name);
      let report: string;
      try {
        report = execFileSync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', '/usr/share/java/epubcheck.jar', epub], {
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        report = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(report).toMatch(/No errors or warnings detected/);
      const archive = unzipSync(readFileSync(epub));
      const opf = strFromU8(archive['EPUB/package.opf']!);
      expect(opf).toContain(`<dc:language>${spec.tag}</dc:language>`);
      expect(/<spine([^>]*)>/.exec(opf)![1]).toBe(spec.dir === 'rtl' ? ' page-progression-direction="rtl"' : '');
      for (const [name, data] of Object.entries(archive).filter(([n]) => n.endsWith('.xhtml'))) {
        const root = /<html[^>]*>/.exec(strFromU8(data))![0];
        expect(root, name).toContain(`xml:lang="${spec.tag}"`);
        if (spec.dir === 'rtl') expect(root, name).toContain('dir="rtl"');
      }
      const fontFiles = Object.keys(archive).filter((n) => n.endsWith('.woff2'));
      expect(fontFiles.length).toBe(typeface ? typeface.faces.length : 0);
      for (const name of fontFiles) expect(opf).toContain(`href="${name.replace('EPUB/', '')}" media-type="font/woff2"`);
    });

    test('one-file HTML: its language and direction, and the typeface inside it', () => {
      const html = readFileSync(inDist(files.html.name), 'utf8');
      expect(/<html[^>]*>/.exec(html)![0]).toBe(`<html lang="${spec.tag}" dir="${spec.dir}">`);
      if (typeface) expect(html).toMatch(new RegExp(`@font-face\\{font-family:${typeface.family};src:url\\(data:font/woff2;base64,`));
    });
  });
}
