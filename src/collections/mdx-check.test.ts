import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkMdxFile, checkOrder } from './mdx-check.ts';
import { chapterSchema, pageSchema } from './schemas.ts';
import { chartIds } from '../charts/registry.ts';
import { chapterFolder } from './collections.ts';

const front = `---
title: "Allies in Syria"
order: 2
standfirst: "Syria made them partners."
description: "How Russia and Iran kept Assad in power."
takeaway: "They fought side by side."
published: 2026-11-22
updated: 2026-11-22
---
`;
const body = '\nText.[@ap]\n\n<Chart id="timeline" />\n';
// The chapters' own rules (content/chapters may use <Chart> and <ChartPointer>).
const components = chapterFolder.components;
const check = (text: string) => checkMdxFile(text, 'content/chapters/syria.mdx', chapterSchema, components);

describe('chapter files', () => {
  it('accepts a valid chapter and knows the line of each field', () => {
    const { data, lines } = check(front + body);
    expect(data.order).toBe(2);
    expect(lines.get('order')).toBe(3);
  });

  it.each([
    [
      'a missing field',
      front.replace('takeaway: "They fought side by side."\n', '') + body,
      'content/chapters/syria.mdx:1: field "takeaway" is missing',
    ],
    [
      'a mistyped field',
      front.replace('order: 2', 'order: two') + body,
      'content/chapters/syria.mdx:3: field "order" must be a number, not text "two"',
    ],
    [
      'a misspelt field',
      front.replace('standfirst:', 'standfrist:') + body,
      'content/chapters/syria.mdx:4: field "standfirst" is missing; unknown field "standfrist" (check its spelling)',
    ],
    [
      'a date that does not exist',
      front.replace('published: 2026-11-22', 'published: 2026-02-30') + body,
      'content/chapters/syria.mdx:7: field "published" is not a real calendar date (2026-02-30)',
    ],
    [
      'updated before published',
      front.replace('updated: 2026-11-22', 'updated: 2026-11-01') + body,
      'content/chapters/syria.mdx:8: field "updated" must not be before published',
    ],
    [
      'a front-matter syntax error',
      front.replace('order: 2', 'order: [2') + body,
      'content/chapters/syria.mdx:4: YAML syntax error in the front matter',
    ],
    ['no front matter', body, 'content/chapters/syria.mdx:1: front matter is missing'],
    [
      'an unclosed tag',
      front + body.replace('<Chart id="timeline" />', '<Chart id="timeline">'),
      'content/chapters/syria.mdx:13: MDX syntax error: Expected a closing tag for `<Chart>`',
    ],
    [
      'an unknown chart',
      front + body.replace('"timeline"', '"timelines"'),
      `content/chapters/syria.mdx:13: <Chart> attribute "id" names unknown chart "timelines" (charts: ${chartIds.join(', ')})`,
    ],
    [
      'a chart without an id',
      front + body.replace(' id="timeline"', ''),
      'content/chapters/syria.mdx:13: <Chart> attribute "id" is missing',
    ],
    [
      'a chart id in braces',
      front + body.replace('"timeline"', '{"timeline"}'),
      'content/chapters/syria.mdx:13: <Chart> attribute "id" must be written as id="chart-id"',
    ],
    [
      'an unknown component',
      front + body.replace('<Chart', '<Map'),
      'content/chapters/syria.mdx:13: unknown component <Map> (known here: <Chart>, <ChartPointer>)',
    ],
    ['a level-1 heading', `${front}\n# Syria\n${body}`, 'content/chapters/syria.mdx:11: a level-1 heading'],
  ])('fails on %s, naming the file, line and field', (_, text, message) => {
    expect(() => check(text)).toThrow(message);
  });

  it('lets plain HTML through, and refuses components where the page provides none', () => {
    const page =
      '---\ntitle: "About"\ndescription: "What this is."\nupdated: 2026-11-22\n---\n\nA <abbr title="x">TIV</abbr> figure.\n\n<Chart id="timeline" />\n';
    expect(() => checkMdxFile(page, 'content/pages/about.mdx', pageSchema)).toThrow(
      'content/pages/about.mdx:9: unknown component <Chart> (none can be used here)',
    );
    expect(() => checkMdxFile(page.replace('<Chart id="timeline" />', ''), 'content/pages/about.mdx', pageSchema)).not.toThrow();
  });

  it('accepts every real chapter', () => {
    const dir = new URL('../../content/chapters/', import.meta.url);
    for (const name of readdirSync(dir)) {
      expect(() =>
        checkMdxFile(readFileSync(new URL(name, dir), 'utf8'), `content/chapters/${name}`, chapterSchema, components),
      ).not.toThrow();
    }
  });
});

