// The combined document: cover, contents, every part. It is the one-file HTML edition as is, and
// the page Chromium prints to PDF. Everything is inline (styles, charts, notes): it opens from disk
// and asks the network for nothing.
import type { Edition } from './edition.ts';
import { esc } from '../../src/charts/svg.ts';
import type { UiStrings } from '../../src/i18n/index.ts';
import type { PageFurnitureFonts } from '../../src/fonts/embedded.ts';

export interface BookFacts {
  title: string;
  headline: string;
  standfirst: string;
  publisher: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** "22 June 2026": how far the coverage runs. */
  coverage: string;
  coverageNote: string;
  /** "22 November 2026": the edition's date. */
  edition: string;
  /** Public address of the site. */
  url: string;
  licence: string;
  /** The interface words of the edition's language (src/i18n/). */
  t: UiStrings;
  /** The language's typeface inside the document (src/fonts/embedded.ts), where it has one. */
  fontCss?: string;
  /** The PDF's header and footer fonts (src/fonts/embedded.ts). */
  pageFurniture: PageFurnitureFonts;
  /** A whole number as the language writes it (Persian digits in Persian): the contents' page numbers. */
  number: (value: number) => string;
}

/** Contents entries: chapters numbered, then the updates and the about page. */
export function contentsEntries(edition: Edition, { t }: Pick<BookFacts, 't'>): { id: string; label: string }[] {
  return edition.parts.map((part) => ({
    id: part.id,
    label: part.kind === 'chapter' ? t.edition.numbered(part.order!, part.title) : part.title,
  }));
}

/**
 * The whole document. `pages` (part id → page number) fills the contents' page numbers for the
 * PDF; the HTML edition has none.
 */
export function combinedDocument(
  edition: Edition,
  facts: BookFacts,
  editionCss: string,
  pages: ReadonlyMap<string, number> = new Map(),
): string {
  const { t } = facts;
  const contents = contentsEntries(edition, facts)
    .map(
      ({ id, label }) =>
        `<li><a href="#${id}">${esc(label)}</a>${pages.has(id) ? `<span class="contents-page" aria-label="${esc(t.edition.pageNumber(pages.get(id)!))}">${esc(facts.number(pages.get(id)!))}</span>` : ''}</li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${esc(facts.lang)}" dir="${facts.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(facts.headline.length <= 70 ? facts.headline : facts.title)}</title>
<meta name="author" content="${esc(facts.publisher)}">
<meta name="description" content="${esc(facts.standfirst)}">
<meta name="color-scheme" content="light dark">
<style>${edition.css}</style>
<style>${editionCss}</style>${facts.fontCss ? `\n<style>${facts.fontCss}</style>` : ''}
</head>
<body class="edition">
<header class="cover">
<p class="cover-kicker">${esc(facts.title)}</p>
<h1>${esc(facts.headline)}</h1>
<p class="standfirst">${esc(facts.standfirst)}</p>
<p class="cover-coverage"><strong>${esc(t.edition.coversEventsTo(facts.coverage))}</strong> ${esc(facts.coverageNote)}</p>
<p class="cover-meta">${esc(facts.publisher)} · ${esc(t.edition.editionOf(facts.edition))} · ${esc(t.edition.onlineWithUpdates)} <a href="${esc(facts.url)}">${esc(facts.url)}</a></p>
<p class="cover-meta">${esc(facts.licence)}</p>
</header>
<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">${esc(t.edition.contents)}</h2>
<ol>
${contents}
</ol>
</nav>
<main>
${edition.parts.map((part) => part.html).join('\n')}
</main>
</body>
</html>
`;
}

/** What a file opened from disk would still fetch: must be nothing. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const [, tag, attrs] of html.matchAll(/<(link|script|img|iframe|source|video|audio|object|embed)\b([^>]*)>/gi)) {
    if (/\s(?:src|href)=/.test(attrs!)) found.push(`<${tag}${attrs}>`);
  }
  for (const [url] of html.matchAll(/url\((?!["']?(?:#|data:))[^)]*\)/g)) found.push(url);
  for (const [rule] of html.matchAll(/@import[^;]+;/g)) found.push(rule);
  return found;
}
