import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseYamlRecords, readYamlRecords } from './yaml-records.ts';
import { sourceSchema, updateSchema } from './schemas.ts';

const good = `- id: tass-ratification
  title: Duma ratifies
  publisher: TASS
  kind: wire
  url: https://tass.com/politics/1940345
`;

describe('YAML record lists', () => {
  it('reads records with their line numbers', () => {
    const records = parseYamlRecords(`# comment\n${good}`, 'content/sources/x.yaml', sourceSchema);
    expect(records).toEqual([
      {
        id: 'tass-ratification',
        data: { title: 'Duma ratifies', publisher: 'TASS', kind: 'wire', url: 'https://tass.com/politics/1940345' },
        file: 'content/sources/x.yaml',
        line: 2,
      },
    ]);
  });

  it.each([
    ['a missing id', good.replace('- id: tass-ratification\n  title', '- title'), 'content/s.yaml:1 (record 1): field "id" is missing'],
    ['a bad id', good.replace('tass-ratification', 'TASS ratification'), 'field "id" must be kebab-case'],
    ['a duplicate id', good + good, 'content/s.yaml:6 (record 2): id "tass-ratification" is used twice (first at line 1)'],
    [
      'a missing field',
      good.replace('  publisher: TASS\n', ''),
      'content/s.yaml:1 (record 1), id "tass-ratification": field "publisher" is missing',
    ],
    [
      'a mistyped field name',
      good.replace('publisher', 'publsher'),
      'id "tass-ratification": field "publisher" is missing; unknown field "publsher" (check its spelling)',
    ],
    ['a bad URL', good.replace('https://tass.com/politics/1940345', 'not a url'), 'field "url" must be an http(s) URL'],
    [
      'a missing kind',
      good.replace('  kind: wire\n', ''),
      'content/s.yaml:1 (record 1), id "tass-ratification": field "kind" is missing; it must be one of "official"|"wire"|"newspaper"|"broadcaster"|"magazine"|"online"|"research"|"database"|"reference"|"aggregator"',
    ],
    ['an unknown kind', good.replace('kind: wire', 'kind: blog'), 'id "tass-ratification": field "kind" must be one of "official"|"wire"|'],
    [
      'an aggregator without its original',
      good.replace('kind: wire', 'kind: aggregator'),
      'id "tass-ratification": field "original" is missing: a source of kind aggregator must name the outlet whose report it carries',
    ],
    ['a syntax error', `${good}  - : [`, 'content/s.yaml:'],
    ['a plain value instead of a record', `${good}- just text\n`, 'content/s.yaml:6 (record 2): expected a record of fields'],
    ['a map instead of a list', 'title: x\n', 'content/s.yaml:1: expected a list of records'],
  ])('fails on %s, naming file, line and field', (_, text, message) => {
    expect(() => parseYamlRecords(text, 'content/s.yaml', sourceSchema)).toThrow(message);
  });

  it('says which values a field accepts', () => {
    const text = `- id: u\n  date: 2025-10-02\n  type: updte\n  chapters: [treaty]\n  title: T\n  body: B\n  sources: [s]\n`;
    expect(() => parseYamlRecords(text, 'content/updates.yaml', updateSchema)).toThrow(
      'content/updates.yaml:1 (record 1), id "u": field "type" must be one of "update"|"correction"',
    );
  });

  it('names the field inside a list', () => {
    const text = `- id: u\n  date: 2025-10-02\n  type: update\n  chapters: [treaty, Not A Slug]\n  title: T\n  body: B\n  sources: [s]\n`;
    expect(() => parseYamlRecords(text, 'content/updates.yaml', updateSchema)).toThrow(
      'content/updates.yaml:1 (record 1), id "u": field "chapters[1]" must be kebab-case',
    );
  });
});

describe('the project content', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  it('every source file is valid and ids are unique across files', () => {
    const sources = readYamlRecords(root, 'content/sources', sourceSchema);
    expect(sources.length).toBeGreaterThan(20);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });
  it('every update is valid and has sources', () => {
    const updates = readYamlRecords(root, 'content/updates.yaml', updateSchema);
    expect(updates.length).toBeGreaterThan(4);
    for (const u of updates) expect(u.data.sources.length).toBeGreaterThan(0);
  });
});

describe('messages about a field', () => {
  const text = (change: string) =>
    `- id: u\n  date: 2025-10-02\n  type: update\n  chapters: [treaty]\n  title: T\n  body: B\n  sources: [s]\n${change}`;
  it.each([
    ['a number where text belongs', text('').replace('title: T', 'title: 12'), 'field "title" must be text, not number 12'],
    [
      'text where a list belongs',
      text('').replace('chapters: [treaty]', 'chapters: treaty'),
      'field "chapters" must be a list, not text "treaty"',
    ],
    ['an empty value', text('').replace('type: update', 'type: ""'), 'field "type" is empty'],
    ['a date that does not exist', text('').replace('2025-10-02', '2025-02-30'), 'field "date" is not a real calendar date (2025-02-30)'],
    ['a date out of range', text('').replace('2025-10-02', '2015-10-02'), 'field "date" must be a real date between 2025 and 2100'],
    ['a date in another format', text('').replace('2025-10-02', '2 October 2025'), 'field "date" must be a date written YYYY-MM-DD'],
  ])('tells %s from a missing field', (_, yaml, message) => {
    expect(() => parseYamlRecords(yaml, 'content/updates.yaml', updateSchema)).toThrow(
      `content/updates.yaml:1 (record 1), id "u": ${message}`,
    );
  });
});
