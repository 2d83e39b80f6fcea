// The `_headers` file (the format Netlify, Cloudflare Pages and others read): written by the build
// for hosts that read one, and read back by tools/serve.ts so the tests see what a host sends.
//
// Those hosts apply every rule whose path matches and join repeated header names with commas, so
// a `/*` rule carrying a CSP would add `frame-ancestors 'none'` to embed pages too. Page policies
// are therefore listed path by path; only headers that are the same everywhere go under `/*`.
import { referrerPolicy, serialise, type PageKind, type Policy } from './policy.ts';

export interface PageHeaders {
  /** The URL path the host serves the page at, base path included. */
  path: string;
  kind: PageKind;
  policy: Policy;
}

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

export function headersFile(pages: readonly PageHeaders[], base: string): string {
  const lines = [
    '# Response headers for hosts that read a _headers file. Written by the build (src/security/);',
    '# edit the source, not this file.',
    `${base}*`,
    `  Referrer-Policy: ${referrerPolicy}`,
    '  X-Content-Type-Options: nosniff',
  ];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    // A host that also serves /<page>/index.html must send that spelling the same headers.
    const paths = page.path.endsWith('/') ? [page.path, `${page.path}index.html`] : [page.path];
    for (const path of paths) {
      lines.push(path, `  Content-Security-Policy: ${serialise(page.policy, 'header')}`);
      // For browsers that predate frame-ancestors.
      if (page.kind !== 'embed') lines.push('  X-Frame-Options: DENY');
    }
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers, line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(rulePath: string, pathname: string): boolean {
  if (rulePath.endsWith('*')) return pathname.startsWith(rulePath.slice(0, -1));
  return rulePath === pathname;
}

/** What such a host sends for a path: every matching rule, repeated names joined by ", ". */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}

/**
 * The one path a request stands for: percent-decoded once, "." and ".." segments and repeated
 * slashes resolved, the way a URL parser resolves them. Both the file and its headers are chosen
 * from it, so no other spelling of a page (`/%74reaty/`, `/embed/..%2ftreaty/`) reaches the file
 * without its headers. Undefined for a path that does not decode, or holds a NUL or a backslash:
 * the server answers 400.
 */
export function normalisePath(rawPathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded) || !decoded.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && /\/\.{0,2}$/.test(decoded) ? '/' : '';
  return `/${segments.join('/')}${trailing}`;
}
