// What the arms-transfers chart says, in each language: its headline, notes, tables, download
// and filters, and the words its drawing uses.
import { format } from 'd3-format';
import type { ChartText, Publication } from '../define.ts';
import { dealStatuses, type ArmsDeal, type ArmsTivRow, type ArmsTransfersData } from './chart.ts';
import { formats } from '../../i18n/format.ts';

type Direction = ArmsTivRow['direction'];

export interface ArmsTransfersText extends ChartText<ArmsTransfersData> {
  /** TIV values as the drawing, the tables and the tooltips print them. */
  tiv: (value: number) => string;
  directionNames: Record<Direction, string>;
  directionShort: Record<Direction, string>;
  statusNames: Record<ArmsDeal['status'], string>;
  parties: Record<ArmsTivRow['supplier'], string>;
  basisNames: Record<ArmsTivRow['basis'], string>;
  confidenceNames: Record<ArmsDeal['confidence'], string>;
  drawing: {
    title: string;
    units: string;
    noData: string;
    /** Over a gap wide enough for it. */
    noDataYet: string;
    yearFigure: (supplier: string, recipient: string, tiv: string) => string;
    yearMissing: (direction: string) => string;
    dealTip: (label: string, status: string) => string;
    dealKey: (label: string, year: number, direction: string) => string;
    /** The text alternative, written from the data so it stays true when the data changes. */
    describe: (tiv: readonly Pick<ArmsTivRow, 'year' | 'direction' | 'tiv'>[], deals: readonly unknown[]) => string;
  };
}

const whole = format(',');
const decimal = format(',.1f');
/** Whole numbers with thousands separators; fractions to one decimal. */
const tiv = (value: number) => (Number.isInteger(value) ? whole(value) : decimal(value));

const directionNames = { 'russia-to-iran': 'Russia (Soviet Union to 1991) to Iran', 'iran-to-russia': 'Iran to Russia' };
const directionShort = { 'russia-to-iran': 'Russia → Iran', 'iran-to-russia': 'Iran → Russia' };
const statusNames: Record<ArmsDeal['status'], string> = {
  delivered: 'Delivered',
  'licence-production': 'Built under licence',
  reported: 'Reported, not confirmed',
  alleged: 'Alleged by Western governments',
  requested: 'Requested, not delivered',
  cancelled: 'Cancelled',
};
// The tables print a deal's confidence as the data file writes it.
const confidenceNames: Record<ArmsDeal['confidence'], string> = { high: 'high', medium: 'medium', low: 'low' };
const basisNames: Record<ArmsTivRow['basis'], string> = { 'sipri-table': 'SIPRI table', 'sum-of-register': 'Sum of SIPRI register' };

/** What a language gives the chart's tables and filters: its words only; the structure is built once, here. */
interface TableWords {
  yearCaption: string;
  yearColumns: readonly string[];
  dealCaption: string;
  dealColumns: readonly string[];
  directionLegend: string;
  statusLegend: string;
  tiv: (value: number) => string;
  directionNames: Record<Direction, string>;
  statusNames: Record<ArmsDeal['status'], string>;
  confidenceNames: Record<ArmsDeal['confidence'], string>;
  basisNames: Record<ArmsTivRow['basis'], string>;
}

