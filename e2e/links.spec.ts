import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { DownloadManifest } from '../src/lib/edition-files.ts';
import { crawl, externalProblem } from './lib/crawl.ts';
import { distDir, embedPages, sitePages } from './lib/site.ts';

test('no broken internal link or anchor, and every page is reachable from the home page', async ({ baseURL }) => {
  // Pages no link leads to are checked too: the frozen embed versions (their addresses are in
  // the embed code, not in links), the 404 page, and robots.txt (where crawlers start).
  const seeds = [...sitePages(), ...embedPages(), '404.html', 'robots.txt'].map((path) => new URL(path, baseURL).href);
  const result = await crawl(baseURL!, { seeds });
  expect(result.broken).toEqual([]);
  const reached = result.reached.map((url) => new URL(url).pathname.slice(1)).sort();
  for (const path of sitePages()) expect(reached).toContain(path);

  // What the crawl went through, so a gap in it cannot pass unnoticed: every page, the feed, both
  // sitemaps, every oEmbed answer and every data download, each found and read.
  const fetched = result.fetched.map((url) => new URL(url).pathname.slice(1));
  const files = (dir: string) => readdirSync(`${distDir}/${dir}`).map((name) => `${dir}/${name}`);
  // The editions exist once `npm run export` has run; /download/ then links each of them.
  const manifest = `${distDir}/download/files.json`;
  const editions = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as DownloadManifest).files.map((f) => `download/${f.name}`)
    : [];
  const expected = [
    ...sitePages(),
    ...embedPages(),
    '404.html',
    ...editions,
    'updates/feed.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'manifest.webmanifest',
    ...files('oembed'),
    ...files('data'),
  ];
  for (const path of expected) expect(fetched, path).toContain(path);
  console.log(`links: ${result.fetched.length} addresses fetched, ${result.pages.length} HTML pages read`);
});

test('the external-link check accepts public http(s) addresses and nothing else', () => {
  for (const good of [
    'https://www.sipri.org/databases/armstransfers',
    'http://onwar.com/data/russopersian1911.html',
    'https://fa.wikipedia.org/wiki/%D8%A7',
  ]) {
    expect(externalProblem(good), good).toBeUndefined();
  }
  for (const bad of [
    'mailto:desk@example.org',
    'javascript:void(0)',
    'https://',
    'http://localhost:4321/',
    'https://exa mple.org/',
    'ftp://example.org/file',
    'www.example.org',
  ]) {
    expect(externalProblem(bad), bad).toBeDefined();
  }
});
