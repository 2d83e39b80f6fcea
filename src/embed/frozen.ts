// A frozen embed version is the markup and styles of an embed page as they were when frozen, so
// a correction never silently changes what a partner published. The page shell around it (the
// height announcements, the options) stays current. Pure functions, shared by the build, the
// freeze script (scripts/freeze-embeds.ts) and the tests.

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
  if (styleAt < 0 || styleEnd < 0 || start < 0 || end < start) throw new Error('not an embed page: its style block or content markers are missing');
  return { css: page.slice(styleAt + styleOpen.length, styleEnd), body: page.slice(start + contentStart.length, end) };
}

/** Site-internal links and sources lose the base path; external ones are left alone. */
export function tokeniseBase(html: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, name: string, value: string) =>
    value.startsWith(prefix) && !value.startsWith('//') ? `${name}="${baseToken}${value.slice(prefix.length)}"` : whole,
  );
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
  if (!file.startsWith(styleOpen)) throw new Error(`${name}: a frozen embed starts with its <style data-embed-style> block`);
  const end = file.indexOf('</style>');
  if (end < 0) throw new Error(`${name}: the style block is not closed`);
  return { css: file.slice(styleOpen.length, end), body: file.slice(end + '</style>'.length).trim() };
}
