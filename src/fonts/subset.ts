// Cuts a language's typeface (typefaces.ts) down to the characters its edition writes, at build
// time, with harfbuzz's subsetter (npm subset-font): the Persian text of content/fa/, the interface
// and chart words (src/i18n/fa.ts, src/charts/*/publication.ts), the glossary, the sources' original
// titles (an Arabic headline is shown as written), and what Intl adds
// in Persian (digits, separators, month names of both calendars, language names). A browser test
// checks that every character of every Persian page that the face covers is in the subset.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../lib/output-files.ts';
import subsetFont from 'subset-font';
import { languageSpecs, languages, type Lang } from '../i18n/languages.ts';
import { formats } from '../i18n/format.ts';
import type { Face, Typeface } from './typefaces.ts';

const under = (dir: string) => filesUnder(dir).map((file) => join(dir, file));

/** What Intl writes in a language that no content file holds: digits, separators, months, language names. */
function intlText(lang: Lang): string {
  const f = formats(lang);
  const { locale } = languageSpecs[lang];
  const months = (calendar: string) =>
    Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, m, 15))),
    );
  return [
    f.number(-1234567.89),
    f.number(0.5, { style: 'percent' }),
    ...months('gregory'),
    ...months('persian'),
    f.date(new Date(Date.UTC(2025, 0, 17))),
    ...languages.map((code) => f.languageName(code)),
  ].join(' ');
}

/** The characters of `lang`'s edition that `typeface` is used for. */
export function repertoire(root: string, lang: Lang, typeface: Typeface): string {
  const files = [
    ...under(join(root, 'content', lang)),
    join(root, 'src/i18n', `${lang}.ts`),
    ...readdirSync(join(root, 'src/charts'))
      .map((chart) => join(root, 'src/charts', chart, 'publication.ts'))
      .filter((file) => existsSync(file)),
    join(root, 'content/glossary.yaml'),
    // The sources' original titles and publishers, which a Persian page shows as written (Arabic ones among them).
    ...under(join(root, 'content/sources')),
  ];
  const chars = new Set<string>();
  for (const text of [typeface.punctuation, ...files.map((file) => readFileSync(file, 'utf8')), intlText(lang)])
    for (const ch of text) if (typeface.covers(ch.codePointAt(0)!)) chars.add(ch);
  return [...chars].sort().join('');
}

const cut = new Map<string, Promise<Uint8Array>>();

/** A font file cut to `text`, as WOFF2: once per build for each file (each is cut to one text). */
function cutOnce(root: string, source: string, text: () => string): Promise<Uint8Array> {
  const key = `${root}\n${source}`;
  let bytes = cut.get(key);
  if (!bytes) {
    bytes = subsetFont(readFileSync(join(root, source)), text(), { targetFormat: 'woff2' }).then((out) => new Uint8Array(out));
    cut.set(key, bytes);
  }
  return bytes;
}

/**
 * One face of the typeface, cut to the repertoire, as WOFF2: once per build, whichever asks first
 * (the served file, the SVG downloads, the editions).
 */
export function subsetFace(root: string, lang: Lang, typeface: Typeface, face: Face): Promise<Uint8Array> {
  return cutOnce(root, face.source, () => repertoire(root, lang, typeface));
}

/** The characters of a PDF footer's page numbers ("3 / 177"). */
export const pageNumberCharacters = '0123456789/ ';

/** The page-numbers cut of a typeface (`Typeface.pageNumbers`), as WOFF2: once per build. */
export function subsetPageNumbers(root: string, source: string): Promise<Uint8Array> {
  return cutOnce(root, source, () => pageNumberCharacters);
}
