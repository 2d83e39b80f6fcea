// The single definition of valid content. Imported by content.config.ts (for Astro's
// collections) and by the unit tests, so both judge content by the same rules.
import { z } from 'astro/zod';

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
      .refine((value) => isRealDate(value), 'is not a real calendar date'),
  );

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  if (y < 1700 || y > 2100) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A full calendar date; YAML gives a Date, front matter may give a string. */
export const calendarDate = z.coerce.date().refine(
  (date) => !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 2025 && date.getUTCFullYear() <= 2100,
  'must be a real date between 2025 and 2100',
);

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

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
  .refine((c) => c.updated >= c.published, { message: 'updated must not be before published', path: ['updated'] });

export const sourceSchema = z.strictObject({
  title: plainText(300),
  publisher: plainText(120),
  date: partialDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as ru or fa')
    .optional(),
  note: plainText(300).optional(),
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

/** Site-wide facts every page shows: what the explainer is and how far its coverage runs. */
export const siteSchema = z.strictObject({
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
});

export type Source = z.infer<typeof sourceSchema>;
export type Site = z.infer<typeof siteSchema>;
