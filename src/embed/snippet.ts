// The code a newsroom pastes, and the oEmbed answer a CMS fetches. Pure string building, so the
// unit tests can check exactly what a partner gets.
import { esc } from '../charts/svg.ts';
import { strings, type Lang } from '../i18n/index.ts';

export interface EmbedTarget {
  id: string;
  /** The language of the embed and of the words around it. */
  lang: Lang;
  /** The chart's headline. */
  title: string;
  /** Absolute URL of the embed page (latest or a frozen version). */
  embedUrl: string;
  /** Absolute URL of the chart in its chapter: the fallback link and the canonical. */
  chartUrl: string;
  /** Absolute URL of /embed.js. */
  loaderUrl: string;
  /** Starting height in px before the embed reports its own (and all a host without scripts gets). */
  height: number;
  /** The explainer's name, for the fallback link. */
  siteTitle: string;
}

/** The iframe's accessible name: says what it is before what it shows. */
export const frameTitle = (target: Pick<EmbedTarget, 'title' | 'lang'>) => strings(target.lang).embed.frameTitle(target.title);

/**
 * The embed code: a marker holding a responsive iframe and a plain link, then the loader. A CMS
 * that strips scripts keeps a working iframe at its starting height; one that strips iframes too
 * keeps the link. `width:1px; min-width:100%` stops iOS Safari from widening the frame.
 */
export function embedSnippet(target: EmbedTarget): string {
  return [
    `<div data-russia-iran-embed="${esc(target.embedUrl)}">`,
    `<iframe src="${esc(target.embedUrl)}" title="${esc(frameTitle(target))}" loading="lazy" height="${target.height}" style="display:block;width:1px;min-width:100%;border:0"></iframe>`,
    `<p><a href="${esc(target.chartUrl)}">${esc(target.title)}</a> ${esc(strings(target.lang).embed.snippetFrom(target.siteTitle))}</p>`,
    `</div>`,
    `<script async src="${esc(target.loaderUrl)}"></script>`,
  ].join('\n');
}

export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  author_name: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export interface OEmbedExtras {
  width: number;
  providerName: string;
  providerUrl: string;
  authorName: string;
  thumbnail: { url: string; width: number; height: number };
}

/**
 * oEmbed `rich`: a blockquote link and one iframe, the only markup WordPress keeps from a
 * provider it does not know. WordPress shows the blockquote until the frame sends a height, and
 * clamps heights at 1,000 px; the embed page turns compact there (see options.ts).
 */
export function oembedResponse(target: EmbedTarget, extras: OEmbedExtras): OEmbedResponse {
  const html =
    `<blockquote><a href="${esc(target.chartUrl)}">${esc(target.title)}</a></blockquote>` +
    `<iframe src="${esc(target.embedUrl)}" width="${extras.width}" height="${target.height}" title="${esc(frameTitle(target))}" frameborder="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    html,
    width: extras.width,
    height: target.height,
    provider_name: extras.providerName,
    provider_url: extras.providerUrl,
    author_name: extras.authorName,
    thumbnail_url: extras.thumbnail.url,
    thumbnail_width: extras.thumbnail.width,
    thumbnail_height: extras.thumbnail.height,
    cache_age: 86400,
  };
}
