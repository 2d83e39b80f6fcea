// Which language a page is in, read from its address: every language but the default lives under
// /<code>/. Pages (and endpoints) ask once and pass the answer down to what they render.
import { defaultLang, languages, type Lang } from './languages.ts';

/** The language of a path inside the site, base path removed ("ru/syria/" → ru; "syria/" → the default). */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return languages.find((lang) => lang === first && lang !== defaultLang) ?? defaultLang;
}

/** The language of the page being built at `url` (Astro.url, or an endpoint's context.url). */
export function pageLang(url: URL): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return langOfPath(url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname);
}
