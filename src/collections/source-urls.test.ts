import { describe, expect, it } from 'vitest';
import { checkOnePagePerSource, pageKey } from './source-urls.ts';
import type { Source } from './schemas.ts';

const record = (id: string, url: string, line: number) => ({
  id,
  file: 'content/sources/x.yaml',
  line,
  data: { title: 't', publisher: 'p', kind: 'wire', url } as Source,
});

describe('one entry per page', () => {
  it('treats scheme, www., host case, a trailing slash and the fragment as the same page', () => {
    expect(pageKey('http://www.TASS.com/politics/1940345/#top')).toBe(pageKey('https://tass.com/politics/1940345'));
    expect(pageKey('https://tass.com/politics/1940345?amp=1')).not.toBe(pageKey('https://tass.com/politics/1940345'));
    expect(pageKey('https://tass.com/politics/1940346')).not.toBe(pageKey('https://tass.com/politics/1940345'));
  });
  it('names both entries when two cite the same page', () => {
    expect(() =>
      checkOnePagePerSource([record('a', 'https://tass.com/politics/1940345', 3), record('b', 'http://www.tass.com/politics/1940345/', 9)]),
    ).toThrow('content/sources/x.yaml:9, id "b": field "url" is the page of id "a" (content/sources/x.yaml:3); cite that entry instead');
    expect(() => checkOnePagePerSource([record('a', 'https://tass.com/a', 3), record('b', 'https://tass.com/b', 9)])).not.toThrow();
  });
});
