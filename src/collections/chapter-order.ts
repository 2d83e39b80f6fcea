// Chapter slugs in reading order, read straight from the chapter files' `order` front matter.
// For scripts and tests that run outside Astro (the export, Playwright); pages use getChapters().
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function chapterSlugs(dir = 'content/chapters'): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      slug: name.replace(/\.mdx$/, ''),
      order: Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1]),
    }))
    .sort((a, b) => a.order - b.order)
    .map((c) => c.slug);
}
