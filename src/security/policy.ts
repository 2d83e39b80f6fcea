// The Content-Security-Policy of every built page, worked out from the page itself: each inline
// script (Astro inlines small modules; the theme and embed scripts are ours) is allowed by its
// SHA-256 hash, so no inline script runs without one and nothing may call eval. Plain TypeScript:
// the build integration, the static server and the tests share it.
import { createHash } from 'node:crypto';

/** A page, an embed page, or a file a browser may open as a document of its own (an SVG download, the feed). */
export type PageKind = 'page' | 'embed' | 'resource';

/** Script types the browser runs. JSON-LD and other data blocks are inert, so CSP ignores them. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

interface Element {
  attributes: string;
  text: string;
}

function elements(html: string, tag: 'script' | 'style'): Element[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({ attributes: match[1] ?? '', text: match[2] ?? '' }));
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** The text of every inline script the browser would run (no src, a JavaScript type). */
export function inlineScripts(html: string): string[] {
  return elements(html, 'script')
    .filter((script) => attribute(script.attributes, 'src') === undefined)
    .filter((script) => executableTypes.has((attribute(script.attributes, 'type') ?? '').trim().toLowerCase()))
    .map((script) => script.text);
}

/** The inline scripts of a page that are not among those the site ships. */
export function unshippedScripts(html: string, shipped: ReadonlySet<string>): string[] {
  return inlineScripts(html).filter((text) => !shipped.has(text));
}

export function inlineStyles(html: string): string[] {
  return elements(html, 'style').map((style) => style.text);
}

/** A CSP hash source: the browser hashes the element's text exactly as written. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export type Policy = ReadonlyMap<string, readonly string[]>;

/**
 * The policy for one page. Everything comes from the site's own origin; inline scripts and (on
 * embed pages, whose styles are inline so a sandboxed frame needs no second request) inline
 * styles are allowed by hash only. Chapters may not be framed; embed pages may be, by anyone.
 */
export function policyFor(kind: PageKind, html: string, shipped?: ReadonlySet<string>): Policy {
  // With the list of scripts the site ships, only those are hashed: a script that content slipped
  // into a page is not allowed to run, even if the build were not stopped by it.
  const scripts = [
    ...new Set(
      inlineScripts(html)
        .filter((text) => !shipped || shipped.has(text))
        .map(hashSource),
    ),
  ];
  const styles = [...new Set(inlineStyles(html).map(hashSource))];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scripts]],
    ['style-src', kind === 'embed' ? (styles.length > 0 ? styles : ["'none'"]) : ["'self'", ...styles]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  // frame-ancestors only works as a header (browsers ignore it in a meta tag). Leaving it out on
  // embed pages is what lets any site frame them.
  if (kind === 'page') directives.push(['frame-ancestors', ["'none'"]]);
  return new Map(directives);
}

/**
 * The policy for an SVG or XML file opened on its own (a chart download, the feed, a sitemap):
 * nothing may load or run, and its own inline stylesheet is allowed by hash. No script, even one
 * a bad edit put in the file, runs in our origin from it.
 */
export function resourcePolicy(text: string): Policy {
  const styles = [...new Set(inlineStyles(text).map(hashSource))];
  return new Map<string, readonly string[]>([
    ['default-src', ["'none'"]],
    ['style-src', styles.length > 0 ? styles : ["'none'"]],
    ['img-src', ["'self'"]],
    // A Persian chart download carries its typeface inside it, as data: URLs (src/fonts/embedded.ts).
    ['font-src', ['data:']],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ]);
}

export function serialise(policy: Policy, where: 'meta' | 'header'): string {
  return [...policy]
    .filter(([name]) => where === 'header' || name !== 'frame-ancestors')
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export function parsePolicy(text: string): Policy {
  const entries = text
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((tokens) => tokens[0])
    .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const);
  return new Map(entries);
}

/** The same referrer rule everywhere: sources we link to learn our origin, never the page. */
export const referrerPolicy = 'strict-origin-when-cross-origin';

/** Puts the policy first in <head>, right after the charset, so it covers every script. */
export function withPolicyMeta(html: string, policy: Policy, file: string): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) throw new Error(`${file}: already has a Content-Security-Policy meta tag`);
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error(`${file}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${serialise(policy, 'meta')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
