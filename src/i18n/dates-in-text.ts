// Dates written in running Persian text, given in both calendars. A translator writes a day as
// the English has it, in the Gregorian calendar and in the form Intl gives (`۱۷ ژانویهٔ ۲۰۲۵`, so
// the edition check compares its numbers with the English); the build then writes it as every
// other Persian date on the site is written (formats('fa').date): the Solar Hijri date first,
// the Gregorian beside it, for days from 1304 (21 March 1925), when Iran adopted the Solar Hijri
// calendar. Earlier days, months and years stay Gregorian, as the chapters state.
import { formats } from './format.ts';
import type { Lang } from './languages.ts';

const gregorianMonths = ['ژانویهٔ', 'فوریهٔ', 'مارس', 'آوریل', 'مهٔ', 'ژوئن', 'ژوئیهٔ', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];
const digit = '[\\u06f0-\\u06f9]';
const dayPattern = new RegExp(
  `(?<![\\u06f0-\\u06f9\\p{L}(])(${digit}{1,2}) (${gregorianMonths.join('|')}) (${digit}{4})(?![\\u06f0-\\u06f9])(?! \\()`,
  'gu',
);
const latin = (persian: string) => Number(persian.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));

/** `text` with each full Gregorian day written in both calendars; unchanged in any language but Persian. */
export function datesInBothCalendars(text: string, lang: Lang): string {
  if (lang !== 'fa') return text;
  const f = formats(lang);
  return text.replace(dayPattern, (whole, day: string, month: string, year: string) => {
    const date = new Date(0);
    date.setUTCFullYear(latin(year), gregorianMonths.indexOf(month), latin(day));
    if (date.getUTCDate() !== latin(day)) return whole; // not a real day (۳۱ فوریهٔ): left as written
    return f.date(date);
  });
}

/** Every string inside `value` (a record of a language edition) with its days in both calendars. */
export function datesInBothCalendarsDeep<T>(value: T, lang: Lang): T {
  if (lang !== 'fa') return value;
  if (typeof value === 'string') return datesInBothCalendars(value, lang) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => datesInBothCalendarsDeep(item, lang)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, datesInBothCalendarsDeep(inner, lang)])) as T;
  return value;
}
