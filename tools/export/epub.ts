// Packs a finished book (sections already rendered to XHTML fragments) into an EPUB 3 file.
// Pure apart from reading the default stylesheet: no clock, no randomness, so the same book
// always gives the same bytes. Runs under Vitest and under plain Node type stripping.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { codePoint, escapeXml as escapeText, notXml } from '../../src/lib/xml.ts';

export interface EpubSection {
  /**
   * File name stem and manifest id, e.g. 'chapter-1' → chapter-1.xhtml. [a-z0-9-] only, starting
   * with a letter (a manifest id is an XML id). 'cover' and 'nav' are taken by the package itself.
   */
  id: string;
  /** Shown in the navigation document (table of contents). */
  title: string;
  /** The content of <body>: a well-formed XHTML fragment, XHTML namespace implied (elements may carry xmlns="http://www.w3.org/1999/xhtml" already, as XMLSerializer writes them). Links to other sections are already written as '<id>.xhtml#anchor'. */
  body: string;
  /** epub:type landmark for the nav landmarks list, e.g. 'bodymatter' for the first chapter, 'backmatter' … optional. */
  landmark?: 'bodymatter' | 'backmatter' | 'frontmatter';
}

/** schema.org accessibility metadata (EPUB Accessibility 1.1). Each field replaces its default. */
export interface EpubAccessibility {
  /** Default: 'textual', 'visual'. */
  accessModes?: readonly string[];
  /** Default: 'textual' (charts carry a text title, description and data table). */
  accessModesSufficient?: readonly string[];
  /** Default: tableOfContents, readingOrder, structuralNavigation, alternativeText, longDescription, displayTransformability. */
  features?: readonly string[];
  /** Default: 'none'. */
  hazards?: readonly string[];
  /** Default: a sentence describing the defaults above. */
  summary?: string;
}

/** Words the package itself writes (navigation headings, landmark labels). Default: English. */
export interface EpubLabels {
  contents?: string;
  landmarks?: string;
  cover?: string;
}

