// A frozen embed version is the markup and styles of an embed page as they were when frozen, so
// a correction never silently changes what a partner published. The page shell around it (the
// height announcements, the options) stays current. From v4 on, a version also keeps the numbered
// source list its note numbers link to (the embed's source page, /embed/<chart>/v<n>/sources/),
// so a reader of a frozen version reaches exactly the sources it cited, numbered as it numbered
// them. Pure functions, shared by the build, the freeze script (tools/embed-freeze.ts) and the
// tests.
import { controlCharacter } from '../lib/xml.ts';

/** Stands in for the site's base path, so a frozen version works under any deployment path. */
export const baseToken = '{{base}}';
export const contentStart = '<!--embed-content:start-->';
export const contentEnd = '<!--embed-content:end-->';
const styleOpen = '<style data-embed-style>';

export interface FrozenEmbed {
  css: string;
  body: string;
}

/** Pulls the frozen parts out of a built embed page. */
export function extractFrozen(page: string): FrozenEmbed {
  const styleAt = page.indexOf(styleOpen);
  const styleEnd = page.indexOf('</style>', styleAt);
  const start = page.indexOf(contentStart);
  const end = page.indexOf(contentEnd);
  if (styleAt < 0 || styleEnd < 0 || start < 0 || end < start)
    throw new Error('not an embed page: its style block or content markers are missing');
  return { css: page.slice(styleAt + styleOpen.length, styleEnd), body: page.slice(start + contentStart.length, end) };
}

/** Site-internal links and sources lose the base path; external ones are left alone. */
export function tokeniseBase(html: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, name: string, value: string) =>
    value.startsWith(prefix) && !value.startsWith('//') ? `${name}="${baseToken}${value.slice(prefix.length)}"` : whole,
  );
}

/** The markup between the content markers of a built embed page or embed source page. */
export function extractContent(page: string): string {
  const start = page.indexOf(contentStart);
  const end = page.indexOf(contentEnd);
  if (start < 0 || end < start) throw new Error('not an embed page: its content markers are missing');
  return page.slice(start + contentStart.length, end);
}

/** Where an embed's note numbers link: its own source page (embed/<chart>/[v<n>/]sources/, below the base). */
export const sourcesLink = (chart: string, version?: number) => `${baseToken}embed/${chart}/${version ? `v${version}/` : ''}sources/`;

export interface FrozenFiles {
  /** content/embeds/<chart>/v<n>.html */
  html: string;
  /** content/embeds/<chart>/v<n>.sources.html, when the embed keeps its sources on a page of their own. */
  sources?: string;
}

/**
 * Version `version` of a chart's embed, from the built embed page and its source page: the embed's
 * links to the current source list are pointed at the version's own copy, frozen beside it.
 */
export function freezeEmbed(page: string, sourcesPage: string | undefined, chart: string, version: number, base: string): FrozenFiles {
  const live = `"${sourcesLink(chart)}`;
  const html = serialiseFrozen(extractFrozen(page), base);
  if (!html.includes(live)) return { html };
  if (sourcesPage === undefined) throw new Error(`the embed of ${chart} links to its source page, which was not built`);
  return {
    html: html.replaceAll(live, `"${sourcesLink(chart, version)}`),
    sources: `${tokeniseBase(extractContent(sourcesPage), base).trim()}\n`,
  };
}

/** Puts the deployment's base path back. */
export function fillBase(html: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return html.replaceAll(baseToken, prefix);
}

/** The file a version lives in: one HTML file, styles first. */
export function serialiseFrozen(frozen: FrozenEmbed, base: string): string {
  return `${styleOpen}${frozen.css}</style>\n${tokeniseBase(frozen.body, base).trim()}\n`;
}

export function parseFrozen(file: string, name: string): FrozenEmbed {
  if (!file.startsWith(styleOpen)) throw new Error(`${name}:1: a frozen embed starts with its <style data-embed-style> block`);
  const end = file.indexOf('</style>');
  if (end < 0) throw new Error(`${name}:1: the style block is not closed`);
  checkFrozenMarkup(file, name, end + '</style>'.length);
  return { css: file.slice(styleOpen.length, end), body: file.slice(end + '</style>'.length).trim() };
}

/** A frozen source list (v<n>.sources.html): markup only, its styles are the version's. */
export function parseFrozenSources(file: string, name: string): string {
  checkFrozenMarkup(file, name, 0);
  return file.trim();
}

/**
 * What a frozen version's note numbers promise: every link to a source page goes to the version's
 * own (not the current one, which follows corrections), and lands on an entry of its source list.
 * Returns the first broken link as "<line>: <problem>", or undefined.
 */
