// Numbers and dates as each language writes them: the one place the site formats either, with
// Intl in the language's locale. Plain TypeScript with no Vite import: the pages, the export
// runner (Node) and the tests share it.
import { languageSpecs, type Lang, type PluralForms } from './languages.ts';

/** Each format stands alone (`this: void`): it can be taken off the object and passed around. */
export interface Formats<L extends Lang> {
  /** A calendar day in house style: "17 January 2025". */
  date(this: void, date: Date): string;
  /** A source's partial date (YYYY, YYYY-MM or YYYY-MM-DD): "2025", "January 2025", "17 January 2025". */
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

const cache = new Map<Lang, Formats<Lang>>();

export function formats<L extends Lang>(lang: L): Formats<L> {
  const known = cache.get(lang);
  if (known) return known;
  const { locale } = languageSpecs[lang];
  // Dates are calendar days: read and written in UTC, so no time zone moves them.
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const made: Formats<L> = {
    date: (date) => day.format(date),
    partialDate(value) {
      const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
      if (d !== undefined && m !== undefined) return day.format(utcDay(y, m, d));
      if (m !== undefined) return month.format(utcDay(y, m, 1));
      return year.format(utcDay(y, 1, 1));
    },
    number: (value, options) => (options ? new Intl.NumberFormat(locale, options) : numbers).format(value),
    plural(count, forms) {
      const category = pluralRules.select(count);
      const form = (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[category];
      if (form === undefined) throw new Error(`src/i18n: no "${category}" form for ${count} in ${lang}: ${JSON.stringify(forms)}`);
      return form;
    },
    languageName: (code) => names.of(code) ?? code,
  };
  cache.set(lang, made);
  return made;
}
