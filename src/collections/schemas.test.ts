import { describe, it, expect } from 'vitest';
import { chapterSchema, sourceSchema, updateSchema, partialDate, siteSchema, SOURCE_KINDS } from './schemas.ts';
import { site } from '../lib/site.ts';

const chapter = {
  title: 'Historic rivals become allies',
  order: 1,
  standfirst: 'Two empires fought.',
  description: 'How rivals became allies.',
  takeaway: 'They fought, then traded.',
  published: '2026-11-22',
  updated: '2026-11-22',
};

describe('chapter front matter', () => {
  it('accepts a complete chapter', () => {
    expect(chapterSchema.parse(chapter).published).toEqual(new Date('2026-11-22'));
  });
  it.each([
    ['title', { title: '' }],
    ['order', { order: 0 }],
    ['order', { order: 1.5 }],
    ['description', { description: 'x'.repeat(161) }],
    ['updated', { updated: '2026-11-01' }],
    ['published', { published: 'yesterday' }],
    // JavaScript's Date turns these into 2 March and 1 July without complaint.
    ['published', { published: '2026-02-30' }],
    ['updated', { updated: '2026-06-31' }],
  ])('rejects a bad %s', (field, change) => {
    const result = chapterSchema.safeParse({ ...chapter, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([field]);
  });
  it('rejects an unknown field, so a typo cannot hide a value', () => {
    const result = chapterSchema.safeParse({ ...chapter, standfrist: 'typo' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });
});

describe('sources', () => {
  const source = { title: 'Treaty text', publisher: 'TASS', kind: 'wire', url: 'https://tass.com/politics/1940345' } as const;
  it('accepts a source with or without a date', () => {
    expect(sourceSchema.parse(source)).toEqual(source);
    expect(sourceSchema.parse({ ...source, date: '2025-04', lang: 'ru' }).date).toBe('2025-04');
  });
  it('rejects a URL that is not http(s)', () => {
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'tass.com' }).success).toBe(false);
  });
  it('rejects a missing publisher', () => {
    const { publisher: _, ...rest } = source;
    expect(sourceSchema.safeParse(rest).error!.issues[0]!.path).toEqual(['publisher']);
  });
  it('requires a kind from the vocabulary', () => {
    const { kind: _, ...rest } = source;
    expect(sourceSchema.safeParse(rest).error!.issues.map((i) => i.path)).toEqual([['kind']]);
    expect(sourceSchema.safeParse({ ...source, kind: 'blog' }).error!.issues.map((i) => i.path)).toEqual([['kind']]);
    for (const kind of SOURCE_KINDS.filter((k) => k !== 'aggregator'))
      expect(sourceSchema.safeParse({ ...source, kind }).success, kind).toBe(true);
  });
  it('requires an aggregator to name its original', () => {
    expect(sourceSchema.safeParse({ ...source, kind: 'aggregator' }).error!.issues.map((i) => [i.path, i.message])).toEqual([
      [['original'], 'is missing: a source of kind aggregator must name the outlet whose report it carries (original: publisher: …)'],
    ]);
    expect(sourceSchema.safeParse({ ...source, kind: 'aggregator', original: { publisher: 'Reuters' } }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, kind: 'aggregator', original: { title: 'No publisher' } }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, kind: 'aggregator', original: { publisher: 'Reuters', url: 'ftp://x' } }).success).toBe(
      false,
    );
  });
  it('accepts an ownership from the vocabulary, asks which state for other-state, and none for an official source', () => {
    expect(sourceSchema.safeParse({ ...source, ownership: 'russia-state' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, ownership: 'russia' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, ownership: 'other-state' }).error!.issues.map((i) => i.path)).toEqual([['note']]);
    expect(sourceSchema.safeParse({ ...source, ownership: 'other-state', note: "Armenia's state news agency." }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, kind: 'official', ownership: 'russia-state' }).error!.issues.map((i) => i.path)).toEqual([
      ['ownership'],
    ]);
  });
});

describe('partial dates', () => {
  it.each(['1813', '1911-12', '2025-01-17'])('accepts %s', (value) => expect(partialDate.parse(value)).toBe(value));
  it.each(['2025-02-30', '2025-13', '25-01-01', '17 January 2025', '1500'])('rejects %s', (value) =>
    expect(partialDate.safeParse(value).success).toBe(false),
  );
  it('accepts a YAML date object', () => expect(partialDate.parse(new Date('2025-10-02'))).toBe('2025-10-02'));
  it('says a year out of range is out of range, not unreal', () => {
    expect(partialDate.safeParse('1622-07').error!.issues.map((i) => i.message)).toEqual(['must be between 1700 and 2100']);
  });
});

describe('updates', () => {
  const update = {
    date: '2025-10-02',
    type: 'update',
    chapters: ['treaty'],
    title: 'In force',
    body: 'The treaty entered into force.',
    sources: ['tass'],
  };
  it('accepts an update', () => expect(updateSchema.parse(update).date).toEqual(new Date('2025-10-02')));
  it('rejects an update without sources or chapters, or of an unknown type', () => {
    expect(updateSchema.safeParse({ ...update, sources: [] }).success).toBe(false);
    expect(updateSchema.safeParse({ ...update, chapters: [] }).success).toBe(false);
    expect(updateSchema.safeParse({ ...update, type: 'rumour' }).success).toBe(false);
  });
});

describe('site.yaml', () => {
  it('refuses coverage that runs past the last update', () => {
    const dayAfterUpdate = new Date(site.updated.getTime() + 86_400_000);
    const result = siteSchema.safeParse({ ...site, coverageUntil: dayAfterUpdate });
    expect(result.error!.issues.map((i) => i.path)).toEqual([['coverageUntil']]);
  });
  it('is valid and its coverage date is not after its last update', () => {
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(site.coverageUntil.getTime()).toBeLessThanOrEqual(site.updated.getTime());
  });
});
