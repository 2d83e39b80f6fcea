// The site's languages. English is the default and is served at the root; any other language will
// live under /<code>/. Everything that differs by language is keyed by these codes.
export const languages = ['en', 'ru', 'fa'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/**
 * The languages the site publishes: pages, embeds, feeds, data and editions exist for these, and
 * the browser tests walk them. Every language in `languages` has its words and its content
 * (content/<lang>/), checked against the English by every build (src/collections/editions.ts);
 * an edition is published, by adding it here, once it passes every test in a real browser as
 * well (the browser tests, the sitemap, the exports and the benchmark all walk this list).
 */
export const publishedLanguages: readonly Lang[] = ['en', 'ru', 'fa'];

/** What the pages, feeds and editions need to know about a language beyond its words (those are in <code>.ts). */
export interface LanguageSpec {
  /** BCP 47 tag: the `lang` of every page, `xml:lang` of the feed, the editions' language. */
  tag: string;
  /** The Intl locale dates, numbers, plural rules and language names are formatted in. */
  locale: string;
  /** Text direction: the `dir` of every page in the language. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, as a language switcher shows it. */
  nativeName: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /** The plural categories of `locale`, as Intl.PluralRules gives them: the forms every counted phrase supplies (a test holds them to Intl). */
  plurals: readonly Intl.LDMLPluralRule[];
}

export const languageSpecs = {
  en: { tag: 'en', locale: 'en-GB', dir: 'ltr', nativeName: 'English', ogLocale: 'en_GB', plurals: ['one', 'other'] },
  ru: { tag: 'ru', locale: 'ru-RU', dir: 'ltr', nativeName: 'Русский', ogLocale: 'ru_RU', plurals: ['one', 'few', 'many', 'other'] },
  fa: { tag: 'fa', locale: 'fa-IR', dir: 'rtl', nativeName: 'فارسی', ogLocale: 'fa_IR', plurals: ['one', 'other'] },
} as const satisfies Record<Lang, LanguageSpec>;

/** A counted phrase in every form the language's plural rules can pick: { one: '1 source', other: '2 sources' } in English. */
export type PluralForms<L extends Lang> = Record<(typeof languageSpecs)[L]['plurals'][number], string>;

/**
 * A counted phrase as data, for code that picks the form itself (the charts' browser script, with
 * Intl.PluralRules): one form for each plural category of the language, `other` always among them.
 */
export type CountedForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