export function checkSourceLinks(file: string, chart: string, version: number, sources: string | undefined): string | undefined {
  const own = sourcesLink(chart, version);
  const ids = new Set([...(sources ?? '').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const match of file.matchAll(/\shref="(\{\{base\}\}embed\/[^"#]*\/sources\/)(?:#([^"]*))?"/g)) {
    const [, page, anchor] = match;
    const line = file.slice(0, match.index).split('\n').length;
    if (page !== own) return `${line}: a note links to ${page}, not to this version's own source page ${own}`;
    if (sources === undefined) return `${line}: a note links to ${own}, but the version has no source list (v${version}.sources.html)`;
    if (anchor !== undefined && !ids.has(anchor))
      return `${line}: a note links to #${anchor}, which v${version}.sources.html does not have`;
  }
  return undefined;
}

// What a frozen file may hold: the markup our charts are drawn with, and nothing else. A frozen
// version goes out in every partner's frame, so a script, a frame, an event handler or a link
// that runs code added to one by hand (or by a bad merge) must stop the build, not ship.
const allowedElements = new Set(
  (
    'a abbr b br caption circle col colgroup dd defs desc details div dl dt em ellipse fieldset figcaption figure form g ' +
    'h1 h2 h3 h4 i img input label legend li line linearGradient ol p path pattern polygon polyline rect section small span stop ' +
    'strong sub summary sup svg table tbody td text tfoot th thead time title tr tspan ul'
  ).split(' '),
);
const allowedAttributes = new Set(
  (
    'alt checked class colspan cx cy d datetime download dx dy fill fill-opacity height hidden href hreflang id lang name ' +
    'offset patternTransform patternUnits points r rel role rowspan rx ry scope span stop-color stroke stroke-dasharray ' +
    'src stroke-width tabindex text-anchor transform type value viewBox width x x1 x2 xmlns y y1 y2 dir headers direction'
  ).split(' '),
);
/** A link may go to the site ({{base}}…), an anchor or an http(s) page; nothing else. */
const allowedHref = /^(?:\{\{base\}\}|#|https?:\/\/)/;
/** A paint may be a colour or a pattern drawn in the same file (url(#id)). */
const unsafePaint = /url\(\s*(?!['"]?#)/i;

/**
 * Refuses anything in a frozen file's CSS or markup that is not what the chart renderer writes:
 * other elements, event handlers and unknown attributes, links with other schemes, comments and
 * processing instructions, CSS that imports or fetches. Messages name the file and the line.
 */
export function checkFrozenMarkup(file: string, name: string, bodyStart: number): void {
  const lineOf = (offset: number) => file.slice(0, offset).split('\n').length;
  const fail = (offset: number, problem: string): never => {
    throw new Error(
      `${name}:${lineOf(offset)}: ${problem} (a frozen embed holds only the chart's own markup; re-freeze it with npm run embed:freeze)`,
    );
  };
  // bodyStart 0: a file of markup only (a frozen source list).
  const css = bodyStart > 0 ? file.slice(styleOpen.length, bodyStart - '</style>'.length) : '';
  const cssProblem = /<|@import|url\(|expression\(|javascript:|(?<![\w-])behavior\s*:|-moz-binding/i.exec(css);
  if (cssProblem) fail(styleOpen.length + cssProblem.index, `the style block contains "${cssProblem[0]}"`);
  const body = file.slice(bodyStart);
  const control = controlCharacter.exec(body);
  if (control) fail(bodyStart + control.index, 'a control character');
  // Every "<" opens a tag, a closing tag or a character the renderer escaped as &lt;.
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|</g;
  for (const match of body.matchAll(tag)) {
    const at = bodyStart + match.index;
    const [, , element, attributes = ''] = match;
    if (!element)
      fail(
        at,
        `"${body.slice(match.index, match.index + 12)}" is not an element of a chart (no comments, declarations or processing instructions)`,
      );
    if (!allowedElements.has(element!)) fail(at, `<${element}> is not an element a chart is drawn with`);
    const attribute = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
    for (const [, attributeName, ...values] of attributes.matchAll(attribute)) {
      const key = attributeName!;
      const value = values.find((v) => v !== undefined) ?? '';
      if (!allowedAttributes.has(key) && !/^(?:aria|data)-[a-z-]+$/.test(key))
        fail(at, `<${element}> attribute "${key}" is not one a chart uses`);
      if ((key === 'href' || key === 'src') && !allowedHref.test(value.replace(/[\t\n\r]/g, '')))
        fail(at, `<${element}> ${key} "${value.slice(0, 40)}" is not a link to the site, an anchor or an http(s) page`);
      if ((key === 'fill' || key === 'stroke') && unsafePaint.test(value))
        fail(at, `<${element}> ${key} "${value.slice(0, 40)}" refers outside the file`);
    }
  }
}