function tableAndFilter(w: TableWords): Pick<ArmsTransfersText, 'tables' | 'filters'> {
  return {
    tables: (data) => {
      const years = [...new Set(data.tiv.map((d) => d.year))].sort((a, b) => a - b);
      const find = (year: number, direction: Direction) => data.tiv.find((d) => d.year === year && d.direction === direction);
      return [
        {
          caption: w.yearCaption,
          columns: [...w.yearColumns],
          rowHeader: 0,
          rows: years.map((year) => {
            const fromRussia = find(year, 'russia-to-iran');
            const fromIran = find(year, 'iran-to-russia');
            const basis = [...new Set([fromRussia?.basis, fromIran?.basis].filter((b) => b !== undefined))]
              .map((b) => w.basisNames[b])
              .join('; ');
            return {
              cells: [String(year), fromRussia ? w.tiv(fromRussia.tiv) : '–', fromIran ? w.tiv(fromIran.tiv) : '–', basis],
              sources: [...new Set([fromRussia?.source, fromIran?.source].filter((s): s is string => !!s))],
            };
          }),
        },
        {
          caption: w.dealCaption,
          columns: [...w.dealColumns],
          rowHeader: 0,
          rows: [...data.deals]
            .sort((a, b) => a.year - b.year)
            .map((deal) => ({
              cells: [
                deal.system,
                String(deal.year),
                w.directionNames[deal.direction],
                deal.period,
                w.statusNames[deal.status],
                w.confidenceNames[deal.confidence],
                deal.note,
              ],
              sources: deal.sources,
            })),
        },
      ];
    },
    filters: (data) => [
      {
        name: 'direction',
        legend: w.directionLegend,
        attribute: 'direction',
        mode: 'hide',
        options: (['russia-to-iran', 'iran-to-russia'] as const).map((value) => ({ value, label: w.directionNames[value] })),
      },
      {
        name: 'status',
        legend: w.statusLegend,
        attribute: 'status',
        mode: 'hide',
        options: dealStatuses
          .filter((s) => data.deals.some((d) => d.status === s))
          .map((value) => ({ value, label: w.statusNames[value] })),
      },
    ],
  };
}

/** The CSV: the data's own codes and unformatted values in every language; only the header row is translated. */
const csv: ArmsTransfersText['csv'] = (data) => ({
  columns: ['year', 'direction', 'supplier', 'recipient', 'tiv_millions', 'basis'],
  rows: [...data.tiv]
    .sort((a, b) => a.direction.localeCompare(b.direction) || a.year - b.year)
    .map((d) => ({ cells: [d.year, d.direction, d.supplier, d.recipient, d.tiv, d.basis], sources: [d.source] })),
});

const en: ArmsTransfersText = {
  title: 'Forty years of arms deliveries, and the moment they changed direction',
  dek: () =>
    'Major weapons delivered each year, in SIPRI trend-indicator values. Bars above the line went from Moscow to Tehran; bars below went from Tehran to Moscow.',
  notes: [
    'SIPRI trend-indicator values (TIV) measure the volume of military capability transferred, not money: do not read them as dollars, or compare them with contract prices. A used weapon counts at 40 per cent of a new one.',
    'TIV understates cheap, mass-produced weapons: one Shahed-136 drone scores about 0.1, so 2,000 of them weigh less than four S-300 air-defence batteries. Ammunition and small arms are not counted at all, so the reported flow of Iranian shells to Russia does not appear.',
    'Weapons built under licence count as transfers from the licensing country: Russian-designed tanks assembled in Iran are Russian exports, and Shahed drones built at Alabuga in Russia count as Iranian exports.',
    'Values for 1989–2021 are SIPRI’s published tables (generated July 2022); 2022–2024 are our sums of SIPRI’s per-delivery values in its March 2025 register. SIPRI revises past years every March. 2025 and 2026 are not yet published: missing, not zero.',
  ],
  ...tableAndFilter({
    yearCaption: 'Major arms delivered each year (SIPRI TIV, millions)',
    yearColumns: ['Year', 'Russia (USSR to 1991) to Iran', 'Iran to Russia', 'Basis', 'Sources'],
    dealCaption: 'Key deals marked on the chart',
    dealColumns: ['Deal', 'Year marked', 'Direction', 'When', 'Status', 'Confidence', 'Note', 'Sources'],
    directionLegend: 'Direction',
    statusLegend: 'Deal status',
    tiv,
    directionNames,
    statusNames,
    confidenceNames,
    basisNames,
  }),
  csv,
  tiv,
  directionNames,
  directionShort,
  statusNames,
  parties: { 'Soviet Union': 'Soviet Union', Russia: 'Russia', Iran: 'Iran' },
  basisNames,
  confidenceNames,
  drawing: {
    title: 'Arms transfers between Russia and Iran, by year',
    units: 'SIPRI TIV, millions',
    noData: 'No data',
    noDataYet: 'No data yet',
    yearFigure: (supplier, recipient, value) => `${supplier} to ${recipient}: ${value} TIV`,
    yearMissing: (direction) => `${direction}: no data`,
    dealTip: (label, status) => `${label} (${status.toLowerCase()})`,
    dealKey: (label, year, direction) => `${label} (${year}, ${direction})`,
    describe: (rows, deals) => {
      if (rows.length === 0) return 'No arms-transfer figures are available.';
      const years = rows.map((d) => d.year);
      const peak = (direction: Direction) => {
        const delivered = rows.filter((d) => d.direction === direction && d.tiv > 0);
        if (delivered.length === 0) return `${directionShort[direction]}: no deliveries recorded.`;
        const top = delivered.reduce((a, b) => (b.tiv > a.tiv ? b : a));
        return `${directionShort[direction]}: deliveries in ${delivered.length} of the years, peaking at ${tiv(top.tiv)} in ${top.year}.`;
      };
      return `Bar chart of SIPRI trend-indicator values (millions) for ${Math.min(...years)} to ${Math.max(...years)}, Russia's deliveries to Iran above the line and Iran's to Russia below. ${peak('russia-to-iran')} ${peak('iran-to-russia')} ${deals.length} key deals are marked by status.`;
    },
  },
};

