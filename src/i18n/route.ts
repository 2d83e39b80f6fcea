// Which language a page is in, read from its address: every language but the default lives under
// /<code>/. Pages (and endpoints) ask once and pass the answer down to what they render.
import { defaultLang, languages, publishedLanguages, type Lang } from './languages.ts';

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

/** A page's address parameter for its language: undefined for the default (the root), the code otherwise. */
export const langParam = (lang: Lang) => (lang === defaultLang ? undefined : lang);

/**
 * getStaticPaths for a page in every language (src/pages/[...lang]/): English at the root, each
 * other language under /<code>/. `more` gives a page's own parameters and props per language.
 */
export async function inEveryLanguage<P extends Record<string, string | undefined>, Props extends object>(
  more: (lang: Lang) => { params: P; props: Props }[] | Promise<{ params: P; props: Props }[]> = () => [
    { params: {} as P, props: {} as Props },
  ],
): Promise<{ params: P & { lang: string | undefined }; props: Props & { lang: Lang } }[]> {
  const all = await Promise.all(
    publishedLanguages.map(async (lang) =>
      (await more(lang)).map((path) => ({ params: { ...path.params, lang: langParam(lang) }, props: { ...path.props, lang } })),
    ),
  );
  return all.flat();
}
