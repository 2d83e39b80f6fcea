// What a source is, in the words a general reader sees wherever it is listed: chapter notes,
// chart source lists (chapters, embeds, exports), the updates, the sources page and the JSON
// downloads. One function, so every place says the same thing:
//   "TASS, Russian state news agency"
//   "Mizan, news agency of Iran's judiciary"
//   "Reuters, via The Star (newspaper)"
//   "TASS (Russian state news agency), via Armenpress (state-owned news agency)"
// Pure, with no Astro import: the pages, the sources report (tools/) and the tests use it.
import type { Source, SourceKind, SourceOwnership } from '../collections/schemas.ts';

interface KindWords {
  /** One source of this kind, as a noun a reader knows: "news agency". */
  noun: string;
  /** A heading for all of them: "News agencies". */
  plural: string;
  /** What the kind covers, for the sources page. */
  covers: string;
}

export const KIND_WORDS: Record<SourceKind, KindWords> = {
  official: {
    noun: 'official source',
    plural: 'Official documents and statements',
    covers:
      'Governments, parliaments, ministries, courts and the United Nations, in their own words: treaty texts, records and statements.',
  },
  wire: {
    noun: 'news agency',
    plural: 'News agencies',
    covers: 'Agencies that report for other news outlets, such as the Associated Press, Reuters, AFP, TASS and IRNA.',
  },
  newspaper: { noun: 'newspaper', plural: 'Newspapers', covers: 'Newspapers and their websites.' },
  broadcaster: { noun: 'broadcaster', plural: 'Broadcasters', covers: 'Television and radio channels and their websites.' },
  magazine: { noun: 'magazine', plural: 'Magazines', covers: 'Magazines and other periodicals.' },
  online: { noun: 'news website', plural: 'News websites', covers: 'News outlets that publish only online.' },
  research: {
    noun: 'research institute',
    plural: 'Research institutes',
    covers: 'Think tanks, research institutes, the US Congressional Research Service and academic work.',
  },
  database: { noun: 'database', plural: 'Databases', covers: 'Databases such as SIPRI’s arms-transfer records, and collections of texts.' },
  reference: { noun: 'reference work', plural: 'Reference works', covers: 'Encyclopedias and similar works of reference.' },
  aggregator: {
    noun: 'site that republishes others’ reports',
    plural: 'Sites that republish others’ reports',
    covers:
      'Pages that copy or digest another outlet’s report. Each names the original; we cite a copy only where we could not find the original itself.',
  },
};

/** Who owns or controls an outlet, placed around the kind's noun: "Russian state news agency". */
const OWNERSHIP_WORDS: Record<SourceOwnership, { phrase: (noun: string) => string; owner: string }> = {
  'russia-state': { phrase: (noun) => `Russian state ${noun}`, owner: 'Owned or controlled by the Russian state.' },
  'iran-state': { phrase: (noun) => `Iranian state ${noun}`, owner: 'Owned or controlled by the Iranian state.' },
  'iran-irgc': {
    phrase: (noun) => `${noun} affiliated with Iran’s Revolutionary Guards (IRGC)`,
    owner: 'Affiliated with Iran’s Islamic Revolutionary Guard Corps (IRGC).',
  },
  'iran-judiciary': { phrase: (noun) => `${noun} of Iran’s judiciary`, owner: 'Run by Iran’s judiciary.' },
  'china-state': { phrase: (noun) => `Chinese state ${noun}`, owner: 'Owned or controlled by the Chinese state.' },
  'turkey-state': { phrase: (noun) => `Turkish state ${noun}`, owner: 'Owned or controlled by the Turkish state.' },
  'qatar-state': { phrase: (noun) => `${noun} funded by the Qatari state`, owner: 'Funded by the state of Qatar.' },
  'ukraine-state': { phrase: (noun) => `Ukrainian state ${noun}`, owner: 'Owned by the Ukrainian state.' },
  'azerbaijan-state': { phrase: (noun) => `Azerbaijani state ${noun}`, owner: 'Owned or controlled by the Azerbaijani state.' },
  'other-state': { phrase: (noun) => `state-owned ${noun}`, owner: 'Owned or controlled by a state (the note says which).' },
};

/** What is known about a publisher from its own entries in the bibliography (for the outlet a copy relays). */
export type PublisherProfile = Pick<Source, 'kind' | 'ownership'>;

