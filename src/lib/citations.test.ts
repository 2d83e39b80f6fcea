import { describe, it, expect } from 'vitest';
import { checkReferences, resolveCitations, unusedSources } from './citations.ts';
import type { Source } from '../collections/schemas.ts';

const ap: Source = {
  title: 'What to know',
  publisher: 'Associated Press',
  kind: 'wire',
  date: '2025-01-17',
  url: 'https://example.com/ap',
};
const sources = new Map([['ap', ap]]);

describe('citation resolution', () => {
  it('attaches each cited source', () => {
    expect(resolveCitations([{ id: 'ap', n: 1, refs: ['ref-1-1'], line: 3 }], sources, 'content/chapters/x.mdx')).toEqual([
      { id: 'ap', n: 1, refs: ['ref-1-1'], line: 3, source: ap },
    ]);
  });

  it('fails on an unknown id, naming the file, the line of its first citation, the id and the note', () => {
    expect(() => resolveCitations([{ id: 'nope', n: 3, refs: ['ref-3-1'], line: 12 }], sources, 'content/chapters/x.mdx')).toThrow(
      'content/chapters/x.mdx:12: cites unknown source "nope" (note 3)',
    );
  });

  it('finds sources nothing cites', () => {
    expect(unusedSources(['ap', 'b', 'a'], new Set(['ap']))).toEqual(['a', 'b']);
    expect(unusedSources(['ap'], new Set(['ap']))).toEqual([]);
  });

  it('checks references from updates', () => {
    expect(() => checkReferences('content/updates.yaml, id "u"', ['ap', 'x', 'y'], sources, 'source')).toThrow(
      'content/updates.yaml, id "u": unknown source "x", "y"',
    );
    expect(() => checkReferences('u', ['treaty'], new Set(['treaty']), 'chapter')).not.toThrow();
    // The owner may be computed only when needed (finding a line means parsing the file again).
    let asked = 0;
    const owner = () => ((asked += 1), 'content/updates.yaml:4, id "u", field "chapters"');
    checkReferences(owner, ['treaty'], new Set(['treaty']), 'chapter');
    expect(asked).toBe(0);
    expect(() => checkReferences(owner, ['treaties'], new Set(['treaty']), 'chapter')).toThrow(
      'content/updates.yaml:4, id "u", field "chapters": unknown chapter "treaties"',
    );
  });
});
