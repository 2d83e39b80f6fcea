// Text in another language or script inside a page: its `lang` (so a screen reader switches voice
// and the browser picks the right glyphs) and its isolation (so a Latin title or a URL inside a
// Persian line keeps its own order and does not scramble the words around it). Attributes a
// template spreads onto the element; nothing where the text is in the page's own language.
import { defaultLang, languageSpecs, type Lang } from '../i18n/languages.ts';

/** For a title, name or quotation in `textLang` (English when not given) on a page in `pageLang`. */
export function foreignText(textLang: string | undefined, pageLang: Lang): { lang?: string; dir?: 'auto' } {
  const own = textLang ?? defaultLang;
  return own === languageSpecs[pageLang].tag ? {} : { lang: own, dir: 'auto' };
}

/** For a URL, a file name or code: always left to right, isolated on a right-to-left page. */
export function machineText(pageLang: Lang): { dir?: 'ltr' } {
  return languageSpecs[pageLang].dir === 'rtl' ? { dir: 'ltr' } : {};
}
