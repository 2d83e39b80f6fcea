// After the build, gives every page its Content-Security-Policy (a meta tag worked out from the
// page's own inline scripts, src/security/policy.ts) and writes `_headers` with the same policies
// plus what only a header can say: who may frame the page. It runs before the offline integration,
// so the offline copy holds the pages as served.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, type PageHeaders } from './headers.ts';
import { policyFor, resourcePolicy, unshippedScripts, withPolicyMeta } from './policy.ts';
import { filesUnder, isPageFile } from '../lib/output-files.ts';
import { pageHeadScript } from '../layouts/head-script.ts';
import { bundledScript } from '../embed/bundle.ts';

/**
 * Records the client scripts Astro compiles from our components (the <script> blocks of
 * ThemeToggle, OfflineNote, Chart): Astro inlines the small ones into the pages, and this is how
 * the policy knows that text as ours. It runs before Astro's own script plugin, which takes the
 * inlined chunks out of the bundle.
 */
function shippedScriptsPlugin(shipped: Set<string>) {
  return {
    name: 'security:shipped-scripts',
    enforce: 'pre' as const,
    generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string; facadeModuleId?: string | null }>) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.code && output.facadeModuleId && /[?&]type=script\b/.test(output.facadeModuleId))
          shipped.add(output.code.trim());
      }
    },
  };
}

export function security(): AstroIntegration {
  let base = '/';
  const shipped = new Set<string>();
  return {
    name: 'security',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [shippedScriptsPlugin(shipped)] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The inline scripts the site itself ships; any other inline script stops the build.
        for (const script of [pageHeadScript, await bundledScript('head'), await bundledScript('child')]) shipped.add(script);
        // Every page, and each language's 404.html, which hosts serve at any unknown address.
        const files = filesUnder(out).filter((file) => isPageFile(file) || /(^|\/)404\.html$/.test(file));
        const pages: PageHeaders[] = files.map((file) => {
          const html = readFileSync(join(out, file), 'utf8');
          // An embed page in any language: embed/…, ru/embed/…
          const kind = /^(?:[a-z]{2,3}\/)?embed\//.test(file) ? 'embed' : 'page';
          const unknown = unshippedScripts(html, shipped)[0];
          if (unknown !== undefined) {
            throw new Error(
              `${file}: an inline script the site does not ship ("${unknown.trim().slice(0, 80)}"); content cannot add scripts, and the policy would not allow it`,
            );
          }
          const policy = policyFor(kind, html, shipped);
          writeFileSync(join(out, file), withPolicyMeta(html, policy, file));
          return { path: `${base}${file.replace(/index\.html$/, '')}`, kind, policy };
        });
        // SVG downloads and XML files open as documents of their own: they get a policy too.
        const resources: PageHeaders[] = filesUnder(out)
          .filter((file) => /\.(svg|xml)$/.test(file))
          .map((file) => ({ path: `${base}${file}`, kind: 'resource', policy: resourcePolicy(readFileSync(join(out, file), 'utf8')) }));
        writeFileSync(join(out, '_headers'), headersFile([...pages, ...resources], base));
        logger.info(`Content-Security-Policy on ${pages.length} pages; _headers written`);
      },
    },
  };
}
