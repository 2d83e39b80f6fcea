import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, SOURCE_OWNERSHIPS, type Source } from '../collections/schemas.ts';
import {
  describeKind,
  isStateMedia,
  leadingPublishers,
  nameAndKind,
  ownershipSentence,
  publisherProfiles,
  publisherSummary,
  publishersNamed,
  sourceLabel,
} from './source-label.ts';
import { defaultLang, strings } from '../i18n/index.ts';

type Labelled = Pick<Source, 'publisher' | 'kind' | 'ownership' | 'original'>;
const source = (publisher: string, kind: Source['kind'], rest: Partial<Labelled> = {}): Labelled => ({ publisher, kind, ...rest });

describe('sourceLabel: what the reader sees', () => {
  it.each([
    [source('TASS', 'wire', { ownership: 'russia-state' }), 'TASS, Russian state news agency'],
    [source('РИА Новости', 'wire', { ownership: 'russia-state' }), 'РИА Новости, Russian state news agency'],
    [source('IRNA', 'wire', { ownership: 'iran-state' }), 'IRNA, Iranian state news agency'],
    [source('Press TV', 'broadcaster', { ownership: 'iran-state' }), 'Press TV, Iranian state broadcaster'],
    [source('Mizan News Agency', 'wire', { ownership: 'iran-judiciary' }), 'Mizan, news agency of Iran’s judiciary'],
    [
      source('Tasnim News Agency', 'wire', { ownership: 'iran-irgc' }),
      'Tasnim, news agency affiliated with Iran’s Revolutionary Guards (IRGC)',
    ],
    [source('Mehr News Agency', 'wire', { ownership: 'iran-state' }), 'Mehr, Iranian state news agency'],
    [source("People's Daily Online", 'newspaper', { ownership: 'china-state' }), "People's Daily Online, Chinese state newspaper"],
    [source('TRT World', 'broadcaster', { ownership: 'turkey-state' }), 'TRT World, Turkish state broadcaster'],
    [source('Al Jazeera', 'broadcaster', { ownership: 'qatar-state' }), 'Al Jazeera, broadcaster funded by the Qatari state'],
    [source('Ukrinform', 'wire', { ownership: 'ukraine-state' }), 'Ukrinform, Ukrainian state news agency'],
    [source('Armenpress', 'wire', { ownership: 'other-state' }), 'Armenpress, state-owned news agency'],
    [source('The Moscow Times', 'newspaper'), 'The Moscow Times, newspaper'],
    [source('Associated Press', 'wire'), 'Associated Press, news agency'],
    [source('Encyclopaedia Iranica', 'reference'), 'Encyclopaedia Iranica, reference work'],
    [source('United Nations', 'official'), 'United Nations, official source'],
  ])('%o → %s', (input, expected) => expect(sourceLabel(input)).toBe(expected));

  it('gives the name and the description apart, for lists that set them differently', () => {
    expect(nameAndKind(source('Mehr News Agency', 'wire', { ownership: 'iran-state' }))).toEqual({
      name: 'Mehr',
      description: 'Iranian state news agency',
    });
    expect(nameAndKind(source('SIPRI Arms Transfers Database', 'database'))).toEqual({ name: 'SIPRI Arms Transfers Database' });
  });

  it('does not say a word twice', () => {
    expect(sourceLabel(source('SIPRI Arms Transfers Database', 'database'))).toBe('SIPRI Arms Transfers Database');
    expect(sourceLabel(source('Mizan News Agency', 'wire'))).toBe('Mizan News Agency');
    expect(sourceLabel(source('POWER Magazine', 'magazine'))).toBe('POWER Magazine');
  });

  it('puts the original first, then "via" the copy', () => {
    expect(sourceLabel(source('The Star', 'newspaper', { original: { publisher: 'Reuters' } }))).toBe('Reuters, via The Star (newspaper)');
    expect(sourceLabel(source('eBiz Today', 'aggregator', { original: { publisher: 'Global News' } }))).toBe(
      'Global News, via eBiz Today (site that republishes others’ reports)',
    );
    expect(sourceLabel(source('IRNA', 'wire', { ownership: 'iran-state', original: { publisher: 'TASS' } }))).toBe(
      'TASS, via IRNA (Iranian state news agency)',
    );
  });

  it('describes the original too when the bibliography says it is state media', () => {
    const profiles = publisherProfiles([source('TASS', 'wire', { ownership: 'russia-state' }), source('Reuters', 'wire')]);
    expect(sourceLabel(source('Armenpress', 'wire', { ownership: 'other-state', original: { publisher: 'TASS' } }), { profiles })).toBe(
      'TASS (Russian state news agency), via Armenpress (state-owned news agency)',
    );
    // Privately owned originals stay plain: only ownership is worth the words.
    expect(sourceLabel(source('The Star', 'newspaper', { original: { publisher: 'Reuters' } }), { profiles })).toBe(
      'Reuters, via The Star (newspaper)',
    );
  });

  it('says "a copy" when the publisher field still names the original', () => {
    expect(sourceLabel(source('The Times of India', 'aggregator', { original: { publisher: 'The Times of India' } }))).toBe(
      'The Times of India, via a copy (site that republishes others’ reports)',
    );
  });

  it('has words for every kind and every ownership', () => {
    const kinds = strings(defaultLang).sources.kinds;
    for (const kind of SOURCE_KINDS) {
      expect(kinds[kind].noun).toMatch(/^[a-z]/);
      expect(kinds[kind].plural).toMatch(/^[A-Z]/);
      for (const ownership of SOURCE_OWNERSHIPS) {
        const described = describeKind({ kind, ownership });
        expect(described).toContain(kinds[kind].noun);
        expect(described).not.toMatch(/undefined|-state/);
        expect(ownershipSentence({ ownership })).toMatch(/\.$/);
      }
    }
  });
});

