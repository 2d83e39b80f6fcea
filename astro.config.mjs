// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkEditionHeadings } from './src/markdown/remark-edition-headings.ts';
import { remarkBothCalendars } from './src/markdown/remark-both-calendars.ts';
import { offline } from './src/offline/integration.ts';
import { security } from './src/security/integration.ts';
import { defaultLang, languageSpecs, publishedLanguages } from './src/i18n/languages.ts';
import { notFoundPages } from './src/i18n/not-found.ts';

// Newsrooms host the explainer under a path of their own (for example /projects/russia-iran/):
// set BASE_PATH at build time. SITE_URL is the origin it is deployed to; canonical URLs,
// Open Graph tags, the sitemap and the feed are absolute and use it.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Embed pages are for other sites' iframes (and say noindex): not in the sitemap.
  // security() adds each page's Content-Security-Policy and writes _headers (src/security/).
  // offline() writes sw.js from the finished output, so it stays last: whatever the integrations
  // before it write (the export files in download/) is in the offline copy.
  // The sitemap lists each page with its alternates in every language (hreflang), as the pages do.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page) && !page.includes('/embed/'),
      i18n: {
        defaultLocale: defaultLang,
        locales: Object.fromEntries(publishedLanguages.map((lang) => [lang, languageSpecs[lang].tag])),
      },
    }),
    notFoundPages(),
    security(),
    offline(),
  ],
  // The remark pipeline (not Astro 7's default Sätteri) because citations are a remark plugin.
  markdown: { processor: unified({ remarkPlugins: [remarkCitations, remarkEditionHeadings, remarkBothCalendars], smartypants: true }) },
  prefetch: false,
  devToolbar: { enabled: false },
});
