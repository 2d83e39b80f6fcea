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
