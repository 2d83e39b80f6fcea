// The site's own words in English: every label, heading, note and sentence the templates, the
// embed code, the feed and the editions write around the content. Another language copies this
// file, and its type (UiStrings) makes the type checker ask for every key.
//
// Three kinds of entry:
//   - plain text;
//   - text with {placeholders}: a template passes an element for each (a link, a date), through
//     <Phrase> (src/components/Phrase.astro); a translation may move them but keeps each one;
//   - functions, for text built around numbers, dates or names. Numbers and dates go through this
//     language's formats (src/i18n/format.ts), counts through its plural rules;
//   - for the browser, which picks the form of a count itself: one text per plural form.
import type { RefusedSource, SourceKind, SourceOwnership } from '../collections/schemas.ts';
import { formats } from './format.ts';
import type { CountedForms, PluralForms } from './languages.ts';

const f = formats('en');
const n = (value: number) => f.number(value);
/** English's plural forms, as every language's table types them. */
const forms = (counted: PluralForms<'en'>): CountedForms => counted;

/** A kind of source: one of them as a noun, a heading for all of them, what the kind covers. */
interface KindWords {
  noun: string;
  plural: string;
  covers: string;
}
/**
 * Who owns or controls an outlet: `phrase` puts it around the kind's noun (given with the kind,
 * for languages whose words agree with the noun), `owner` says it as a sentence.
 */
interface OwnershipWords {
  phrase: (noun: string, kind: SourceKind) => string;
  owner: string;
}
const ownershipWords = (words: Record<SourceOwnership, OwnershipWords>) => words;

/** A source line: the publishers it names, then how many others the full list holds. */
const publisherLine = (publishers: readonly string[], more: number) =>
  more > 0 ? `${publishers.join('; ')}; and ${n(more)} other ${more === 1 ? 'publisher' : 'publishers'}.` : `${publishers.join('; ')}.`;

