// Every chart the site publishes, by stable id. Pages, downloads, tests (and later embeds and
// exports) iterate over this list: adding a chart is one folder and one entry here.
import type { ArmsDeal, ArmsTivRow, TimelineEvent, TreatyComparisonRow, TreatyDomain } from '../content/schemas.ts';
import { armsTransfersLayout } from './arms-transfers/layout.ts';
import { treatyScopeLayout, groupNames, treaties } from './treaty-scope/layout.ts';
import { timelineLayout } from './timeline/layout.ts';
import type { ChartSvg, LayoutOptions } from './frame.ts';
import { answerNames, categoryNames, directionNames, formatEventDate, formatTiv, statusNames, wordingNames } from './format.ts';
import { dealStatuses, timelineCategories } from '../content/schemas.ts';
import { chartIds as ids } from './ids.ts';
import { formatPartialDate } from '../lib/dates.ts';

type WithId<T> = T & { id: string };
export interface ChartData {
  'arms-transfers': { tiv: WithId<ArmsTivRow>[]; deals: WithId<ArmsDeal>[] };
  'treaty-scope': { domains: WithId<TreatyDomain>[]; comparison: WithId<TreatyComparisonRow>[] };
  timeline: { events: WithId<TimelineEvent>[] };
}
export type ChartId = keyof ChartData;
export const chartIds = ids satisfies readonly ChartId[];

/** A table cell's sources, shown as note numbers that point into the chart's source list. */
export interface TableRow {
  cells: string[];
  sources: string[];
}
export interface DataTable {
  caption: string;
  columns: string[];
  /** Index of the column that names the row (a row header for screen readers). */
  rowHeader: number;
  rows: TableRow[];
}

export interface CsvTable {
  columns: string[];
  rows: { cells: (string | number)[]; sources: string[] }[];
}

export interface Filter {
  name: string;
  legend: string;
  /** The data attribute the marks carry. */
  attribute: string;
  /** `hide` removes marks; `dim` fades them (a vertical list cannot close its gaps). */
  mode: 'hide' | 'dim';
  options: { value: string; label: string }[];
}

export interface ChartDefinition<Id extends ChartId> {
  id: Id;
  /** The headline above the chart. */
  title: string;
  /** One sentence under the headline: what to look for. */
  dek: (data: ChartData[Id]) => string;
  /** The chapter the chart lives in (its canonical place). */
  chapter: string;
  notes: string[];
  layout: (data: ChartData[Id], options: LayoutOptions) => ChartSvg;
  tables: (data: ChartData[Id]) => DataTable[];
  /** The CSV download: one flat table; downloads.ts adds each row's source ids, URLs and the licence. */
  csv: (data: ChartData[Id]) => CsvTable;
  sourceIds: (data: ChartData[Id]) => string[];
  filters: (data: ChartData[Id]) => Filter[];
}

export const credit = 'Chart: The Russia–Iran Explainer desk';