export interface EpubBook {
  /** Stable unique identifier, e.g. 'urn:uuid:…' (derive nothing random: the same book must give the same id). */
  identifier: string;
  title: string;
  language: string; // 'en'
  /** The text's direction: `rtl` sets every page's `dir` and the spine's page-progression-direction. Left to right when left out. */
  dir?: 'ltr' | 'rtl';
  /** Font files the stylesheet names (`url(fonts/<name>)`), packaged under fonts/: a typeface the reading system may not have. */
  fonts?: readonly { name: string; data: Uint8Array; mediaType: 'font/woff2' }[];
  /** CSS put before the stylesheet: the @font-face rules for `fonts` and the font stack that names them. */
  fontCss?: string;
  creator: string; // publisher desk name
  publisher: string;
  description: string;
  rights: string; // e.g. 'CC BY 4.0'
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Last modification, YYYY-MM-DDThh:mm:ssZ (dcterms:modified). */
  modified: string;
  cover: { image: Uint8Array; mediaType: 'image/png'; alt: string };
  sections: EpubSection[];
  /** CSS text for every page. Default: the contents of epub.css next to this module. */
  stylesheet?: string;
  accessibility?: EpubAccessibility;
  labels?: EpubLabels;
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const OPS_NS = 'http://www.idpf.org/2007/ops';
/** Everything but the mimetype and container lives in this folder, so section links stay relative. */
const ROOT = 'EPUB/';
const RESERVED_IDS = new Set(['cover', 'nav', 'cover-image', 'css']);

/** The .epub as bytes: mimetype first and stored (uncompressed), then everything else deflated. */
export function buildEpub(book: EpubBook): Uint8Array {
  checkBook(book);
  const labels = { contents: 'Contents', landmarks: 'Landmarks', cover: 'Cover', ...definedOnly(book.labels) };
  const stylesheet = `${book.fontCss ?? ''}${book.stylesheet ?? defaultStylesheet()}`;

  // Insertion order is archive order: fflate writes entries in object key order.
  const files: Zippable = {
    // OCF: the first entry, stored, so a reader can sniff the type at a fixed offset.
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(containerXml()),
    [`${ROOT}package.opf`]: strToU8(packageDocument(book)),
    [`${ROOT}nav.xhtml`]: strToU8(navDocument(book, labels)),
    [`${ROOT}cover.xhtml`]: strToU8(coverDocument(book)),
    [`${ROOT}cover.png`]: book.cover.image,
    [`${ROOT}style.css`]: strToU8(stylesheet),
  };
  for (const font of book.fonts ?? []) files[`${ROOT}fonts/${font.name}`] = font.data;
  for (const section of book.sections) {
    files[`${ROOT}${section.id}.xhtml`] = strToU8(sectionDocument(section, book.language, book.dir));
  }
  return zipSync(files, { level: 9, mtime: zipTime(book.modified) });
}

/** Text for an XML text node or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/FFFF): escaping cannot help.
  const bad = new RegExp(notXml.source, 'u').exec(text);
  if (bad) throw new Error(`EPUB: text contains a character XML does not allow (${codePoint(bad[0])}) in "${text.slice(0, 60)}"`);
  return escapeText(text);
}

/** Manifest properties a content document needs, from what its markup contains. */
export function contentProperties(body: string): string[] {
  // Comments and CDATA can mention "<svg" without drawing anything; OPF-015 would flag the property.
  const markup = body.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const properties: string[] = [];
  if (/<(?:[\w.-]+:)?math[\s/>]/.test(markup)) properties.push('mathml');
  if (/<(?:[\w.-]+:)?script[\s/>]/.test(markup)) properties.push('scripted');
  if (/<(?:[\w.-]+:)?svg[\s/>]/.test(markup)) properties.push('svg');
  return properties;
}

function checkBook(book: EpubBook): void {
  const required = ['identifier', 'title', 'language', 'creator', 'publisher', 'description', 'rights'] as const;
  for (const key of required) {
    if (book[key].trim() === '') throw new Error(`EPUB: book.${key} is empty`);
  }
  // epubcheck warns (OPF-085) about a urn:uuid that is not a UUID.
  if (
    /^urn:uuid:/i.test(book.identifier) &&
    !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(book.identifier)
  ) {
    throw new Error(`EPUB: book.identifier "${book.identifier}" is not a valid urn:uuid`);
  }
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(book.language))
    throw new Error(`EPUB: book.language "${book.language}" is not a language tag`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(book.published) || !isCalendarDate(book.published)) {
    throw new Error(`EPUB: book.published "${book.published}" must be a date, YYYY-MM-DD`);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(book.modified) || !isCalendarDate(book.modified.slice(0, 10))) {
    throw new Error(`EPUB: book.modified "${book.modified}" must be a UTC time, YYYY-MM-DDThh:mm:ssZ`);
  }
  if (book.cover.alt.trim() === '') throw new Error('EPUB: the cover image needs alt text');
  if (!isPng(book.cover.image)) throw new Error('EPUB: book.cover.image is not a PNG');
  if (book.sections.length === 0) throw new Error('EPUB: the book has no sections');
  const seen = new Set<string>();
  for (const section of book.sections) {
    if (!/^[a-z][a-z0-9-]*$/.test(section.id)) {
      throw new Error(`EPUB: section id "${section.id}" must be lower-case letters, digits and hyphens, starting with a letter`);
    }
    if (RESERVED_IDS.has(section.id)) throw new Error(`EPUB: section id "${section.id}" is used by the package itself; choose another`);
    if (seen.has(section.id)) throw new Error(`EPUB: two sections have the id "${section.id}"`);
    seen.add(section.id);
    if (section.title.trim() === '') throw new Error(`EPUB: section "${section.id}" has no title`);
    // A whole document where a fragment belongs would nest <html> in <body>.
    if (/^\s*<(?:\?xml|!DOCTYPE|html[\s>]|body[\s>])/i.test(section.body)) {
      throw new Error(`EPUB: section "${section.id}" body must be the content of <body>, not a whole document`);
    }
  }
}

