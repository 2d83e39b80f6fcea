// The downloads under each chart: CSV and JSON of the data, SVG and PNG of the drawing. They are
// built from the same bound chart as the page, so a number cannot differ between them. Their
// words (credit, licence and source lines) are the language's, from src/i18n/; the CSV's column
// names and the JSON's field names are data, the same in every language.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Source } from '../collections/schemas.ts';
import { layoutWidths, readingOrder, svgDocument } from './frame.ts';
import { servedFaces } from '../fonts/typefaces.ts';
import type { BoundChart } from './registry.ts';
import { colour, type Theme } from './palette.ts';
import { el, textLines, wrap } from './svg.ts';
import { leadingPublishers, publisherSummary } from '../lib/source-label.ts';
import { defaultLang, strings, type Lang } from '../i18n/index.ts';

export interface Publication {
  /** Absolute URL of the chart in its chapter. */
  url: string;
  licence: { name: string; url: string };
  sources: ReadonlyMap<string, Source>;
}

/**
 * One CSV cell. A cell a spreadsheet could read as a formula (it starts with =, +, -, @, a tab or
 * a carriage return, as OWASP lists them) is prefixed with an apostrophe and quoted, so Excel and
 * LibreOffice show it as text; a plain number such as -12.5 is left as it is. Only the CSV does
 * this: the JSON download keeps every value exact.
 */
export function csvCell(value: string | number): string {
  const s = String(value);
  const formula = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(?:\.\d+)?$/.test(s);
  const text = formula ? `'${s}` : s;
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the dashes and Persian right. */
export function toCsv(chart: BoundChart, publication: Publication, lang: Lang = defaultLang): string {
  const t = strings(lang);
  const quote = csvCell;
  // The header row: column ids (data) in English, the language's labels in an edition. The cells'
  // coded values (russia-to-iran, high) are data in every language.
  const columns = [
    ...(chart.csv.headers ?? chart.csv.columns),
    t.chartDownloads.columns.sourceIds,
    t.chartDownloads.columns.sourceUrls,
    t.chartDownloads.columns.licence,
  ];
  const licence = t.chartDownloads.licenceCell(publication.licence.name, t.figure.credit, publication.url);
  const lines = chart.csv.rows.map(({ cells, sources }) =>
    [...cells, sources.join(' '), sources.map((id) => publication.sources.get(id)!.url).join(' '), licence].map(quote).join(','),
  );
  return `\uFEFF${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}

export function toJson(chart: BoundChart, publication: Publication, lang: Lang = defaultLang): string {
  // The field names are data; the values are in the chart's language.
  return `${JSON.stringify(
    {
      id: chart.id,
      title: chart.title,
      description: chart.dek,
      url: publication.url,
      credit: strings(lang).figure.credit,
      licence: publication.licence,
      notes: chart.notes,
      // What each field of the CSV is called in this language (an edition's CSV names its columns so).
      ...(chart.csv.headers ? { columns: Object.fromEntries(chart.csv.columns.map((id, i) => [id, chart.csv.headers![i]])) } : {}),
      data: chart.data,
      sources: Object.fromEntries(chart.sourceIds.map((id) => [id, publication.sources.get(id)])),
    },
    null,
    2,
  )}\n`;
}

/** What a map draws, in longitude and latitude, with the chart's title, address, licence and sources as foreign members. */
export function toGeoJson(chart: BoundChart, publication: Publication, lang: Lang = defaultLang): string {
  if (!chart.geojson) throw new Error(`chart "${chart.id}" draws no map: its layout exports no geojson`);
  return `${JSON.stringify(
    {
      ...chart.geojson(),
      title: chart.title,
      url: publication.url,
      credit: strings(lang).figure.credit,
      licence: publication.licence,
      sources: Object.fromEntries(chart.sourceIds.map((id) => [id, publication.sources.get(id)!.url])),
    },
    null,
    1,
  )}\n`;
}

/** The wide drawing with its headline, notes and credit around it: a file that explains itself. */
export function toStandaloneSvg(
  chart: BoundChart,
  publication: Publication,
  lang: Lang = defaultLang,
  theme: Theme = 'light',
  /** The language's typeface as @font-face rules (src/fonts/embedded.ts), so the file shows it anywhere. */
  fontFaces = '',
): string {
  const t = strings(lang);
  const width = layoutWidths.wide;
  const pad = 16;
  // The headline, dek and notes are text: they begin where a line of the language begins.
  const o = readingOrder({ lang, width });
  const at = { x: o.x(pad), anchor: o.rtl ? { 'text-anchor': 'start' } : {} };
  const inner = chart.render({ width: width - 2 * pad, id: `${chart.id}-file`, theme: 'auto' });
  const title = wrap(chart.title, width - 2 * pad, 18 * 1.15); // bold runs wider than the estimate
  const dek = wrap(chart.dek, width - 2 * pad, 13);
  let y = pad + 18;
  const head = [textLines(at.x, y, title, 22, { ...at.anchor, class: 't-strong', 'font-size': 18 })];
  y += (title.length - 1) * 22 + 20;
  head.push(textLines(at.x, y, dek, 17, { ...at.anchor, class: 't-muted', 'font-size': 13 }));
  y += (dek.length - 1) * 17 + 14;
  const chartTop = y;
  y += inner.height + 18;
  const sourceNames = publisherSummary(
    chart.sourceIds.map((id) => publication.sources.get(id)!),
    lang,
  );
  const sourceLine = leadingPublishers(sourceNames);
  const foot = [
    t.chartDownloads.note(chart.notes[0]!),
    t.chartDownloads.sources(sourceLine.named, sourceLine.more, publication.url),
    t.chartDownloads.credit(t.figure.credit, publication.licence.name, publication.licence.url),
  ];
  const footMarkup: string[] = [];
  for (const line of foot) {
    const lines = wrap(line, width - 2 * pad, 11);
    footMarkup.push(textLines(at.x, y, lines, 14, { ...at.anchor, class: 't-muted t-small' }));
    y += lines.length * 14 + 4;
  }
  const nested = inner.svg.replace('<svg ', `<svg x="${pad}" y="${chartTop}" `);
  return svgDocument({
    id: `${chart.id}-download`,
    chart: chart.id,
    width,
    height: y + pad - 4,
    title: chart.title,
    description: chart.dek,
    theme,
    lang,
    fontFaces,
    // The nested chart is placed for its direction already, and so are these lines (logical anchors).
    placed: true,
    body: `${el('rect', { width: '100%', height: '100%', fill: colour('bg', theme) })}${head.join('')}${nested}${footMarkup.join('')}`,
  }).svg.replace('<svg ', '<?xml version="1.0" encoding="UTF-8"?>\n<svg ');
}

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/**
 * PNG at twice the size, drawn by resvg with the faces shipped in node_modules (no system fonts):
 * DejaVu Sans, and the typeface of every language that has one (Vazirmatn for Persian), which the
 * SVG's font stack names first for its letters.
 */
export function toPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [
        ...['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f)),
        ...servedFaces.map(({ face }) => join(process.cwd(), face.source)),
      ],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
