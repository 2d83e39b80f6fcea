// After the build, gives every page its Content-Security-Policy (a meta tag worked out from the
// page's own inline scripts, src/security/policy.ts) and writes `_headers` with the same policies
// plus what only a header can say: who may frame the page. It runs before the offline integration,
// so the offline copy holds the pages as served.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, type PageHeaders } from './headers.ts';
import { policyFor, withPolicyMeta } from './policy.ts';

/** Pages: every index.html, and 404.html. Other .html files are downloads (the one-file edition). */
function pageFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : pageFiles(path, root);
    const file = relative(root, path).split(sep).join('/');
    return name === 'index.html' || file === '404.html' ? [file] : [];
  });
}

export function security(): AstroIntegration {
  let base = '/';
  return {
    name: 'security',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: PageHeaders[] = pageFiles(out).map((file) => {
          const html = readFileSync(join(out, file), 'utf8');
          const kind = file.startsWith('embed/') ? 'embed' : 'page';
          const policy = policyFor(kind, html);
          writeFileSync(join(out, file), withPolicyMeta(html, policy, file));
          return { path: `${base}${file.replace(/index\.html$/, '')}`, kind, policy };
        });
        writeFileSync(join(out, '_headers'), headersFile(pages, base));
        logger.info(`Content-Security-Policy on ${pages.length} pages; _headers written`);
      },
    },
  };
}