describe('publisherProfiles and isStateMedia', () => {
  it('keeps only publishers with an ownership, and drops a publisher whose entries disagree', () => {
    const profiles = publisherProfiles([
      source('TASS', 'wire', { ownership: 'russia-state' }),
      source('TASS', 'wire', { ownership: 'russia-state' }),
      source('Reuters', 'wire'),
      source('Odd', 'wire', { ownership: 'iran-state' }),
      source('Odd', 'broadcaster', { ownership: 'iran-state' }),
    ]);
    expect([...profiles.keys()]).toEqual(['TASS']);
  });
  it('counts IRGC and judiciary outlets as state media, private outlets not', () => {
    expect(isStateMedia({ ownership: 'iran-irgc' })).toBe(true);
    expect(isStateMedia({ ownership: 'iran-judiciary' })).toBe(true);
    expect(isStateMedia({})).toBe(false);
  });
});

describe('publisherSummary and leadingPublishers: a chart’s source line', () => {
  it('names each publisher once, the most cited first, ties in order of first citation, state media labelled', () => {
    const cited = [
      source('The Spectator', 'newspaper'),
      source('TASS', 'wire', { ownership: 'russia-state' }),
      source('Associated Press', 'wire'),
      source('TASS', 'wire', { ownership: 'russia-state' }),
      source('Associated Press', 'wire'),
      source('Associated Press', 'wire'),
      source('Reuters', 'wire'),
    ];
    expect(publisherSummary(cited)).toEqual(['Associated Press', 'TASS (Russian state news agency)', 'The Spectator', 'Reuters']);
  });

  it('names them all when there are few, and the most cited when a line would run to a paragraph', () => {
    const few = Array.from({ length: publishersNamed + 2 }, (_, i) => `P${i}`);
    expect(leadingPublishers(few)).toEqual({ named: few, more: 0 });
    const many = Array.from({ length: 120 }, (_, i) => `P${i}`);
    expect(leadingPublishers(many)).toEqual({ named: many.slice(0, publishersNamed), more: 120 - publishersNamed });
  });

  it('says how many others the full list holds, in each language', () => {
    expect(strings('en').figure.sourcesInline(['AP', 'TASS'], 108)).toBe('AP; TASS; and 108 other publishers.');
    expect(strings('en').figure.sourcesInline(['AP'], 1)).toBe('AP; and 1 other publisher.');
    expect(strings('en').figure.sourcesInline(['AP', 'TASS'], 0)).toBe('AP; TASS.');
    expect(strings('ru').figure.sourcesInline(['AP'], 108)).toBe('AP; и еще 108 организаций.');
    expect(strings('ru').figure.sourcesInline(['AP'], 22)).toBe('AP; и еще 22 организации.');
    expect(strings('ru').figure.sourcesInline(['AP'], 21)).toBe('AP; и еще 21 организация.');
  });
});

describe('nameAndKind in another language: names are mostly English, and say their kind only once', () => {
  it('drops the English noun from the name when the description says it in Russian', () => {
    expect(nameAndKind(source('Mehr News Agency', 'wire', { ownership: 'iran-state' }), 'ru')).toEqual({
      name: 'Mehr',
      description: 'иранское государственное информационное агентство',
    });
    expect(nameAndKind(source('SIPRI Arms Transfers Database', 'database'), 'ru')).toEqual({ name: 'SIPRI Arms Transfers Database' });
    expect(nameAndKind(source('Interfax', 'wire'), 'ru')).toEqual({ name: 'Interfax', description: 'информационное агентство' });
  });
});