/** The bibliography's publishers that are state media, by name: a copy of a TASS report then says what TASS is. */
export function publisherProfiles(sources: Iterable<Pick<Source, 'publisher' | 'kind' | 'ownership'>>): Map<string, PublisherProfile> {
  const profiles = new Map<string, PublisherProfile>();
  const conflicting = new Set<string>();
  for (const { publisher, kind, ownership } of sources) {
    if (!ownership) continue;
    const known = profiles.get(publisher);
    if (known && (known.kind !== kind || known.ownership !== ownership)) conflicting.add(publisher);
    else profiles.set(publisher, { kind, ownership });
  }
  for (const name of conflicting) profiles.delete(name);
  return profiles;
}

/** The kind, with its owner where that matters: "newspaper", "Iranian state news agency". */
export function describeKind(source: PublisherProfile): string {
  const { noun } = KIND_WORDS[source.kind];
  return source.ownership ? OWNERSHIP_WORDS[source.ownership].phrase(noun) : noun;
}

/** A sentence on who owns or controls the outlet, or undefined when the entry says nothing. */
export function ownershipSentence(source: Pick<Source, 'ownership'>): string | undefined {
  return source.ownership ? OWNERSHIP_WORDS[source.ownership].owner : undefined;
}

/** Whether a source is state media: it has an ownership (state-owned, IRGC or judiciary). */
export const isStateMedia = (source: Pick<Source, 'ownership'>) => source.ownership !== undefined;

/**
 * The publisher's name with the description after it, without saying a word twice: "Mehr News
 * Agency" + "Iranian state news agency" gives "Mehr, Iranian state news agency"; "SIPRI Arms
 * Transfers Database" + "database" gives the name alone.
 */
function named(publisher: string, description: string, noun: string): { name: string; description?: string } {
  const lower = publisher.toLowerCase();
  if (description === noun && lower.includes(noun)) return { name: publisher };
  const suffix = ` ${noun}`;
  if (lower.endsWith(suffix) && publisher.length > suffix.length) return { name: publisher.slice(0, -suffix.length).trim(), description };
  return { name: publisher, description };
}

/** The publisher's name and, where it adds something, what it is: { name: 'Mehr', description: 'Iranian state news agency' }. */
export function nameAndKind(source: Pick<Source, 'publisher' | 'kind' | 'ownership'>): { name: string; description?: string } {
  return named(source.publisher, describeKind(source), KIND_WORDS[source.kind].noun);
}

export interface LabelOptions {
  /** What the bibliography says about publishers (publisherProfiles), so a relayed original can be described too. */
  profiles?: ReadonlyMap<string, PublisherProfile>;
}

/**
 * The label a reader sees for a source. Without an original: "Publisher, what it is". For a page
 * that relays another outlet's report: the original first, then "via" the page that carries it,
 * each described in parentheses where we know what it is.
 */
export function sourceLabel(source: Pick<Source, 'publisher' | 'kind' | 'ownership' | 'original'>, options: LabelOptions = {}): string {
  const noun = KIND_WORDS[source.kind].noun;
  const own = named(source.publisher, describeKind(source), noun);
  if (!source.original) return own.description ? `${own.name}, ${own.description}` : own.name;
  const profile = options.profiles?.get(source.original.publisher);
  const original = profile
    ? named(source.original.publisher, describeKind(profile), KIND_WORDS[profile.kind].noun)
    : { name: source.original.publisher };
  const first = original.description ? `${original.name} (${original.description})` : original.name;
  // A copy whose publisher field still names the original: say it is a copy, not "X, via X".
  const host =
    source.original.publisher === source.publisher
      ? `a copy (${describeKind(source)})`
      : own.description
        ? `${own.name} (${own.description})`
        : own.name;
  return `${first}, via ${host}`;
}

/**
 * The publishers of a list of cited sources for a one-line summary: each once, in order of first
 * citation, and state media with what they are ("TASS (Russian state news agency)"), as
 * everywhere else sources are listed. The chart pages and the SVG and PNG downloads share it.
 */
export function publisherSummary(cited: readonly Pick<Source, 'publisher' | 'kind' | 'ownership'>[]): string[] {
  return [...new Set(cited.map((s) => s.publisher))].map((publisher) => {
    const state = cited.find((s) => s.publisher === publisher && isStateMedia(s));
    if (!state) return publisher;
    const { name, description } = nameAndKind(state);
    return description ? `${name} (${description})` : name;
  });
}
