// A translated chapter's section headings keep the English headings' anchors (#wars-that-redrew-the-caucasus),
// so a link to a section, and the language switcher, land on the same section in every language.
// The editions check (src/collections/editions.ts) has made sure the blocks match one for one, so
// the n-th heading of the translation is the n-th of the English. Ids are made as Astro makes them
// (github-slugger, over the heading's text).
import { existsSync, readFileSync } from 'node:fs';
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import { editionLang } from './remark-citations.ts';

/** The ids Astro gives the English document's headings, in order: `## Title [@x]` → `title`. */
export function englishHeadingIds(text: string): string[] {
  const slugger = new GithubSlugger();
  return text
    .split('\n')
    .filter((line) => /^#{2,6} /.test(line))
    .map((line) =>
      slugger.slug(
        line
          .replace(/^#+ /, '')
          .replace(/\[@[^\]]+\]/g, '')
          .replace(/[*_`]/g, '')
          .trim(),
      ),
    );
}

export function remarkEditionHeadings() {
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '';
    const lang = editionLang(path);
    if (!lang) return;
    const english = path.replace(new RegExp(`([\\\\/]content[\\\\/])${lang}[\\\\/]`), '$1');
    if (!existsSync(english)) return;
    const ids = englishHeadingIds(readFileSync(english, 'utf8'));
    let n = 0;
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth < 2) return;
      const id = ids[n++];
      if (id === undefined) return;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    });
  };
}
