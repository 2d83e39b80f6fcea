// The site's words and formats by language: what pages, components, the feed, the embed code and
// the editions ask for. Pages decide their language from their address (route.ts) and pass it down.
import { en, type UiStrings } from './en.ts';
import { ru } from './ru.ts';
import { fa } from './fa.ts';
import type { Lang } from './languages.ts';

// A language in `languages` without its table here, or a table missing a key, fails the type check.
const tables: Record<Lang, UiStrings> = { en, ru, fa };

/** The interface words of a language. */
export function strings(lang: Lang): UiStrings {
  return tables[lang];
}

export type { UiStrings };
export { defaultLang, languages, publishedLanguages, languageSpecs, type Lang, type LanguageSpec, type PluralForms } from './languages.ts';
export { formats, isoDate, type Formats } from './format.ts';
