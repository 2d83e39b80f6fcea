// The site's languages. English is the default and is served at the root; any other language will
// live under /<code>/. Everything that differs by language is keyed by these codes.
export const languages = ['en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';
