import { describe, expect, it } from 'vitest';
import { chartSourceAnchor, citingPlaces, compareEntries, countByKind, placeLink, type CitingInput } from './bibliography.ts';

const input: CitingInput = {
  chapters: [
    { slug: 'syria', title: 'Allies in Syria', order: 2, notes: [{ id: 'tass', n: 1, refs: ['ref-1-1'] }] },
    {
      slug: 'historic-rivals',
      title: 'Historic rivals',
      order: 1,
      notes: [
        { id: 'ap', n: 1, refs: ['ref-1-1', 'ref-1-2'] },
        { id: 'tass', n: 2, refs: ['ref-2-1'] },
      ],
    },
  ],
  pages: [{ slug: 'about', title: 'About this explainer', notes: [{ id: 'sipri', n: 1, refs: ['ref-1-1'] }] }],
  updates: [
    { id: 'treaty-in-force', title: 'The treaty enters into force', date: '2025-10-02', correction: false, sources: ['tass', 'tass'] },
  ],
  charts: [
    {
      id: 'timeline',
      title: 'Three centuries',
      listPage: 'sources/timeline/',
      sourceIds: ['ap', 'tass'],
      rowSources: [['ap'], ['ap', 'tass'], ['tass']],
    },
  ],
};

describe('where each source is cited', () => {
  const places = citingPlaces(input);
  it('lists chapters in reading order, then updates, charts and pages, each once', () => {
    expect(places.get('tass')!.map((p) => p.type)).toEqual(['chapter', 'chapter', 'update', 'chart']);
    expect(places.get('tass')![0]).toMatchObject({ slug: 'historic-rivals', note: 2 });
    expect(places.get('tass')![1]).toMatchObject({ slug: 'syria', note: 1 });
    expect(places.get('ap')!.map((p) => p.type)).toEqual(['chapter', 'chart']);
    expect(places.get('sipri')).toEqual([{ type: 'page', slug: 'about', title: 'About this explainer', note: 1, citations: 1 }]);
    expect(places.get('nobody')).toBeUndefined();
  });
  it('numbers chart sources as the chart does, and counts the rows that cite each', () => {
    expect(places.get('tass')!.find((p) => p.type === 'chart')).toEqual({
      type: 'chart',
      id: 'timeline',
      title: 'Three centuries',
      listPage: 'sources/timeline/',
      number: 2,
      rows: 2,
    });
  });
  it('links to the anchors the pages print, with words a reader can follow', () => {
    expect(places.get('tass')!.map((p) => placeLink(p))).toEqual([
      { path: 'historic-rivals/#note-2', text: 'Chapter 1, “Historic rivals”, note 2' },
      { path: 'syria/#note-1', text: 'Chapter 2, “Allies in Syria”, note 1' },
      { path: 'updates/#treaty-in-force', text: 'Update of 2 October 2025, “The treaty enters into force”' },
      { path: `sources/timeline/#${chartSourceAnchor('timeline', 2)}`, text: 'Chart “Three centuries”, source 2' },
    ]);
    expect(placeLink(places.get('sipri')![0]!)).toEqual({ path: 'about/#note-1', text: 'About this explainer, note 1' });
    expect(placeLink({ type: 'update', id: 'c', title: 'T', date: '2026-12-03', correction: true }, 'en').text).toBe(
      'Correction of 3 December 2026, “T”',
    );
  });
});

describe('counts and order', () => {
  it('counts each kind in the vocabulary order, and the state media among all', () => {
    const counts = countByKind([
      { kind: 'newspaper' },
      { kind: 'wire', ownership: 'russia-state' },
      { kind: 'wire' },
      { kind: 'broadcaster', ownership: 'qatar-state' },
    ]);
    expect(counts).toEqual({
      kinds: [
        { kind: 'wire', sources: 2 },
        { kind: 'newspaper', sources: 1 },
        { kind: 'broadcaster', sources: 1 },
      ],
      total: 4,
      stateMedia: 2,
    });
  });
  it('orders entries by label, then date, then title', () => {
    const entry = (label: string, date?: string, title = 't') => ({ label, source: { date, title } });
    const sorted = [
      entry('TASS, Russian state news agency', '2025'),
      entry('associated Press'),
      entry('TASS, Russian state news agency', '2015'),
      entry('Reuters, via The Star (newspaper)'),
    ].sort(compareEntries);
    expect(sorted.map((e) => `${e.label} ${e.source.date ?? ''}`.trim())).toEqual([
      'associated Press',
      'Reuters, via The Star (newspaper)',
      'TASS, Russian state news agency 2015',
      'TASS, Russian state news agency 2025',
    ]);
  });
});
