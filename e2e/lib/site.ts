// What the built site contains, read from the build output, so the tests follow the content.
import { filesUnder, isPageFile } from '../../src/lib/output-files.ts';
import { defaultLang, publishedLanguages as languages } from '../../src/i18n/languages.ts';

export const distDir = process.env['OUT_DIR'] ?? 'dist';

/** Every .html file of the build, relative to it: the pages and the one-file edition. */
export function builtHtmlFiles(): string[] {
  return filesUnder(distDir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('_astro/'))
    .sort();
}

function builtPages(): string[] {
  return builtHtmlFiles()
    .filter(isPageFile)
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

/** The languages the site is published in, the default first; each but the default under /<code>/. */
export const siteLanguages = languages;
/** A path's prefix for `lang`: '' for the default language, 'ru/' for Russian. */
export const langPrefix = (lang: string) => (lang === defaultLang ? '' : `${lang}/`);
/** A path without its language prefix: 'ru/embed/timeline/' → 'embed/timeline/'. */
export const withoutLang = (path: string) => path.replace(new RegExp(`^(?:${languages.filter((l) => l !== defaultLang).join('|')})/`), '');
/** The language of a path inside the site. */
export const langOf = (path: string) => languages.find((lang) => lang !== defaultLang && path.startsWith(`${lang}/`)) ?? defaultLang;

/** Every page of the site a reader browses, in every language, as a path relative to the site root ('' for the home page). */
export function sitePages(): string[] {
  return builtPages().filter((path) => !withoutLang(path).startsWith('embed/'));
}

/** The embed pages (/embed/<chart>/, /ru/embed/<chart>/ and their frozen versions), made for other sites' iframes. */
export function embedPages(): string[] {
  return builtPages().filter((path) => withoutLang(path).startsWith('embed/') && !path.endsWith('/sources/'));
}

/** The embeds' source pages (/embed/<chart>/[v<n>/]sources/), which their note numbers open, in every language. */
export function embedSourcePages(): string[] {
  return builtPages().filter((path) => withoutLang(path).startsWith('embed/') && path.endsWith('/sources/'));
}