// Russian. Numbers as Russian writes them: a no-break space between thousands, a decimal comma.
const ruWhole = new Intl.NumberFormat('ru', { maximumFractionDigits: 0 });
const ruDecimal = new Intl.NumberFormat('ru', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Whole numbers with thousands separated by a no-break space; fractions to one decimal, with a comma. */
const tivRu = (value: number) => (Number.isInteger(value) ? ruWhole.format(value) : ruDecimal.format(value)).replace(/\u202f/g, '\u00a0');
/** The form of a counted phrase that Russian's plural rules pick for `count` (src/i18n/format.ts). */
const countedRu = formats('ru').plural;

const directionNamesRu = { 'russia-to-iran': 'Из России (до 1991 года — СССР) в Иран', 'iran-to-russia': 'Из Ирана в Россию' };
const directionShortRu = { 'russia-to-iran': 'Россия → Иран', 'iran-to-russia': 'Иран → Россия' };
const statusNamesRu: Record<ArmsDeal['status'], string> = {
  delivered: 'Поставлено',
  'licence-production': 'Выпуск по лицензии',
  reported: 'Сообщалось, не подтверждено',
  alleged: 'По утверждению западных стран',
  requested: 'Запрошено, не поставлено',
  cancelled: 'Отменено',
};
// As in English, the tables print a deal's confidence in lower case.
const confidenceNamesRu: Record<ArmsDeal['confidence'], string> = { high: 'высокая', medium: 'средняя', low: 'низкая' };
const basisNamesRu: Record<ArmsTivRow['basis'], string> = { 'sipri-table': 'Таблица СИПРИ', 'sum-of-register': 'Сумма по реестру СИПРИ' };

export const ru: ArmsTransfersText = {
  title: 'Сорок лет поставок оружия — и момент, когда они сменили направление',
  dek: () =>
    'Поставки основных видов вооружений по годам в значениях индикатора тенденций СИПРИ. Столбцы над линией — поставки из Москвы в Тегеран, под линией — из Тегерана в Москву.',
  notes: [
    'Значения индикатора тенденций СИПРИ (TIV) измеряют объем переданного военного потенциала, а не деньги: их нельзя читать как доллары или сравнивать с ценами контрактов. Подержанное вооружение засчитывается в размере 40% от нового.',
    'TIV недооценивает дешевое оружие массового производства: один беспилотник «Шахед-136» дает около 0,1, так что 2\u00a0000 таких аппаратов весят меньше, чем четыре зенитные ракетные системы С-300. Боеприпасы и стрелковое оружие не учитываются вовсе, поэтому поставки иранских снарядов в Россию, о которых сообщалось, здесь не видны.',
    'Оружие, выпущенное по лицензии, учитывается как поставка страны-лицензиара: собранные в Иране танки российской конструкции считаются российским экспортом, а беспилотники «Шахед», произведенные в России, в особой экономической зоне «Алабуга», — иранским.',
    'Значения за 1989–2021 годы взяты из опубликованных таблиц СИПРИ (сформированы в июле 2022 г.); за 2022–2024 годы — это наши суммы значений по отдельным поставкам из реестра СИПРИ в версии марта 2025 г. Каждый март СИПРИ пересматривает данные за прошлые годы. Данные за 2025 и 2026 годы еще не опубликованы: они отсутствуют, а не равны нулю.',
  ],
  ...tableAndFilter({
    yearCaption: 'Поставки основных видов вооружений по годам (TIV СИПРИ, млн)',
    yearColumns: ['Год', 'Из России (до 1991 года — СССР) в Иран', 'Из Ирана в Россию', 'Основа данных', 'Источники'],
    dealCaption: 'Ключевые сделки, отмеченные на графике',
    dealColumns: ['Сделка', 'Год на графике', 'Направление', 'Сроки', 'Статус', 'Достоверность', 'Примечание', 'Источники'],
    directionLegend: 'Направление',
    statusLegend: 'Статус сделки',
    tiv: tivRu,
    directionNames: directionNamesRu,
    statusNames: statusNamesRu,
    confidenceNames: confidenceNamesRu,
    basisNames: basisNamesRu,
  }),
  csv: (data) => ({ ...csv(data), headers: ['Год', 'Направление', 'Поставщик', 'Получатель', 'TIV СИПРИ, млн', 'Основа данных'] }),
  tiv: tivRu,
  directionNames: directionNamesRu,
  directionShort: directionShortRu,
  statusNames: statusNamesRu,
  parties: { 'Soviet Union': 'СССР', Russia: 'Россия', Iran: 'Иран' },
  basisNames: basisNamesRu,
  confidenceNames: confidenceNamesRu,
  drawing: {
    title: 'Поставки вооружений между Россией и Ираном по годам',
    units: 'TIV СИПРИ, млн',
    noData: 'Нет данных',
    noDataYet: 'Данных пока нет',
    // The parties are in the nominative, so an arrow, not a preposition, says which way.
    yearFigure: (supplier, recipient, value) => `${supplier} → ${recipient}: ${value} TIV`,
    yearMissing: (direction) => `${direction}: нет данных`,
    dealTip: (label, status) => `${label} (${status.toLowerCase()})`,
    dealKey: (label, year, direction) => `${label} (${year}, ${direction})`,
    describe: (rows, deals) => {
      if (rows.length === 0) return 'Данных о поставках вооружений нет.';
      const years = rows.map((d) => d.year);
      const peak = (direction: Direction) => {
        const delivered = rows.filter((d) => d.direction === direction && d.tiv > 0);
        if (delivered.length === 0) return `${directionShortRu[direction]}: поставок не зафиксировано.`;
        const top = delivered.reduce((a, b) => (b.tiv > a.tiv ? b : a));
        return `${directionShortRu[direction]}: лет с поставками — ${delivered.length}, максимум — ${tivRu(top.tiv)} в ${top.year} году.`;
      };
      const n = deals.length;
      const marked = countedRu(n, {
        one: `Отмечена ${n} ключевая сделка с указанием ее статуса.`,
        few: `Отмечены ${n} ключевые сделки с указанием их статуса.`,
        many: `Отмечено ${n} ключевых сделок с указанием их статуса.`,
        other: `Отмечено ${n} ключевой сделки с указанием их статуса.`,
      });
      return `Столбчатая диаграмма значений индикатора тенденций СИПРИ (млн) за ${Math.min(...years)}–${Math.max(...years)} годы: поставки России в Иран — над линией, поставки Ирана в Россию — под ней. ${peak('russia-to-iran')} ${peak('iran-to-russia')} ${marked}`;
    },
  },
};

export const publication: Publication<ArmsTransfersText> = { en, ru };
