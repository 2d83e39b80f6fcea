// The PDF: Chromium prints the combined document (vector charts, selectable text, tagged, with
// bookmarks from the headings). A first pass finds on which page each part starts, from the PDF's
// own bookmarks; the second pass prints the contents with those page numbers. pdf-lib then writes
// the metadata Chromium leaves out (author, language, subject, dates).
import type { Browser } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { Edition } from './edition.ts';
import { combinedDocument, type BookFacts } from './html.ts';
import { esc } from '../../src/charts/svg.ts';
import { pageNumberCharacters } from '../../src/fonts/subset.ts';

export type Paper = 'A4' | 'Letter';

export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

/** Every bookmark in the PDF, in order, with the page it opens (1-based). */
export async function readBookmarks(bytes: Uint8Array): Promise<Bookmark[]> {
  const pdf = await PDFDocument.load(bytes);
  const pageOf = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const named = namedDestinations(pdf);
  const marks: Bookmark[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    let item = first instanceof PDFDict ? first : undefined;
    while (item) {
      const title = item.lookup(PDFName.of('Title'));
      let dest = item.lookup(PDFName.of('Dest')) ?? (item.lookup(PDFName.of('A')) as PDFDict | undefined)?.lookup(PDFName.of('D'));
      if (dest instanceof PDFString || dest instanceof PDFHexString || dest instanceof PDFName)
        dest = named.get(dest instanceof PDFName ? dest.decodeText() : dest.decodeText());
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      if ((title instanceof PDFString || title instanceof PDFHexString) && target instanceof PDFRef) {
        marks.push({ title: title.decodeText().trim(), page: pageOf.get(target.toString()) ?? 0, depth });
      }
      walk(item.lookup(PDFName.of('First')), depth + 1);
      const next = item.lookup(PDFName.of('Next'));
      item = next instanceof PDFDict ? next : undefined;
    }
  };
  const outlines = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')), 0);
  return marks;
}

/** Named destinations (Chromium may point bookmarks at names rather than pages). */
function namedDestinations(pdf: PDFDocument): Map<string, PDFArray> {
  const found = new Map<string, PDFArray>();
  const visit = (node: PDFObject | undefined) => {
    if (!(node instanceof PDFDict)) return;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = names.lookup(i);
        let value = names.lookup(i + 1);
        if (value instanceof PDFDict) value = value.lookup(PDFName.of('D'));
        if ((key instanceof PDFString || key instanceof PDFHexString) && value instanceof PDFArray) found.set(key.decodeText(), value);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i += 1) visit(kids.lookup(i));
  };
  const names = pdf.catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) visit(names.lookup(PDFName.of('Dests')));
  return found;
}

