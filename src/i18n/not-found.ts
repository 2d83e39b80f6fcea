// Astro writes the 404 page of each language as <lang>/404/index.html (src/pages/[...lang]/404.astro);
// hosts look for 404.html. This moves each to 404.html in its language's folder (404.html at the
// root, ru/404.html…), before the integrations after it (security, offline) read the output.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLang, publishedLanguages } from './languages.ts';

/** Where a language's 404 page is served from, inside the output: `404.html`, `ru/404.html`. */
export const notFoundFile = (lang: string) => (lang === defaultLang ? '404.html' : `${lang}/404.html`);

export function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const lang of publishedLanguages) {
          const folder = join(out, lang === defaultLang ? '' : lang, '404');
          if (!existsSync(join(folder, 'index.html'))) throw new Error(`not-found-pages: ${folder}/index.html was not built`);
          renameSync(join(folder, 'index.html'), join(out, notFoundFile(lang)));
          rmdirSync(folder);
        }
      },
    },
  };
}
