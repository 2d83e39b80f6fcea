// The document <title>: what a browser tab, a bookmark and a search result show. Search results
// cut titles at about 70 characters and html-validate's long-title rule holds us to that, so the
// site's name follows in its short form ("Russia and Iran", as on home screens), and only when it
// still fits: the page's own title is what tells two pages apart.
import { site } from './site.ts';

export const titleLimit = 70;

/** The site title before its colon: "Russia and Iran". */
export const siteShortTitle = site.title.split(':')[0]!.trim();

/**
 * The home page gets the site's full title; every other page its own, then the short name if it
 * fits. `siteTitle`: the site's title in the page's language (content/<lang>/site.yaml).
 */
export function documentTitle(title: string | undefined, siteTitle: string): string {
  if (title === undefined) return siteTitle;
  const full = `${title} | ${siteTitle.split(':')[0]!.trim()}`;
  return full.length <= titleLimit ? full : title;
}

/**
 * `prefix` and `title` ("Sources: " and a chart's headline), the title cut at a word, with an
 * ellipsis, where the whole would pass the limit.
 */
export function prefixedTitle(prefix: string, title: string): string {
  if (prefix.length + title.length <= titleLimit) return `${prefix}${title}`;
  const room = title.slice(0, titleLimit - prefix.length - 1);
  return `${prefix}${room.slice(0, room.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}