async function print(browser: Browser, html: string, facts: BookFacts, paper: Paper): Promise<Uint8Array> {
  const context = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
  const page = await context.newPage();
  // Nothing may leave the document: every style and drawing is inline.
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  // The header and footer are drawn in a face only when the document has loaded it and the template
  // declares it too (src/fonts/embedded.ts): Persian page numbers come from a cut of Vazirmatn
  // that draws 0–9 as ۰–۹, since Chromium writes them in Latin digits whatever the language.
  // (The rules go into the markup: scripts are off here, and addStyleTag waits on an onload.)
  const furniture = facts.pageFurniture;
  const furnitureCss = furniture.css ? `<style>${furniture.css}</style>` : '';
  if (furnitureCss && !html.includes('</head>')) throw new Error('export: the PDF document has no </head> for its header and footer fonts');
  await page.setContent(furnitureCss ? html.replace('</head>', `${furnitureCss}</head>`) : html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.evaluate(
    async ([header, footer, title, numbers]) => {
      await Promise.all([document.fonts.load(`8pt ${header}`, title), document.fonts.load(`8pt ${footer}`, numbers)]);
    },
    [furniture.header, furniture.footer, facts.title, pageNumberCharacters] as const,
  );
  // A typeface inside the document (Persian) is decoded before printing, so no page is set in a stand-in.
  await page.evaluate(() => document.fonts.ready);
  const style = (family: string, align: string) =>
    `font-family: ${family}; font-size: 8pt; color: #444; width: 100%; margin: 0 16mm; text-align: ${align};`;
  const bytes = await page.pdf({
    format: paper,
    printBackground: true,
    margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    headerTemplate: `${furnitureCss}<div lang="${esc(facts.lang)}" dir="${facts.dir}" style="${esc(style(furniture.header, 'start'))}">${esc(facts.title)}</div>`,
    footerTemplate: `${furnitureCss}<div lang="${esc(facts.lang)}" dir="${facts.dir}" style="${esc(style(furniture.footer, 'end'))}"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    outline: true,
    tagged: true,
  });
  await context.close();
  return new Uint8Array(bytes);
}

/**
 * The letters of a heading, in any order: Chromium writes a right-to-left heading's bookmark in
 * visual order (its words reversed, and the words either side of a line break run together), so a
 * Persian bookmark is found by its letters and then given its heading's text (`rightToLeftOutline`).
 */
const lettersOf = (text: string) => [...text.replace(/\s+/g, '')].sort().join('');
const sameLetters = (a: string, b: string) => lettersOf(a) === lettersOf(b);

/** The text of every heading in a document, in order. */
function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , inner]) =>
    inner!
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Gives each bookmark of a right-to-left document its heading's text in reading order. */
function rightToLeftOutline(pdf: PDFDocument, headings: readonly string[]): void {
  const unused = [...headings];
  const walk = (first: PDFObject | undefined) => {
    let item = first instanceof PDFDict ? first : undefined;
    while (item) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const at = unused.findIndex((heading) => sameLetters(heading, title.decodeText()));
        if (at >= 0) item.set(PDFName.of('Title'), PDFHexString.fromText(unused.splice(at, 1)[0]!));
      }
      walk(item.lookup(PDFName.of('First')));
      const next = item.lookup(PDFName.of('Next'));
      item = next instanceof PDFDict ? next : undefined;
    }
  };
  const outlines = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')));
}

/** Page on which each part starts, from the bookmarks of its heading. */
function partPages(edition: Edition, marks: Bookmark[]): Map<string, number> {
  const pages = new Map<string, number>();
  for (const part of edition.parts) {
    const mark = marks.find((m) => m.title === part.title || sameLetters(m.title, part.title));
    if (!mark)
      throw new Error(
        `export: no PDF bookmark for "${part.title}" (bookmarks: ${marks
          .map((m) => m.title)
          .slice(0, 12)
          .join(' | ')} …)`,
      );
    pages.set(part.id, mark.page);
  }
  return pages;
}

export async function printEdition(
  browser: Browser,
  edition: Edition,
  facts: BookFacts,
  editionCss: string,
  paper: Paper,
  date: Date,
): Promise<Uint8Array> {
  const first = await print(browser, combinedDocument(edition, facts, editionCss), facts, paper);
  let pages = partPages(edition, await readBookmarks(first));
  let bytes = await print(browser, combinedDocument(edition, facts, editionCss, pages), facts, paper);
  // The numbers themselves could, in theory, move a page break: check, and print once more if so.
  const check = partPages(edition, await readBookmarks(bytes));
  if ([...check].some(([id, page]) => pages.get(id) !== page)) {
    pages = check;
    bytes = await print(browser, combinedDocument(edition, facts, editionCss, pages), facts, paper);
  }
  const pdf = await PDFDocument.load(bytes);
  if (facts.dir === 'rtl') rightToLeftOutline(pdf, headingTexts(combinedDocument(edition, facts, editionCss, pages)));
  pdf.setTitle(facts.headline, { showInWindowTitleBar: true });
  pdf.setAuthor(facts.publisher);
  pdf.setSubject(facts.standfirst);
  pdf.setKeywords([...facts.t.edition.keywords]);
  pdf.setLanguage(facts.lang);
  pdf.setCreator(`${facts.title} (${facts.url})`);
  pdf.setProducer('Chromium, through Playwright; metadata by pdf-lib');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  return pdf.save();
}