export const en = {
  page: {
    skipLink: 'Skip to content',
    navLabel: 'Site',
    /** The language switcher's name: links to this page in each other language. */
    languagesLabel: 'Other languages',
    nav: { chapters: 'Chapters', updates: 'Updates', about: 'About' },
    /** The theme switch, a toggle button: pressed means dark. */
    themeToggle: 'Dark theme',
    feedTitle: (siteTitle: string) => `${siteTitle}: updates and corrections`,
    /** Describes public/og-image.png, the picture link previews show. */
    ogImageAlt: 'Russia and Iran: from rivals to uneasy allies. A sourced explainer in five chapters.',
    coverage: (until: Date) => `Coverage to ${f.date(until)}.`,
    footerLinks: {
      about: 'About and method',
      sources: 'All sources',
      feed: 'Atom feed',
      download: 'Download (PDF, EPUB, HTML)',
      reuse: 'Reuse and cite',
    },
    licence: (publisher: string, published: Date, updated: Date) =>
      `Text and charts: CC BY 4.0, ${publisher}. Published ${f.date(published)}; last updated ${f.date(updated)}.`,
    /** Shown in the footer once the service worker has saved the whole site. */
    offlineSaved:
      'Saved on this device: every chapter and chart of this explainer, with its downloads and its PDF, EPUB and HTML editions in English, now opens without a connection.',
  },
  typography: {
    /** Quotation marks around a source's title. */
    quote: (text: string) => `“${text}”`,
    openQuote: '“',
    closeQuote: '”',
    /** Between the parts of a source line and the items of a list the templates write. */
    comma: ', ',
    semicolon: '; ',
  },
  byline: {
    published: 'Published {date}',
    updated: 'Updated {date}',
    coversEventsTo: 'Covers events to {date}',
  },
  home: {
    coverage: '{label} events up to {until}. Last updated {updated}. {link}.',
    coverageLabel: 'What this covers:',
    allUpdatesLink: 'See all updates and corrections',
    takeawaysHeading: 'Five things to know',
    readChapter: (order: number) => `Read chapter ${n(order)}`,
    chaptersHeading: 'The chapters',
    chapterEntry: (order: number, title: string) => `${n(order)}. ${title}`,
    latestHeading: 'Latest updates',
  },
  chapter: {
    kicker: (order: number, total: number) => `Chapter ${n(order)} of ${n(total)}`,
    readingTime: (minutes: number) => f.plural(minutes, { one: `${n(minutes)} min read`, other: `${n(minutes)} min read` }),
    tocHeading: 'In this chapter',
    navLabel: 'Chapters',
    previous: 'Previous chapter',
    backTo: 'Back to',
    allChapters: 'All chapters',
    next: 'Next chapter',
    readNext: 'Read next',
  },
  notes: {
    heading: 'Notes and sources',
    /** Before a note's number in the text, for screen readers only (the space separates it from the number). */
    inTextLabel: 'Note ',
    /** Marks the citations of one note that is cited more than once, in order. */
    citationLetters: 'abcdefghijklmnopqrstuvwxyz',
    backToCitation: (letter: string, note: number) => `Back to citation ${letter} of note ${n(note)} in the text`,
    backToNote: (note: number) => `Back to note ${n(note)} in the text`,
  },
  updateNotes: {
    heading: (count: number) => `Since this chapter’s events: ${f.plural(count, { one: 'one update', other: `${n(count)} updates` })}`,
    sources: 'Sources:',
    allUpdates: 'All updates',
  },
  updates: {
    title: 'Updates and corrections',
    description: 'Dated updates and corrections to the Russia–Iran explainer, newest first, each with its sources.',
    standfirst:
      'The chapters follow the story as it stood in January 2025, when Russia and Iran signed their treaty. What changed after that is logged here, dated and sourced, newest first. Corrections are listed the same way and never made silently.',
    coverage: 'Coverage runs to {until}. Follow new entries with the {feed}.',
    feedLink: 'Atom feed',
    kind: { update: 'Update', correction: 'Correction' },
    changes: 'Changes:',
    chapterSeparator: ', ',
    /** The summary of an entry in the Atom feed. */
    feedSummary: (body: string, chapters: string) => `${body} (Chapters: ${chapters}.)`,
  },
  about: {
    allSourcesHeading: 'All our sources',
    allSources:
      'Every source we cite is listed on the {link}, grouped by kind (news agencies, newspapers, official documents and so on), with the state-owned and state-controlled media among them marked, and with links back to each place it is cited. It also lists the sites we never cite, and why.',
    allSourcesLink: 'sources page',
  },
  notFound: {
    title: 'Page not found',
    description: "This page does not exist. The explainer's chapters are listed here.",
    intro: 'There is no page at this address. The explainer’s chapters are:',
  },
  download: {
    title: 'Download the explainer',
    description: 'The whole explainer to keep and read offline: PDF (A4 and US Letter), EPUB for e-readers, and a single HTML file.',
    standfirst:
      'All five chapters, the updates and the method, with every chart, its data table and every note, to read on a plane, on an e-reader or on paper.',
    edition:
      'Edition of {edition}, covering events to {until}. Later corrections appear on this site and in the {updates} first, then in the next edition.',
    updatesLink: 'updates',
    notBuilt: 'This copy of the site was built without its downloadable editions; they are made with {command}.',
    licence:
      'Text and charts are free to reuse under CC BY 4.0 with credit; see {link}. Each chart’s data is also available on its own, as CSV and JSON, beneath the chart.',
    licenceLink: 'reusing and citing',
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })} MB`
        : `${f.number(Math.round(bytes / 1024), { useGrouping: false })} KB`,
    /** Each edition's format and what a reader gets, as the export writes them into the download list. */
    files: {
      pdf: {
        format: 'PDF, A4',
        description: 'for printing and reading on screen; contents with page numbers, bookmarks, charts as vector graphics',
      },
      pdfLetter: { format: 'PDF, US Letter', description: 'the same, on US Letter paper' },
      epub: { format: 'EPUB 3', description: 'for e-readers; follows your reader’s font and size settings' },
      html: { format: 'HTML, one file', description: 'the whole explainer in a single web page that opens from disk with no connection' },
    },
  },
  sources: {
    title: 'All sources',
    description:
      'Every source the Russia–Iran explainer cites, grouped by kind, with who owns the state media among them and links back to every place each is cited.',
    standfirst:
      'Every source cited in the chapters, the updates, the charts and the method, grouped by what kind of source it is. Each entry says who published it, flags state-owned and state-controlled media, names the original report where a page only copies one, and links back to every place that cites it.',
    coverage: 'Coverage runs to {until}. How we choose and check sources: {link}.',
    aboutLink: 'about this explainer',
    countsHeading: 'The sources by kind',
    counts:
      '{total}, of which {stateMedia}: outlets owned, controlled or funded by a state, or affiliated with Iran’s Revolutionary Guards or its judiciary. Each of them says so wherever it is listed.',
    total: (count: number) => f.plural(count, { one: `${n(count)} source`, other: `${n(count)} sources` }),
    stateMedia: (count: number) => f.plural(count, { one: `${n(count)} is state media`, other: `${n(count)} are state media` }),
    tableCaption: 'Number of sources of each kind',
    kindColumn: 'Kind',
    countColumn: 'Sources',
    totalRow: 'All sources',
    /** After a source written in another language than the page: "In Russian." */
    inLanguage: (language: string) => `In ${language}.`,
    relays: (publisher: string) => `Relays a report by ${publisher}`,
    citedIn: 'Cited in:',
    refusedHeading: 'Sites we do not cite',
    refused:
      'Whatever a page on one of these sites says, we do not use it as a source. The build of this site fails if any source comes from one of them, or from any of their subdomains.',
    refusedCategories: {
      'pravda-network': 'The “Pravda” network',
      wikipedia: 'Wikipedia',
      'wikipedia-mirror': 'Copies of Wikipedia',
      other: 'Other',
    } satisfies Record<RefusedSource['category'], string>,
    /** A link from an entry to a place that cites it. */
    citedAt: {
      chapter: (order: number, title: string, note: number) => `Chapter ${n(order)}, “${title}”, note ${n(note)}`,
      page: (title: string, note: number) => `${title}, note ${n(note)}`,
      update: (date: Date, title: string) => `Update of ${f.date(date)}, “${title}”`,
      correction: (date: Date, title: string) => `Correction of ${f.date(date)}, “${title}”`,
      chart: (title: string, source: number) => `Chart “${title}”, source ${n(source)}`,
    },
    /** What each kind of source is called (src/lib/source-label.ts and the groups of this page). */
    kinds: {
      official: {
        noun: 'official source',
        plural: 'Official documents and statements',
        covers:
          'Governments, parliaments, ministries, courts and the United Nations, in their own words: treaty texts, records and statements.',
      },
      wire: {
        noun: 'news agency',
        plural: 'News agencies',
        covers: 'Agencies that report for other news outlets, such as the Associated Press, Reuters, AFP, TASS and IRNA.',
      },
      newspaper: { noun: 'newspaper', plural: 'Newspapers', covers: 'Newspapers and their websites.' },
      broadcaster: { noun: 'broadcaster', plural: 'Broadcasters', covers: 'Television and radio channels and their websites.' },
      magazine: { noun: 'magazine', plural: 'Magazines', covers: 'Magazines and other periodicals.' },
      online: { noun: 'news website', plural: 'News websites', covers: 'News outlets that publish only online.' },
      research: {
        noun: 'research institute',
        plural: 'Research institutes',
        covers: 'Think tanks, research institutes, the US Congressional Research Service and academic work.',
      },
      database: {
        noun: 'database',
        plural: 'Databases',
        covers: 'Databases such as SIPRI’s arms-transfer records, and collections of texts.',
      },
      reference: { noun: 'reference work', plural: 'Reference works', covers: 'Encyclopedias and similar works of reference.' },
      aggregator: {
        noun: 'site that republishes others’ reports',
        plural: 'Sites that republish others’ reports',
        covers:
          'Pages that copy or digest another outlet’s report. Each names the original; we cite a copy only where we could not find the original itself.',
      },
    } satisfies Record<SourceKind, KindWords>,
    /** Who owns or controls an outlet: "Russian state news agency"; "Owned or controlled by the Russian state." */
    ownership: ownershipWords({
      'russia-state': { phrase: (noun) => `Russian state ${noun}`, owner: 'Owned or controlled by the Russian state.' },
      'iran-state': { phrase: (noun) => `Iranian state ${noun}`, owner: 'Owned or controlled by the Iranian state.' },
      'iran-irgc': {
        phrase: (noun) => `${noun} affiliated with Iran’s Revolutionary Guards (IRGC)`,
        owner: 'Affiliated with Iran’s Islamic Revolutionary Guard Corps (IRGC).',
      },
      'iran-judiciary': { phrase: (noun) => `${noun} of Iran’s judiciary`, owner: 'Run by Iran’s judiciary.' },
      'china-state': { phrase: (noun) => `Chinese state ${noun}`, owner: 'Owned or controlled by the Chinese state.' },
      'turkey-state': { phrase: (noun) => `Turkish state ${noun}`, owner: 'Owned or controlled by the Turkish state.' },
      'qatar-state': { phrase: (noun) => `${noun} funded by the Qatari state`, owner: 'Funded by the state of Qatar.' },
      'ukraine-state': { phrase: (noun) => `Ukrainian state ${noun}`, owner: 'Owned by the Ukrainian state.' },
      'azerbaijan-state': { phrase: (noun) => `Azerbaijani state ${noun}`, owner: 'Owned or controlled by the Azerbaijani state.' },
      'other-state': { phrase: (noun) => `state-owned ${noun}`, owner: 'Owned or controlled by a state (the note says which).' },
    }),
    /** How a source's label is put together (src/lib/source-label.ts). */
    label: {
      /** "TASS, Russian state news agency". */
      described: (name: string, description: string) => `${name}, ${description}`,
      /** Inside a longer label or list: "TASS (Russian state news agency)". */
      aside: (name: string, description: string) => `${name} (${description})`,
      /** A page that relays another outlet's report: "Reuters, via The Star (newspaper)". */
      via: (original: string, host: string) => `${original}, via ${host}`,
      /** The host of a copy whose publisher is still the original's name. */
      copy: (description: string) => `a copy (${description})`,
    },
  },
  /** Where a chapter names a chart that lives on another page (ChartPointer.astro). */
  chartPointer: {
    /** Above the chart's headline, which links to it. */
    onFrontPage: 'Chart, on the front page',
    inChapter: (order: number) => `Chart, in chapter ${n(order)}`,
  },
  figure: {
    /** The chart's credit line, also in its downloads. */
    credit: 'Chart: The Russia–Iran Explainer desk',
    filter: 'Filter the chart',
    filterGroup: (title: string) => `Filter: ${title}`,
    showTable: (caption: string) => `${caption}: show as a table`,
    /** A link from a table row to the chart's numbered source. */
    sourceNumber: (number: number) => `Source ${n(number)}`,
    notes: 'Notes: ',
    sources: 'Sources:',
    sourcesSummary: (publishers: readonly string[], count: number) => `${publishers.join('; ')} (${n(count)}, numbered as in the tables)`,
    /** An embed's publishers, before the link to its page of sources. */
    sourcesInline: publisherLine,
    sourcesPageLink: (count: number) => `All ${n(count)} in full, numbered as in the tables`,
    reuse: '{credit}. Free to reuse under {licence} with credit.',
    download: 'Download:',
    /** The accessible name of a download link: "CSV: data, <chart title>". */
    downloadLabel: (format: string, what: string, title: string) => `${format}: ${what}, ${title}`,
    downloadWhat: { csv: 'data', json: 'data with notes and sources', svg: 'chart', png: 'chart', geojson: 'map data' },
    /**
     * What the browser script (src/charts/enhance.ts) says. The page carries these texts
     * (ChartWords.astro) and the script fills in each {placeholder}.
     */
    script: {
      /** The drawing's name for screen readers once it takes the keyboard. */
      canvasLabel: '{title}. Use the arrow keys to step through the points; Escape closes the details.',
      /** Said after a filter changes: {points}, and {marks} when the filter hides some. */
      filtered: '{points}.',
      filteredHidden: '{points}; {marks}.',
      /** Its form follows {total}. */
      points: forms({ one: 'Showing {shown} of {total} point', other: 'Showing {shown} of {total} points' }),
      marks: forms({ one: '{hidden} mark hidden', other: '{hidden} marks hidden' }),
    },
  },
  /**
   * The fixed text of a chart's downloads (src/charts/downloads.ts). The CSV's column names and
   * the JSON's field names are data, the same in every language.
   */
  chartDownloads: {
    /** The CSV's last three columns: ids in English (data, like the chart's own column ids). */
    columns: { sourceIds: 'source_ids', sourceUrls: 'source_urls', licence: 'licence' },
    /** The CSV's licence column, on every row. */
    licenceCell: (licence: string, credit: string, url: string) => `${licence}: ${credit}, ${url}`,
    /** The lines under the drawing in the SVG and PNG. */
    note: (note: string) => `Note: ${note}`,
    sources: (publishers: readonly string[], more: number, url: string) => `Sources: ${publisherLine(publishers, more)} Full list: ${url}`,
    credit: (credit: string, licence: string, licenceUrl: string) => `${credit}. ${licence} (${licenceUrl}).`,
  },
  embedCode: {
    summary: 'Embed this chart',
    intro:
      'Paste one of these into your page. The chart sizes itself in any page and follows the reader’s light or dark setting; where scripts are stripped, the frame keeps a fixed height, and where frames are stripped, a link remains. {options}.',
    optionsLink: 'Options and details',
    latest: 'Always the current chart (corrections appear in it)',
    frozen: (version: number, frozen: Date) => `Frozen at version ${n(version)} of ${f.date(frozen)} (never changes)`,
    copy: 'Copy code',
    /** Said (and shown) when a copy button worked; `label` is the code's label above. */
    copied: (label: string) => `Copied: ${label}.`,
    selectHint: 'The code is selected: press Ctrl+C (or Cmd+C) to copy it.',
  },
  embed: {
    /** The iframe's accessible name, in the embed code and the oEmbed answer. */
    frameTitle: (title: string) => `Chart: ${title}`,
    /** After the link in the embed code, for hosts that strip the iframe. */
    snippetFrom: (siteTitle: string) => `(chart from ${siteTitle})`,
    from: 'From {site}, chapter {order}: {title}.',
    /** For a chart that lives on the front page. */
    fromFrontPage: 'From {site}.',
    readChapter: 'Read the chapter',
    readFrontPage: 'See it in the explainer',
    compactMore: 'Notes, the data as a table and every source: {link}.',
    compactMoreLink: 'this chart in the explainer',
    version: 'Version {version}, frozen on {date}: it does not change when the chart is corrected.',
    currentChart: 'The current chart',
  },
  /** A chart's numbered source list on a page of its own: an embed's (/embed/<chart>/sources/), a long one's (/sources/<chart>/). */
  chartSources: {
    /** Before the chart's headline, in the page's title and heading. */
    prefix: 'Sources: ',
    description: (title: string) => `The sources of the chart “${title}”, numbered as in its tables.`,
    intro: (count: number) => `${n(count)} sources, numbered as in the chart’s tables.`,
    links: '{chart}; {all}.',
    chartLink: 'The chart in the explainer',
    allLink: 'every source of the explainer',
    version: 'The sources of version {version} of the chart, frozen on {date}: they do not change when the chart is corrected.',
  },
  edition: {
    coversEventsTo: (date: string) => `Covers events to ${date}.`,
    editionOf: (date: string) => `Edition of ${date}`,
    onlineWithUpdates: 'Online, with updates:',
    contents: 'Contents',
    /** A part in the contents: "1. Centuries of rivalry". */
    numbered: (order: number, title: string) => `${n(order)}. ${title}`,
    /** The accessible name of a page number in the PDF's contents. */
    pageNumber: (page: number) => `page ${n(page)}`,
    licence: 'Text and charts: Creative Commons Attribution 4.0 (CC BY 4.0). Free to share and adapt with credit.',
    keywords: ['Russia', 'Iran', 'treaty', 'arms transfers', 'Syria', 'explainer'],
    /** The EPUB's navigation: the heading of its landmarks list, and the cover's entry in it. */
    landmarks: 'Landmarks',
    cover: 'Cover',
    accessibilitySummary:
      'Every chart has a text title and description and comes with its data as a table; the cover image has a text alternative. ' +
      'The text follows the reading system’s font, size and colour settings. No flashing, motion or sound.',
  },
};

/** The shape every language's table has: English's, key for key. */
export type UiStrings = typeof en;
