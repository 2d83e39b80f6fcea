// What the built site contains, read from the build output, so the tests follow the content.
import { filesUnder, isPageFile } from '../../src/lib/output-files.ts';

export const distDir = process.env['OUT_DIR'] ?? 'dist';

/** Every .html file of the build, relative to it: the pages and the one-file edition. */
export function builtHtmlFiles(): string[] {
  return filesUnder(distDir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('_astro/'))
    .sort();
}

function builtPages(): string[] {
  return builtHtmlFiles()
    .filter(isPageFile)
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

/** Every page of the site a reader browses, as a path relative to the site root ('' for the home page). */
export function sitePages(): string[] {
  return builtPages().filter((path) => !path.startsWith('embed/'));
}

/** The embed pages (/embed/<chart>/ and its frozen versions), made for other sites' iframes. */
export function embedPages(): string[] {
  return builtPages().filter((path) => path.startsWith('embed/') && !path.endsWith('/sources/'));
}

/** The embeds' source pages (/embed/<chart>/[v<n>/]sources/), which their note numbers open. */
export function embedSourcePages(): string[] {
  return builtPages().filter((path) => path.startsWith('embed/') && path.endsWith('/sources/'));
}
