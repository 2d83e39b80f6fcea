// What a source is, in the words a general reader sees wherever it is listed: chapter notes,
// chart source lists (chapters, embeds, exports), the updates, the sources page and the JSON
// downloads. One function, so every place says the same thing:
//   "TASS, Russian state news agency"
//   "Mizan, news agency of Iran's judiciary"
//   "Reuters, via The Star (newspaper)"
//   "TASS (Russian state news agency), via Armenpress (state-owned news agency)"
// The words are the language's (sources.kinds, sources.ownership and sources.label in
// src/i18n/<lang>.ts). Pure, with no Astro import: the pages, the sources report (tools/) and the
// tests use it.
import type { Source } from '../collections/schemas.ts';
import { defaultLang, strings, type Lang } from '../i18n/index.ts';

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
export function describeKind(source: PublisherProfile, lang: Lang = defaultLang): string {
  const t = strings(lang);
  const { noun } = t.sources.kinds[source.kind];
  return source.ownership ? t.sources.ownership[source.ownership].phrase(noun, source.kind) : noun;
}

/** A sentence on who owns or controls the outlet, or undefined when the entry says nothing. */
export function ownershipSentence(source: Pick<Source, 'ownership'>, lang: Lang = defaultLang): string | undefined {
  return source.ownership ? strings(lang).sources.ownership[source.ownership].owner : undefined;
}

/** Whether a source is state media: it has an ownership (state-owned, IRGC or judiciary). */
export const isStateMedia = (source: Pick<Source, 'ownership'>) => source.ownership !== undefined;

/**
 * The publisher's name with the description after it, without saying a word twice: "Mehr News
 * Agency" + "Iranian state news agency" gives "Mehr, Iranian state news agency"; "SIPRI Arms
 * Transfers Database" + "database" gives the name alone. Names are mostly English whatever the
 * page's language, so the English noun is looked for too: in Russian, "Mehr News Agency" +
 * «иранское государственное информационное агентство» gives «Mehr (иранское …)».
 */
function named(publisher: string, description: string, noun: string, englishNoun: string): { name: string; description?: string } {
  const lower = publisher.toLowerCase();
  const words = [...new Set([noun, englishNoun])];
  // The plain kind ("database"), already in the name: the name says it.
  if (description === noun && words.some((word) => lower.includes(word))) return { name: publisher };
  for (const word of words) {
    const suffix = ` ${word}`;
    if (lower.endsWith(suffix) && publisher.length > suffix.length) return { name: publisher.slice(0, -suffix.length).trim(), description };
  }
  return { name: publisher, description };
}

/** The noun for a kind of source in `lang` and in English (the language most publishers' names are in). */
const nouns = (kind: Source['kind'], lang: Lang) =>
  [strings(lang).sources.kinds[kind].noun, strings(defaultLang).sources.kinds[kind].noun] as const;

/** The publisher's name and, where it adds something, what it is: { name: 'Mehr', description: 'Iranian state news agency' }. */
export function nameAndKind(
  source: Pick<Source, 'publisher' | 'kind' | 'ownership'>,
  lang: Lang = defaultLang,
): { name: string; description?: string } {
  return named(source.publisher, describeKind(source, lang), ...nouns(source.kind, lang));
}

export interface LabelOptions {
  /** The language of the label (the site's default unless asked). */
  lang?: Lang;
  /** What the bibliography says about publishers (publisherProfiles), so a relayed original can be described too. */
  profiles?: ReadonlyMap<string, PublisherProfile>;
}

/**
 * The label a reader sees for a source. Without an original: "Publisher, what it is". For a page
 * that relays another outlet's report: the original first, then "via" the page that carries it,
 * each described in parentheses where we know what it is.
 */
export function sourceLabel(source: Pick<Source, 'publisher' | 'kind' | 'ownership' | 'original'>, options: LabelOptions = {}): string {
  const { lang = defaultLang, profiles } = options;
  const t = strings(lang);
  const own = named(source.publisher, describeKind(source, lang), ...nouns(source.kind, lang));
  if (!source.original) return own.description ? t.sources.label.described(own.name, own.description) : own.name;
  const profile = profiles?.get(source.original.publisher);
  const original = profile
    ? named(source.original.publisher, describeKind(profile, lang), ...nouns(profile.kind, lang))
    : { name: source.original.publisher };
  const first = original.description ? t.sources.label.aside(original.name, original.description) : original.name;
  // A copy whose publisher field still names the original: say it is a copy, not "X, via X".
  const host =
    source.original.publisher === source.publisher
      ? t.sources.label.copy(describeKind(source, lang))
      : own.description
        ? t.sources.label.aside(own.name, own.description)
        : own.name;
  return t.sources.label.via(first, host);
}

/**
 * The publishers of a list of cited sources for a one-line summary: each once, the most cited
 * first (ties in order of first citation), and state media with what they are ("TASS (Russian
 * state news agency)"), as everywhere else sources are listed. The chart pages and the SVG and
 * PNG downloads share it.
 */
export function publisherSummary(cited: readonly Pick<Source, 'publisher' | 'kind' | 'ownership'>[], lang: Lang = defaultLang): string[] {
  const counts = new Map<string, number>();
  for (const s of cited) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  // Map keeps first-citation order and the sort is stable, so ties stay in that order.
  return [...counts.keys()]
    .sort((a, b) => counts.get(b)! - counts.get(a)!)
    .map((publisher) => {
      const state = cited.find((s) => s.publisher === publisher && isStateMedia(s));
      if (!state) return publisher;
      const { name, description } = nameAndKind(state, lang);
      return description ? strings(lang).sources.label.aside(name, description) : name;
    });
}

/** A source line names at most this many publishers; the rest are counted, and listed in full one link away. */
export const publishersNamed = 10;

/**
 * The publishers a one-line summary names, and how many it leaves to the full list: all of
 * them when there are few, the most cited `publishersNamed` when a line would run to a paragraph
 * (the timeline cites 120 publishers).
 */
export function leadingPublishers(publishers: readonly string[]): { named: string[]; more: number } {
  if (publishers.length <= publishersNamed + 2) return { named: [...publishers], more: 0 };
  return { named: publishers.slice(0, publishersNamed), more: publishers.length - publishersNamed };
}
