// What the built site contains, read from the build output, so the tests follow the content.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = process.env['OUT_DIR'] ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every .html file of the build, relative to it: the pages and the one-file edition. */
export function builtHtmlFiles(): string[] {
  return htmlFiles(distDir)
    .map((file) => relative(distDir, file).replace(/\\/g, '/'))
    .sort();
}

function builtPages(): string[] {
  return builtHtmlFiles()
    // Pages are directories (index.html); other .html files are downloads (the one-file edition).
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

/** Every page of the site a reader browses, as a path relative to the site root ('' for the home page). */
export function sitePages(): string[] {
  return builtPages().filter((path) => !path.startsWith('embed/'));
}

/** The embed pages (/embed/<chart>/ and its frozen versions), made for other sites' iframes. */
export function embedPages(): string[] {
  return builtPages().filter((path) => path.startsWith('embed/'));
}

/** Chapter slugs, in reading order, as the content defines them. */
export { chapterSlugs } from '../../src/content/chapter-order.ts';
