// The single definition of valid content. Imported by content.config.ts (for Astro's
// collections) and by the unit tests, so both judge content by the same rules.
import { z } from 'astro/zod';
import { languages } from '../i18n/languages.ts';
import { codePoint, controlCharacter } from '../lib/xml.ts';

/** Chapter slugs are URLs that newsrooms link to: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, hyphens)');

/** A source's date as precise as the source itself gives it. */
export const partialDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .superRefine((value, ctx) => {
        if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: `is not a real calendar date (${value})` });
        else if (!inYears(Number(value.slice(0, 4)), 1700, 2100))
          ctx.addIssue({ code: 'custom', message: 'must be between 1700 and 2100' });
      }),
  );

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const inYears = (year: number, from: number, to: number) => year >= from && year <= to;

/**
 * A full calendar date; YAML gives a Date, front matter may give a string. A string is read
 * strictly: JavaScript turns "2026-02-30" into 2 March without a word, so it is refused here.
 */
export const calendarDate = z.union([z.date(), z.string()], { error: 'must be a date written YYYY-MM-DD' }).transform((value, ctx) => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
    return z.NEVER;
  }
  if (typeof value === 'string' && !isRealDate(text)) {
    ctx.addIssue({ code: 'custom', message: `is not a real calendar date (${text})` });
    return z.NEVER;
  }
  const date = typeof value === 'string' ? new Date(`${text}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime()) || !inYears(date.getUTCFullYear(), 2025, 2100)) {
    ctx.addIssue({ code: 'custom', message: 'must be a real date between 2025 and 2100' });
    return z.NEVER;
  }
  return date;
});

/** Refuses control characters: they break the Atom feed and the SVG (XML) and mean nothing to a reader. */
const noControls = (text: string, ctx: z.RefinementCtx) => {
  const bad = controlCharacter.exec(text);
  if (bad)
    ctx.addIssue({ code: 'custom', message: `must not contain a control character (${codePoint(bad[0])} at character ${bad.index + 1})` });
};

export const plainText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).superRefine(noControls);

export const chapterSchema = z
  .strictObject({
    title: plainText(90),
    order: z.number().int().min(1).max(20),
    standfirst: plainText(400),
    description: plainText(160),
    takeaway: plainText(300),
    published: calendarDate,
    updated: calendarDate,
  })
  .refine((c) => c.updated >= c.published, { message: 'must not be before published', path: ['updated'] });

/** What kind of publication a source is; the reader sees it where the source is listed. */
export const SOURCE_KINDS = [
  'official',
  'wire',
  'newspaper',
  'broadcaster',
  'magazine',
  'online',
  'research',
  'database',
  'reference',
  'aggregator',
] as const;

/** State ownership or affiliation worth telling the reader. */
export const SOURCE_OWNERSHIPS = [
  'russia-state',
  'iran-state',
  'iran-irgc',
  'iran-judiciary',
  'china-state',
  'turkey-state',
  'qatar-state',
  'ukraine-state',
  'azerbaijan-state',
  'other-state',
] as const;

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const sourceSchema = z
  .strictObject({
    title: plainText(300),
    publisher: plainText(120),
    /** What the source is (SOURCE_KINDS); the reader sees it wherever the source is listed. */
    kind: z.enum(SOURCE_KINDS),
    /** Who owns or controls the outlet, where that matters to a reader (SOURCE_OWNERSHIPS). */
    ownership: z.enum(SOURCE_OWNERSHIPS).optional(),
    /** The outlet whose report this page republishes or relays: the reader sees "original, via publisher". */
    original: z
      .strictObject({
        publisher: plainText(120),
        title: plainText(300).optional(),
        url: httpUrl.optional(),
      })
      .optional(),
    date: partialDate.optional(),
    url: httpUrl,
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as ru or fa')
      .optional(),
    note: plainText(300).optional(),
  })
  .superRefine((source, ctx) => {
    // An aggregator is a copy: the reader must learn whose report it is (and editors where to look for the original).
    if (source.kind === 'aggregator' && !source.original) {
      ctx.addIssue({
        code: 'custom',
        path: ['original'],
        message: 'is missing: a source of kind aggregator must name the outlet whose report it carries (original: publisher: …)',
      });
    }
    // "State-owned" alone does not say whose state.
    if (source.ownership === 'other-state' && !source.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'is missing: ownership other-state needs a note that says which state owns or controls the outlet',
      });
    }
    // A government's own document is official; state media are the outlet they are (wire + russia-state, …).
    if (source.kind === 'official' && source.ownership) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownership'],
        message: 'must be left out for kind official (an official body is the state; ownership is for state-owned media)',
      });
    }
  });

/** Why a domain is refused: the kinds of site the project never cites (content/refused-sources.yaml). */
export const REFUSED_CATEGORIES = ['pravda-network', 'wikipedia', 'wikipedia-mirror', 'other'] as const;

/** A host name in lower case: labels of letters, digits and hyphens joined by dots, ending in a top-level domain. */
const domainName = z
  .string()
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    'must be a domain name in lower case, such as wikipedia.org (no https://, no path)',
  )
  .refine((domain) => !domain.startsWith('www.'), 'must be written without "www." (a domain covers all its subdomains)');

/** A domain no source may come from, with the reason a reader or editor is given (content/refused-sources.yaml). */
export const refusedSourceSchema = z.strictObject({
  /** Refuses this host and every subdomain of it (news-pravda.com refuses usa.news-pravda.com). */
  domain: domainName,
  category: z.enum(REFUSED_CATEGORIES),
  reason: plainText(300),
});

export const updateSchema = z.strictObject({
  date: calendarDate,
  type: z.enum(['update', 'correction']),
  chapters: z.array(slug).min(1, 'must name at least one chapter'),
  title: plainText(120),
  body: plainText(700),
  sources: z.array(slug).min(1, 'must cite at least one source'),
});

export const pageSchema = z.strictObject({
  title: plainText(90),
  description: plainText(160),
  updated: calendarDate,
});

/**
 * One name in every language (content/glossary.yaml): a person, place, organisation, weapon or
 * treaty, spelled one way per language. `ruForms`: what counts as the name in Russian text, where
 * it inflects (every form of «Тегеран» begins «Тегеран»; of «Россия», «Росси»); the name itself
 * when left out. The build checks that a translated text names what its English names.
 */
export const glossarySchema = z.strictObject({
  kind: z.enum(['person', 'place', 'organisation', 'weapon', 'treaty', 'other']),
  en: plainText(80),
  ru: plainText(120),
  ruForms: z.array(z.string().min(2)).min(1).optional(),
  fa: plainText(120).optional(),
  /** What counts as the name in Persian text; the name itself when left out. Compared after folding Arabic ي/ك to Persian ی/ک and dropping the zero-width non-joiner. */
  faForms: z.array(z.string().min(2)).min(1).optional(),
  note: plainText(300).optional(),
});
export type GlossaryRecord = z.infer<typeof glossarySchema>;

/** The words a translation of a chapter or page carries; the rest (order, dates) comes from the English. */
export const translatedFrontMatter = {
  chapters: ['title', 'standfirst', 'description', 'takeaway'],
  pages: ['title', 'description'],
} as const;
/** The site's words each edition translates (content/<lang>/site.yaml). */
export const translatedSiteFields = ['title', 'headline', 'standfirst', 'description', 'publisher', 'coverageNote'] as const;
/** The text fields of each update an edition translates. */
export const translatedUpdateFields = ['title', 'body'] as const;

/** Site-wide facts every page shows: what the explainer is and how far its coverage runs. */
export const siteSchema = z
  .strictObject({
    title: plainText(90),
    headline: plainText(120),
    standfirst: plainText(400),
    description: plainText(160),
    publisher: plainText(80),
    published: calendarDate,
    updated: calendarDate,
    coverageUntil: calendarDate,
    coverageNote: plainText(400),
    lang: z.string().min(2),
  })
  .refine((s) => s.updated >= s.published, { message: 'must not be before published', path: ['updated'] })
  // Coverage cannot run past the last update: the site would claim events it has not reported.
  .refine((s) => s.coverageUntil <= s.updated, { message: 'must not be after updated', path: ['coverageUntil'] });

/**
 * A frozen version of a chart's embed (content/embeds/versions.yaml). Its id is
 * `<chart>-v<version>`; its markup is content/embeds/<chart>/v<version>.html, written by
 * `npm run embed:freeze` and never edited by hand.
 */
export const embedVersionSchema = z.strictObject({
  chart: slug,
  /** The edition it was frozen from; English when left out. Versions run 1, 2, 3… per chart and language. */
  lang: z.enum(languages).optional(),
  version: z.number().int().min(1),
  frozen: calendarDate,
  note: plainText(300),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceOwnership = (typeof SOURCE_OWNERSHIPS)[number];
export type RefusedSource = z.infer<typeof refusedSourceSchema>;
export type Update = z.infer<typeof updateSchema>;
export type EmbedVersionEntry = z.infer<typeof embedVersionSchema>;
export type Site = z.infer<typeof siteSchema>;

// ---------------------------------------------------------------------------------------------
// Building blocks for chart data (each chart's schemas live in its folder: src/charts/<id>/chart.ts).
// Every row names the source(s) it comes from by bibliography id, so a number on a chart can
// always be traced to a row and from the row to a source (checked at build time).

export const sourceIds = z.array(slug).min(1, 'must cite at least one source');
export const confidence = z.enum(['high', 'medium', 'low']);

/** CSV cells arrive as strings; numbers are parsed strictly so "1,2" or "12k" fail instead of becoming NaN. */
export const csvInteger = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const csvAmount = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'must be a number of zero or more, written with digits and an optional decimal point')
  .transform(Number)
  .pipe(z.number().max(100_000, 'is implausibly large for one year (at most 100000)'));

/** Several source ids in one CSV cell, separated by semicolons. */
export const csvSourceIds = z
  .string()
  .transform((cell) =>
    cell
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(sourceIds);