const arms: ChartDefinition<'arms-transfers'> = {
  id: 'arms-transfers',
  title: 'Forty years of arms deliveries, and the moment they changed direction',
  dek: () =>
    'Major weapons delivered each year, in SIPRI trend-indicator values. Bars above the line went from Moscow to Tehran; bars below went from Tehran to Moscow.',
  chapter: 'cooperation',
  notes: [
    'SIPRI trend-indicator values (TIV) measure the volume of military capability transferred, not money: do not read them as dollars, or compare them with contract prices. A used weapon counts at 40 per cent of a new one.',
    'TIV understates cheap, mass-produced weapons: one Shahed-136 drone scores about 0.1, so 2,000 of them weigh less than four S-300 air-defence batteries. Ammunition and small arms are not counted at all, so the reported flow of Iranian shells to Russia does not appear.',
    'Weapons built under licence count as transfers from the licensing country: Russian-designed tanks assembled in Iran are Russian exports, and Shahed drones built at Alabuga in Russia count as Iranian exports.',
    'Values for 1989–2021 are SIPRI’s published tables (generated July 2022); 2022–2024 are our sums of SIPRI’s per-delivery values in its March 2025 register. SIPRI revises past years every March. 2025 and 2026 are not yet published: missing, not zero.',
  ],
  layout: armsTransfersLayout,
  tables: (data) => {
    const years = [...new Set(data.tiv.map((d) => d.year))].sort((a, b) => a - b);
    const find = (year: number, direction: ArmsTivRow['direction']) => data.tiv.find((d) => d.year === year && d.direction === direction);
    return [
      {
        caption: 'Major arms delivered each year (SIPRI TIV, millions)',
        columns: ['Year', 'Russia (USSR to 1991) to Iran', 'Iran to Russia', 'Basis', 'Sources'],
        rowHeader: 0,
        rows: years.map((year) => {
          const ru = find(year, 'russia-to-iran');
          const ir = find(year, 'iran-to-russia');
          const basis = [...new Set([ru?.basis, ir?.basis].filter(Boolean))]
            .map((b) => (b === 'sipri-table' ? 'SIPRI table' : 'Sum of SIPRI register'))
            .join('; ');
          return {
            cells: [String(year), ru ? formatTiv(ru.tiv) : '–', ir ? formatTiv(ir.tiv) : '–', basis],
            sources: [...new Set([ru?.source, ir?.source].filter((s): s is string => !!s))],
          };
        }),
      },
      {
        caption: 'Key deals marked on the chart',
        columns: ['Deal', 'Year marked', 'Direction', 'When', 'Status', 'Confidence', 'Note', 'Sources'],
        rowHeader: 0,
        rows: [...data.deals]
          .sort((a, b) => a.year - b.year)
          .map((deal) => ({
            cells: [
              deal.system,
              String(deal.year),
              directionNames[deal.direction],
              deal.period,
              statusNames[deal.status],
              deal.confidence,
              deal.note,
            ],
            sources: deal.sources,
          })),
      },
    ];
  },
  csv: (data) => ({
    columns: ['year', 'direction', 'supplier', 'recipient', 'tiv_millions', 'basis'],
    rows: [...data.tiv]
      .sort((a, b) => a.direction.localeCompare(b.direction) || a.year - b.year)
      .map((d) => ({ cells: [d.year, d.direction, d.supplier, d.recipient, d.tiv, d.basis], sources: [d.source] })),
  }),
  sourceIds: (data) => [...data.tiv.map((d) => d.source), ...data.deals.flatMap((d) => d.sources)],
  filters: (data) => [
    {
      name: 'direction',
      legend: 'Direction',
      attribute: 'direction',
      mode: 'hide',
      options: (['russia-to-iran', 'iran-to-russia'] as const).map((value) => ({ value, label: directionNames[value] })),
    },
    {
      name: 'status',
      legend: 'Deal status',
      attribute: 'status',
      mode: 'hide',
      options: dealStatuses.filter((s) => data.deals.some((d) => d.status === s)).map((value) => ({ value, label: statusNames[value] })),
    },
  ],
};

