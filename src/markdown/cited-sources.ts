// The citations in a chapter or page as the build's remark plugin (remark-citations.ts) finds
// them, without rendering the page: for the in-process content check. It fails as the build does
// on a malformed citation or a chapter paragraph without one.
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { splitMdx } from '../collections/mdx-check.ts';
import { remarkCitations, type CitedSource } from './remark-citations.ts';

/** `file` is the path from `root` (content/chapters/syria.mdx), as messages name it. */
export function citedSources(text: string, file: string, root: string): CitedSource[] {
  // The front matter blanked out, so that lines are the file's, as in the build.
  const body = splitMdx(text)?.body ?? text;
  const vfile = new VFile({ value: body, path: join(root, file), cwd: root });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations);
  processor.runSync(processor.parse(vfile), vfile);
  return (vfile.data as { astro?: { frontmatter?: { citations?: CitedSource[] } } }).astro?.frontmatter?.citations ?? [];
}
