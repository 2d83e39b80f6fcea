import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { chartRule, checkMdxFile, checkOrder } from './mdx-check.ts';
import { chapterSchema, pageSchema } from './schemas.ts';
import { chartIds } from '../charts/ids.ts';

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
const components = { Chart: chartRule(chartIds) };
const check = (text: string) => checkMdxFile(text, 'content/chapters/syria.mdx', chapterSchema, components);

describe('chapter files', () => {
  it('accepts a valid chapter and knows the line of each field', () => {
    const { data, lines } = check(front + body);
    expect(data.order).toBe(2);
    expect(lines.get('order')).toBe(3);
  });

  it.each([
    ['a missing field', front.replace('takeaway: "They fought side by side."\n', '') + body, 'content/chapters/syria.mdx:1: field "takeaway" is missing'],
    ['a mistyped field', front.replace('order: 2', 'order: two') + body, 'content/chapters/syria.mdx:3: field "order" must be a number, not text "two"'],
    ['a misspelt field', front.replace('standfirst:', 'standfrist:') + body, 'content/chapters/syria.mdx:4: field "standfirst" is missing; unknown field "standfrist" (check its spelling)'],
    ['a date that does not exist', front.replace('published: 2026-11-22', 'published: 2026-02-30') + body, 'content/chapters/syria.mdx:7: field "published" is not a real calendar date (2026-02-30)'],
    ['updated before published', front.replace('updated: 2026-11-22', 'updated: 2026-11-01') + body, 'content/chapters/syria.mdx:8: field "updated" must not be before published'],
    ['a front-matter syntax error', front.replace('order: 2', 'order: [2') + body, 'content/chapters/syria.mdx:4: YAML syntax error in the front matter'],
    ['no front matter', body, 'content/chapters/syria.mdx:1: front matter is missing'],
    ['an unclosed tag', front + body.replace('<Chart id="timeline" />', '<Chart id="timeline">'), 'content/chapters/syria.mdx:13: MDX syntax error: Expected a closing tag for `<Chart>`'],
    ['an unknown chart', front + body.replace('"timeline"', '"timelines"'), 'content/chapters/syria.mdx:13: <Chart> attribute "id" names unknown chart "timelines" (charts: arms-transfers, treaty-scope, timeline)'],
    ['a chart without an id', front + body.replace(' id="timeline"', ''), 'content/chapters/syria.mdx:13: <Chart> attribute "id" is missing'],
    ['a chart id in braces', front + body.replace('"timeline"', '{"timeline"}'), 'content/chapters/syria.mdx:13: <Chart> attribute "id" must be written as id="chart-id"'],
    ['an unknown component', front + body.replace('<Chart', '<Map'), 'content/chapters/syria.mdx:13: unknown component <Map> (known here: <Chart>)'],
    ['a level-1 heading', `${front}\n# Syria\n${body}`, 'content/chapters/syria.mdx:11: a level-1 heading'],
  ])('fails on %s, naming the file, line and field', (_, text, message) => {
    expect(() => check(text)).toThrow(message);
  });

  it('lets plain HTML through, and refuses components where the page provides none', () => {
    const page = '---\ntitle: "About"\ndescription: "What this is."\nupdated: 2026-11-22\n---\n\nA <abbr title="x">TIV</abbr> figure.\n\n<Chart id="timeline" />\n';
    expect(() => checkMdxFile(page, 'content/pages/about.mdx', pageSchema)).toThrow('content/pages/about.mdx:9: unknown component <Chart> (none can be used here)');
    expect(() => checkMdxFile(page.replace('<Chart id="timeline" />', ''), 'content/pages/about.mdx', pageSchema)).not.toThrow();
  });

  it('accepts every real chapter', () => {
    const dir = new URL('../../content/chapters/', import.meta.url);
    for (const name of readdirSync(dir)) {
      expect(() => checkMdxFile(readFileSync(new URL(name, dir), 'utf8'), `content/chapters/${name}`, chapterSchema, components)).not.toThrow();
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