const treaty: ChartDefinition<'treaty-scope'> = {
  id: 'treaty-scope',
  title: 'A broad treaty with no promise of defence',
  dek: (data) =>
    `The ${data.domains.filter((d) => d.wording !== 'absent').length} areas the 2025 treaty covers, by how firmly it words them, and what it leaves out.`,
  chapter: 'treaty',
  notes: [
    '“Binding duty” means the text, as reliably reported, says what a party shall or shall not do; “pledge to cooperate” means it commits the parties to cooperate, develop or promote. Where the reports leave doubt, the weaker reading is shown.',
    'Article numbers are given only where the text has been checked against several renderings of the treaty; most of its 47 articles are known to us from summaries, so many areas carry no number.',
    'The comparison marks a cell “not checked” where we could not read the other treaty’s text ourselves.',
  ],
  layout: treatyScopeLayout,
  tables: (data) => [
    {
      caption: 'Areas the 2025 treaty covers, and how firmly',
      columns: ['Area', 'Group', 'Wording', 'Articles', 'What the text commits to', 'Sources'],
      rowHeader: 0,
      rows: data.domains.map((d) => ({
        cells: [
          d.domain,
          groupNames[d.group],
          wordingNames[d.wording],
          d.articles.length ? d.articles.join(', ') : 'Not verified',
          d.summary,
        ],
        sources: d.sources,
      })),
    },
    {
      caption: 'Three treaties compared',
      columns: ['Provision', ...treaties.map((t) => t.name), 'Sources'],
      rowHeader: 0,
      rows: data.comparison.map((row) => ({
        cells: [row.provision, ...treaties.map((t) => `${answerNames[row[t.key].answer]}. ${row[t.key].text}`)],
        sources: [...new Set(treaties.flatMap((t) => row[t.key].sources))],
      })),
    },
  ],
  csv: (data) => ({
    columns: ['id', 'area', 'group', 'wording', 'verified_articles', 'summary'],
    rows: data.domains.map((d) => ({ cells: [d.id, d.domain, d.group, d.wording, d.articles.join(' '), d.summary], sources: d.sources })),
  }),
  sourceIds: (data) => [
    ...data.domains.flatMap((d) => d.sources),
    ...data.comparison.flatMap((row) => treaties.flatMap((t) => row[t.key].sources)),
  ],
  filters: () => [],
};

const timeline: ChartDefinition<'timeline'> = {
  id: 'timeline',
  title: 'Three centuries of war, occupation and partnership',
  dek: (data) =>
    `${data.events.length} moments in relations between Russia and Iran, from Peter the Great’s Caspian campaign to ${formatPartialDate(data.events.reduce((latest, e) => (e.date > latest ? e.date : latest), ''))}.`,
  chapter: 'historic-rivals',
  notes: [
    'Dates before 1918 are given in the Gregorian calendar. An event known only to the year or month is placed mid-year or mid-month.',
    'On wide screens the time axis changes scale at each era so the crowded recent years can be read; the bands mark the eras. Hollow, dashed dots are claims that remain unconfirmed.',
  ],
  layout: (data, options) => timelineLayout(data.events, options),
  tables: (data) => [
    {
      caption: 'Events in the timeline',
      columns: ['Date', 'Event', 'Category', 'What happened', 'Confidence', 'Sources'],
      rowHeader: 1,
      rows: data.events.map((e) => ({
        cells: [
          formatEventDate(e.date),
          e.title,
          categoryNames[e.category],
          e.description,
          e.confidence === 'low' ? 'Low: unconfirmed' : e.confidence === 'medium' ? 'Medium' : 'High',
        ],
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
  sourceIds: (data) => data.events.flatMap((e) => e.sources),
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
};

export const charts: { [Id in ChartId]: ChartDefinition<Id> } = { 'arms-transfers': arms, 'treaty-scope': treaty, timeline };

/** A chart with its data: what pages, downloads and exports work with. */
export interface BoundChart {
  id: ChartId;
  title: string;
  dek: string;
  chapter: string;
  notes: string[];
  render: (options: LayoutOptions) => ChartSvg;
  tables: DataTable[];
  csv: CsvTable;
  sourceIds: string[];
  filters: Filter[];
  data: ChartData[ChartId];
}

export function bindChart<Id extends ChartId>(id: Id, all: ChartData): BoundChart {
  const chart: ChartDefinition<Id> | undefined = charts[id];
  // The content loader checks chart ids in chapters; this guards every other caller.
  if (!chart) throw new Error(`unknown chart "${String(id)}" (charts: ${chartIds.join(', ')})`);
  const data = all[id];
  return {
    id,
    title: chart.title,
    dek: chart.dek(data),
    chapter: chart.chapter,
    notes: chart.notes,
    render: (options) => chart.layout(data, options),
    tables: chart.tables(data),
    csv: chart.csv(data),
    sourceIds: [...new Set(chart.sourceIds(data))],
    filters: chart.filters(data),
    data,
  };
}
