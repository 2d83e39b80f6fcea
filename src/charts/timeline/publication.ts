// What the timeline says, in each language: its headline, notes, table, download and filter,
// and the words its drawing uses.
import { formatPartialDate } from '../../lib/dates.ts';
import type { ChartText, Publication } from '../define.ts';
import { timelineCategories, type TimelineData, type TimelineEvent } from './chart.ts';

export interface TimelineText extends ChartText<TimelineData> {
  categoryNames: Record<TimelineEvent['category'], string>;
  /** "1813", "Jul 1722", "17 Jan 2025": as precise as the record. */
  eventDate: (date: string) => string;
  drawing: {
    title: string;
    /** An era's label in the phone list: "1979–2021", "2025 onwards". */
    era: (start: number, next: number | undefined) => string;
    /** After the title of an unconfirmed claim. */
    unconfirmed: string;
    eventTip: (date: string, category: string, title: string, description: string) => string;
    noEvents: string;
    keyEvent: string;
    keyUnconfirmed: string;
    keyScale: string;
    /** The text alternative, written from the data so it stays true when the data changes. */
    describe: (events: readonly Pick<TimelineEvent, 'date' | 'title' | 'category'>[]) => string;
  };
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function eventDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = months[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const categoryNames: Record<TimelineEvent['category'], string> = {
  war: 'War',
  treaty: 'Treaty',
  occupation: 'Occupation',
  revolution: 'Revolution',
  diplomacy: 'Diplomacy',
  nuclear: 'Nuclear',
  arms: 'Arms',
  syria: 'Syria',
  economy: 'Economy',
};
const confidenceNames: Record<TimelineEvent['confidence'], string> = { low: 'Low: unconfirmed', medium: 'Medium', high: 'High' };

const en: TimelineText = {
  title: 'Three centuries of war, occupation and partnership',
  dek: (data) =>
    `${data.events.length} moments in relations between Russia and Iran, from Peter the Great’s Caspian campaign to ${formatPartialDate(data.events.reduce((latest, e) => (e.date > latest ? e.date : latest), ''))}.`,
  notes: [
    'Dates before 1918 are given in the Gregorian calendar. An event known only to the year or month is placed mid-year or mid-month.',
    'On wide screens the time axis changes scale at each era so the crowded recent years can be read; the bands mark the eras. Hollow, dashed dots are claims that remain unconfirmed.',
  ],
  tables: (data) => [
    {
      caption: 'Events in the timeline',
      columns: ['Date', 'Event', 'Category', 'What happened', 'Confidence', 'Sources'],
      rowHeader: 1,
      rows: data.events.map((e) => ({
        cells: [eventDate(e.date), e.title, categoryNames[e.category], e.description, confidenceNames[e.confidence]],
        sources: e.sources,
      })),
    },
  ],
  csv: (data) => ({
    columns: ['id', 'date', 'title', 'category', 'description', 'confidence', 'chapter'],
    rows: data.events.map((e) => ({
      cells: [e.id, e.date, e.title, e.category, e.description, e.confidence, e.chapter],
      sources: e.sources,
    })),
  }),
  filters: (data) => [
    {
      name: 'category',
      legend: 'Show categories',
      attribute: 'category',
      mode: 'dim',
      options: timelineCategories
        .filter((c) => data.events.some((e) => e.category === c))
        .map((value) => ({ value, label: categoryNames[value] })),
    },
  ],
  categoryNames,
  eventDate,
  drawing: {
    title: 'Timeline of Russia–Iran relations',
    era: (start, next) => `${start}${next ? `–${next - 1}` : ' onwards'}`,
    unconfirmed: ' (unconfirmed)',
    eventTip: (date, category, title, description) => `${date} · ${category} · ${title}: ${description}`,
    noEvents: 'No events',
    keyEvent: 'Event',
    keyUnconfirmed: 'Unconfirmed claim',
    keyScale: 'Each era has its own scale (breaks marked v)',
    describe: (events) => {
      if (events.length === 0) return 'No events.';
      const counts = timelineCategories
        .map((c) => [c, events.filter((e) => e.category === c).length] as const)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${categoryNames[c].toLowerCase()} ${n}`)
        .join(', ');
      const first = events[0]!;
      const last = events[events.length - 1]!;
      return `Timeline of ${events.length} events from ${eventDate(first.date)} (${first.title}) to ${eventDate(last.date)} (${last.title}). By category: ${counts}.`;
    },
  },
};

export const publication: Publication<TimelineText> = { en };