describe('chapter order', () => {
  it('names the file and line of the chapter out of sequence', () => {
    const chapters = [
      { file: 'content/chapters/a.mdx', order: 1, line: 3 },
      { file: 'content/chapters/b.mdx', order: 1, line: 3 },
    ];
    expect(() => checkOrder(chapters)).toThrow('content/chapters/b.mdx:3: field "order" is 1, expected 2');
    expect(() => checkOrder([{ ...chapters[0]! }, { ...chapters[1]!, order: 2 }])).not.toThrow();
  });
});

// The security probe's W2 and W10: markup that runs, frames or styles, and control characters,
// stop the build at their line instead of shipping in every reader's page and partner's frame.
describe('content cannot carry code', () => {
  const at = (extra: string) => front + '\nText.[@ap]\n\n' + extra + '\n';
  const line = front.split('\n').length + 3;
  it.each([
    [
      'a script',
      '<script>window.mdxInjected = document.domain</script>',
      `content/chapters/syria.mdx:${line}: <script> is not allowed in content`,
    ],
    ['a style element', '<style>{`body{display:none}`}</style>', `:${line}: <style> is not allowed in content`],
    ['an iframe', '<iframe src="https://evil.example/" />', `:${line}: <iframe> is not allowed in content`],
    ['an object', '<object data="x.swf" />', `:${line}: <object> is not allowed`],
    ['an embed', '<embed src="x" />', `:${line}: <embed> is not allowed`],
    ['a meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />', `:${line}: <meta> is not allowed`],
    ['a base element', '<base href="https://evil.example/" />', `:${line}: <base> is not allowed`],
    [
      'an event handler',
      '<span onMouseOver="alert(1)">x</span>',
      `:${line}: <span> attribute "onMouseOver": event handlers are not allowed`,
    ],
    ['a style attribute', '<span style="color:red">x</span>', `:${line}: <span> attribute "style"`],
    ['an expression attribute', '<a href={"javascript:alert(1)"}>x</a>', `:${line}: <a> attribute "href" is a {…} expression`],
    [
      'a javascript: link in HTML',
      '<a href="javascript:alert(1)">x</a>',
      `:${line}: <a> attribute "href": only http(s), relative and #anchor links`,
    ],
    ['a javascript: link in Markdown', '[x](javascript:alert(1))', `:${line}: a link to "javascript:alert(1)"`],
    ['a data: image', '![x](data:image/svg+xml,x)', `:${line}: a link to "data:image/svg+xml,x"`],
    ['an expression', 'Sum: {1 + 1}', `:${line}: {…} expressions are not allowed in content`],
    ['an export', 'export const x = 1', `:${line}: import and export statements are not allowed in content`],
    ['a control character', 'Text\u0001.[@ap]', `:${line}: a control character (U+0001); delete it`],
  ])('refuses %s', (_what, extra, message) => {
    expect(() => check(at(extra))).toThrow(message);
  });
  it('still accepts plain HTML text markup and components', () => {
    expect(() => check(at('<abbr title="Islamic Revolutionary Guard Corps">IRGC</abbr> and <Chart id="timeline" />'))).not.toThrow();
  });
});
