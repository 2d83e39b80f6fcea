import { describe, it, expect } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkCitations, type CitedSource } from './remark-citations.ts';

async function render(markdown: string, path = '/site/content/chapters/test.mdx') {
  const file = new VFile({ value: markdown, path });
  const html = String(
    await unified().use(remarkParse).use(remarkMdx).use(remarkCitations).use(remarkRehype).use(rehypeStringify).process(file),
  );
  const frontmatter = (file.data as { astro: { frontmatter: { citations: CitedSource[]; words: number; readingMinutes: number } } }).astro
    .frontmatter;
  return { html, ...frontmatter };
}

describe('remarkCitations', () => {
  it('numbers sources in order of first citation and anchors every occurrence', async () => {
    const { html, citations } = await render('First.[@alpha] Second.[@beta; @alpha]\n\nThird.[@beta]');
    expect(citations).toEqual([
      { id: 'alpha', n: 1, refs: ['ref-1-1', 'ref-1-2'], line: 1 },
      { id: 'beta', n: 2, refs: ['ref-2-1', 'ref-2-2'], line: 1 },
    ]);
    expect(html).toContain(
      '<sup class="cite"><a href="#note-1" id="ref-1-1" class="cite-link" data-source="alpha"><span class="visually-hidden">Note </span>1</a></sup>',
    );
    expect(html).toContain(
      '<a href="#note-2" id="ref-2-1" class="cite-link" data-source="beta"><span class="visually-hidden">Note </span>2</a>,<a href="#note-1" id="ref-1-2"',
    );
    expect(html).not.toContain('[@');
  });

  it('keeps the text around a citation intact', async () => {
    const { html } = await render('Before [@alpha] after, and *emphasis*.[@alpha]');
    expect(html).toMatch(/^<p>Before <sup class="cite">.*<\/sup> after, and <em>emphasis<\/em>\.<sup/);
  });

  it('fails on a paragraph of a chapter without a citation, naming file and line', async () => {
    await expect(render('Cited.[@alpha]\n\nNot cited at all.')).rejects.toThrow(
      /test\.mdx:3: paragraph has no citation: "Not cited at all\./,
    );
  });

  it("records the line of each source's first citation, also inside a paragraph that spans lines", async () => {
    const { citations } = await render('Intro.[@alpha]\n\nOne line,\nanother.[@beta] And[@alpha]');
    expect(citations.map((c) => [c.id, c.line])).toEqual([
      ['alpha', 1],
      ['beta', 4],
    ]);
  });

  it('names the line and the file relative to the project for a malformed citation after a good one', async () => {
    const path = `${process.cwd()}/content/chapters/test.mdx`;
    await expect(render('Intro.\n\nFirst.[@alpha]\nthen.[@ alpha]', path)).rejects.toThrow(
      /^content\/chapters\/test\.mdx:4: malformed citation "\[@ alpha\]"/,
    );
  });

  it('does not require citations outside chapters', async () => {
    const { citations } = await render('No citation here.', '/site/content/pages/about.mdx');
    expect(citations).toEqual([]);
  });

  it('fails on a malformed citation instead of printing it', async () => {
    await expect(render('Typo.[@Alpha Beta]')).rejects.toThrow(/test\.mdx:1: malformed citation "\[@Alpha Beta\]"/);
    await expect(render('Typo.[@alpha,@beta]')).rejects.toThrow(/malformed citation/);
  });

  it('counts words for the reading time', async () => {
    const { words, readingMinutes } = await render(`${'word '.repeat(1150)}[@alpha]`);
    expect(words).toBe(1150);
    expect(readingMinutes).toBe(5);
  });
});
