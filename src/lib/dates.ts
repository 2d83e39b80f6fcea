// Dates in the default language's house style, for code that does not yet know its language (the
// charts' texts in src/charts/). The formats live in src/i18n/format.ts; code that knows its
// language asks formats(lang) there.
import { defaultLang } from '../i18n/languages.ts';
import { formats } from '../i18n/format.ts';

const house = formats(defaultLang);

/** "17 January 2025". */
export const formatDate = (date: Date): string => house.date(date);

/** A source's partial date (YYYY, YYYY-MM or YYYY-MM-DD): "2025", "January 2025", "17 January 2025". */
export const formatPartialDate = (value: string): string => house.partialDate(value);

export { isoDate } from '../i18n/format.ts';
