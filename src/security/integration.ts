// After the build, gives every page its Content-Security-Policy (a meta tag worked out from the
// page's own inline scripts, src/security/policy.ts) and writes `_headers` with the same policies
// plus what only a header can say: who may frame the page. It runs before the offline integration,
// so the offline copy holds the pages as served.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, type PageHeaders } from './headers.ts';
import { policyFor, withPolicyMeta } from './policy.ts';
import { filesUnder, isPageFile } from '../lib/output-files.ts';

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
        // Every page, and 404.html, which hosts serve at any unknown address.
        const files = filesUnder(out).filter((file) => isPageFile(file) || file === '404.html');
        const pages: PageHeaders[] = files.map((file) => {
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
