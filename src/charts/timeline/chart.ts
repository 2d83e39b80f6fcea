// Three centuries of relations between Russia and Iran, one dated event at a time.
import { z } from 'astro/zod';
import { confidence, partialDate, plainText, slug, sourceIds } from '../../collections/schemas.ts';
import { cites, defineChart, placedIn, yamlFile, type DataOf } from '../define.ts';

export const timelineCategories = [
  'war',
  'treaty',
  'occupation',
  'revolution',
  'diplomacy',
  'nuclear',
  'arms',
  'syria',
  'economy',
] as const;

/** One dated event (content/data/timeline.yaml). */
export const timelineEventSchema = z.strictObject({
  date: partialDate,
  title: plainText(70),
  description: plainText(260),
  category: z.enum(timelineCategories),
  chapter: slug,
  confidence,
  sources: sourceIds,
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** A partial date as a decimal year; a year alone sits mid-year, a month alone mid-month. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 0.5) / 365;
}

/**
 * The events in the order the drawing and the table both give them: by date, then by id. Point i
 * of either drawing is row i of the table, whose cells the tooltip reads (src/charts/enhance.ts).
 */
export const chronological = <E extends Pick<TimelineEvent, 'date'> & { id: string }>(events: readonly E[]): E[] =>
  [...events].sort((a, b) => decimalYear(a.date) - decimalYear(b.date) || a.id.localeCompare(b.id));

const files = { events: yamlFile('content/data/timeline.yaml', timelineEventSchema, ['title', 'description']) };

export type TimelineData = DataOf<typeof files>;

export const chart = defineChart({
  id: 'timeline',
  page: '',
  files,
  references: (data) =>
    data.events.flatMap((event) => [
      cites(files.events, event, 'sources', event.sources),
      placedIn(files.events, event, 'chapter', event.chapter),
    ]),
});