function isCalendarDate(ymd: string): boolean {
  const [y = NaN, m = NaN, d = NaN] = ymd.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isPng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * Zip entry time. Zip stores local wall-clock fields and fflate reads them from the Date in the
 * machine's time zone, so build the Date from local fields: the same bytes in every time zone.
 * Noon, because no time zone skips noon for a daylight-saving change.
 */
function zipTime(modified: string): Date {
  const [y = 1980, m = 1, d = 1] = modified.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

let cachedStylesheet: string | undefined;
function defaultStylesheet(): string {
  cachedStylesheet ??= readFileSync(new URL('./epub.css', import.meta.url), 'utf8');
  return cachedStylesheet;
}

function containerXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="${ROOT}package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;
}

function packageDocument(book: EpubBook): string {
  const a11y = accessibility(book.accessibility);
  const meta = (property: string, value: string) => `    <meta property="${property}">${escapeXml(value)}</meta>`;
  const items = [
    item('nav', 'nav.xhtml', 'application/xhtml+xml', ['nav']),
    item('cover', 'cover.xhtml', 'application/xhtml+xml', []),
    item('cover-image', 'cover.png', book.cover.mediaType, ['cover-image']),
    item('css', 'style.css', 'text/css', []),
    ...(book.fonts ?? []).map((font, i) => item(`font-${i + 1}`, `fonts/${font.name}`, font.mediaType, [])),
    ...book.sections.map((s) => item(s.id, `${s.id}.xhtml`, 'application/xhtml+xml', contentProperties(s.body))),
  ];
  // Cover, then the contents page, then the text: the order of a printed book, and a reader that
  // opens at the start shows the cover. Everything is linear so every page is reachable by paging.
  const spine = ['cover', 'nav', ...book.sections.map((s) => s.id)].map((id) => `    <itemref idref="${id}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${escapeXml(book.language)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="pub-id">${escapeXml(book.identifier)}</dc:identifier>
    <dc:title>${escapeXml(book.title)}</dc:title>
    <dc:language>${escapeXml(book.language)}</dc:language>
    <dc:creator>${escapeXml(book.creator)}</dc:creator>
    <dc:publisher>${escapeXml(book.publisher)}</dc:publisher>
    <dc:description>${escapeXml(book.description)}</dc:description>
    <dc:rights>${escapeXml(book.rights)}</dc:rights>
    <dc:date>${book.published}</dc:date>
${meta('dcterms:modified', book.modified)}
${[
  ...a11y.accessModes.map((v) => meta('schema:accessMode', v)),
  ...a11y.accessModesSufficient.map((v) => meta('schema:accessModeSufficient', v)),
  ...a11y.features.map((v) => meta('schema:accessibilityFeature', v)),
  ...a11y.hazards.map((v) => meta('schema:accessibilityHazard', v)),
  meta('schema:accessibilitySummary', a11y.summary),
].join('\n')}
    <!-- For EPUB 2 era readers (older Kindle and Kobo firmware) that look for the cover this way. -->
    <meta name="cover" content="cover-image"/>
  </metadata>
  <manifest>
${items.join('\n')}
  </manifest>
  <spine${book.dir === 'rtl' ? ' page-progression-direction="rtl"' : ''}>
${spine.join('\n')}
  </spine>
</package>
`;
}

function item(id: string, href: string, mediaType: string, properties: readonly string[]): string {
  const props = properties.length > 0 ? ` properties="${properties.join(' ')}"` : '';
  return `    <item id="${id}" href="${escapeXml(href)}" media-type="${mediaType}"${props}/>`;
}

function accessibility(given: EpubAccessibility | undefined): Required<EpubAccessibility> {
  return {
    accessModes: ['textual', 'visual'],
    accessModesSufficient: ['textual'],
    features: ['tableOfContents', 'readingOrder', 'structuralNavigation', 'alternativeText', 'longDescription', 'displayTransformability'],
    hazards: ['none'],
    summary:
      'Every chart has a text title and description and comes with its data as a table; the cover image has a text alternative. ' +
      'The text follows the reading system’s font, size and colour settings. No flashing, motion or sound.',
    ...definedOnly(given),
  };
}

/** The XHTML shell shared by every page. */
function xhtml(language: string, title: string, body: string, bodyType?: string, dir?: 'ltr' | 'rtl'): string {
  const lang = escapeXml(language);
  const type = bodyType ? ` epub:type="${bodyType}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML_NS}" xmlns:epub="${OPS_NS}" lang="${lang}" xml:lang="${lang}"${dir === 'rtl' ? ' dir="rtl"' : ''}>
<head>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body${type}>
${body}
</body>
</html>
`;
}

function sectionDocument(section: EpubSection, language: string, dir?: 'ltr' | 'rtl'): string {
  return xhtml(language, section.title, section.body, section.landmark, dir);
}

function coverDocument(book: EpubBook): string {
  const body = `<section class="cover" epub:type="cover">
<img src="cover.png" alt="${escapeXml(book.cover.alt)}" role="doc-cover"/>
</section>`;
  return xhtml(book.language, book.title, body, undefined, book.dir);
}

function navDocument(book: EpubBook, labels: Required<EpubLabels>): string {
  const link = (href: string, text: string, type?: string) =>
    `<li><a${type ? ` epub:type="${type}"` : ''} href="${escapeXml(href)}">${escapeXml(text)}</a></li>`;
  const toc = book.sections.map((s) => link(`${s.id}.xhtml`, s.title));
  // Landmarks: cover, contents, then the first section of each kind; bodymatter falls back to the
  // first section so "go to start" always works.
  const landmarks = [link('cover.xhtml', labels.cover, 'cover'), link('nav.xhtml#toc', labels.contents, 'toc')];
  for (const type of ['frontmatter', 'bodymatter', 'backmatter'] as const) {
    const first = book.sections.find((s) => s.landmark === type) ?? (type === 'bodymatter' ? book.sections[0] : undefined);
    if (first) landmarks.push(link(`${first.id}.xhtml`, first.title, type));
  }
  const body = `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-heading">
<h1 id="toc-heading">${escapeXml(labels.contents)}</h1>
<ol>
${toc.join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-heading" hidden="hidden">
<h2 id="landmarks-heading">${escapeXml(labels.landmarks)}</h2>
<ol>
${landmarks.join('\n')}
</ol>
</nav>`;
  return xhtml(book.language, labels.contents, body, undefined, book.dir);
}
