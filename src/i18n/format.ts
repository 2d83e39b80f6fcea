// Numbers and dates as each language writes them: the one place the site formats either, with
// Intl in the language's locale. Plain TypeScript with no Vite import: the pages, the export
// runner (Node) and the tests share it.
//
// Persian (fa-IR): Intl writes Persian digits (۰–۹), U+066C between thousands and U+066B as the
// decimal point, and dates in the Solar Hijri calendar. Its output also carries invisible direction
// marks (U+200E before a minus sign, U+200F in lists); a browser ignores them, but resvg, a PDF
// and some EPUB readers draw them as empty boxes, and the page isolates Latin and numbers itself
// (<bdi>, dir), so every format here returns text without them.
import { languageSpecs, type Lang, type PluralForms } from './languages.ts';

/** Each format stands alone (`this: void`): it can be taken off the object and passed around. */
export interface Formats<L extends Lang> {
  /**
   * A calendar day in house style: "17 January 2025". Persian gives the Solar Hijri date with the
   * Gregorian beside it («۲۸ دی ۱۴۰۳ (۱۷ ژانویهٔ ۲۰۲۵)») from 1304 (21 March 1925), when Iran made
   * that calendar its own; an earlier day in the Gregorian calendar alone, as the chapters give it.
   */
  date(this: void, date: Date): string;
  /** A calendar day in the Gregorian calendar only, where space is short (a chart label): «۱۷ ژانویهٔ ۲۰۲۵». */
  gregorianDate(this: void, date: Date): string;
  /** A source's partial date (YYYY, YYYY-MM or YYYY-MM-DD): "2025", "January 2025", "17 January 2025"; a day as `date` writes it. */
  partialDate(this: void, value: string): string;
  /** A number as the language writes it ("1,234"); `options` as Intl.NumberFormat's. */
  number(this: void, value: number, options?: Intl.NumberFormatOptions): string;
  /** The form of a counted phrase that the language's plural rules pick for `count`. */
  plural(this: void, count: number, forms: PluralForms<L>): string;
  /** A language's name, from its BCP 47 code: "Russian". */
  languageName(this: void, code: string): string;
}

/** `2025-01-17`: for <time datetime>, feeds and file metadata, the same in every language. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar day; setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The invisible direction marks Intl puts in its output: LRM, RLM, ALM and the isolates (U+2066–U+2069). */
const directionMarks = /[\u200e\u200f\u061c\u2066-\u2069]/g;
export const withoutDirectionMarks = (text: string) => text.replace(directionMarks, '');

/** The first day of 1304, the first year of the Solar Hijri calendar as Iran's official calendar. */
const solarHijriFrom = Date.UTC(1925, 2, 21);

/** Intl's locale with the calendar it should write in (`fa-IR-u-ca-gregory`), or the locale itself. */
const withCalendar = (locale: string, calendar: string | undefined) => (calendar ? `${locale}-u-ca-${calendar}` : locale);

const cache = new Map<Lang, Formats<Lang>>();

export function formats<L extends Lang>(lang: L): Formats<L> {
  const known = cache.get(lang);
  if (known) return known;
  const { locale } = languageSpecs[lang];
  const persian = lang === ('fa' as Lang);
  // Gregorian months for every language (in Persian, Intl's default would be Solar Hijri).
  const gregorian = withCalendar(locale, persian ? 'gregory' : undefined);
  // Dates are calendar days: read and written in UTC, so no time zone moves them.
  const day = new Intl.DateTimeFormat(gregorian, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const solarDay = new Intl.DateTimeFormat(withCalendar(locale, 'persian'), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthName = new Intl.DateTimeFormat(gregorian, { month: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(gregorian, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(gregorian, { year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const clean = (text: string) => withoutDirectionMarks(text);
  const gregorianDate = (date: Date) => clean(day.format(date));
  const date = (value: Date) =>
    persian && value.getTime() >= solarHijriFrom ? `${clean(solarDay.format(value))} (${gregorianDate(value)})` : gregorianDate(value);
  // Persian writes a month before its year («ژانویهٔ ۲۰۲۵»); Intl's fa pattern puts the year first.
  const monthYear = (value: Date) =>
    persian
      ? `${clean(monthName.format(value))}${/[ه]$/.test(clean(monthName.format(value))) ? 'ٔ' : ''} ${clean(year.format(value))}`
      : clean(month.format(value));
  const made: Formats<L> = {
    date,
    gregorianDate,
    partialDate(value) {
      const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
      if (d !== undefined && m !== undefined) return date(utcDay(y, m, d));
      if (m !== undefined) return monthYear(utcDay(y, m, 1));
      return clean(year.format(utcDay(y, 1, 1)));
    },
    number: (value, options) => clean((options ? new Intl.NumberFormat(locale, options) : numbers).format(value)),
    plural(count, forms) {
      const category = pluralRules.select(count);
      const form = (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[category];
      if (form === undefined) throw new Error(`src/i18n: no "${category}" form for ${count} in ${lang}: ${JSON.stringify(forms)}`);
      return form;
    },
    languageName: (code) => clean(names.of(code) ?? code),
  };
  cache.set(lang, made);
  return made;
}
