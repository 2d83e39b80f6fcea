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
  /** A year in a cell; as code writes it (`String`) when left out, as in English and Russian. */
  year?: (year: number) => string;
  /** Between a year's two bases; "; " when left out. */
  basisSeparator?: string;
}

function tableAndFilter(w: TableWords): Pick<ArmsTransfersText, 'tables' | 'filters'> {
  const yearCell = w.year ?? String;
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
              .join(w.basisSeparator ?? '; ');
            return {
              cells: [yearCell(year), fromRussia ? w.tiv(fromRussia.tiv) : '–', fromIran ? w.tiv(fromIran.tiv) : '–', basis],
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
                yearCell(deal.year),
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

// Persian. Every number and year goes through formats('fa') (src/i18n/format.ts): Persian digits,
// U+066C between thousands, U+066B as the decimal point. Model names keep the glossary's spelling
// (content/glossary.yaml: «شاهد-۱۳۶», «اس-۳۰۰»). The CSV keeps its values (years, Latin digits);
// only its header row is Persian.
const faFormats = formats('fa');
const numFa = faFormats.number;
/** A year as the time axis writes it: Gregorian, no thousands separator («۱۹۹۱»). */
const yearFa = (year: number) => faFormats.partialDate(String(year));
const spanFa = (from: number, to: number) => `${yearFa(from)}–${yearFa(to)}`;
/** Whole numbers with «٬» between thousands; fractions to one decimal, with «٫». */
const tivFa = (value: number) =>
  Number.isInteger(value) ? numFa(value) : numFa(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** The form of a counted phrase that Persian's plural rules pick (the noun stays singular after a number). */
const countedFa = faFormats.plural;

const directionNamesFa = {
  'russia-to-iran': `از روسیه (تا ${yearFa(1991)} اتحاد شوروی) به ایران`,
  'iran-to-russia': 'از ایران به روسیه',
};
// Right to left: the arrow points from the first name, on the right, to the second.
const directionShortFa = { 'russia-to-iran': 'روسیه ← ایران', 'iran-to-russia': 'ایران ← روسیه' };
const statusNamesFa: Record<ArmsDeal['status'], string> = {
  delivered: 'تحویل‌شده',
  'licence-production': 'ساخت تحت لیسانس',
  reported: 'گزارش‌شده، تأییدنشده',
  alleged: 'ادعای دولت‌های غربی',
  requested: 'درخواست‌شده، تحویل‌نشده',
  cancelled: 'لغوشده',
};
const confidenceNamesFa: Record<ArmsDeal['confidence'], string> = { high: 'بالا', medium: 'متوسط', low: 'پایین' };
const basisNamesFa: Record<ArmsTivRow['basis'], string> = {
  'sipri-table': 'جدول سیپری',
  'sum-of-register': 'جمع ارقام فهرست معاملات سیپری',
};

export const fa: ArmsTransfersText = {
  title: 'چهل سال انتقال تسلیحات و لحظه‌ای که جهت آن تغییر کرد',
  dek: () =>
    'تسلیحات عمده‌ای که هر سال تحویل شده است، بر حسب ارزش شاخص روند سیپری. ستون‌های بالای خط از مسکو به تهران رفته‌اند و ستون‌های پایین خط از تهران به مسکو.',
  notes: [
    `ارزش شاخص روند سیپری حجم توان نظامی منتقل‌شده را می‌سنجد، نه پول را: آن را دلار نخوانید و با قیمت قراردادها مقایسه نکنید. یک سلاح دست‌دوم ${numFa(0.4, { style: 'percent' })} یک سلاح نو حساب می‌شود.`,
    `این شاخص سلاح‌های ارزانِ تولید انبوه را کمتر از واقع نشان می‌دهد: یک پهپاد شاهد-۱۳۶ حدود ${numFa(0.1)} امتیاز می‌گیرد، پس ${numFa(2000)} فروند از آن کمتر از چهار آتشبار پدافند هوایی اس-۳۰۰ وزن دارد. مهمات و سلاح‌های سبک اصلاً شمرده نمی‌شوند، از این رو گلوله‌های توپی که گزارش شده ایران به روسیه فرستاده است، در اینجا دیده نمی‌شوند.`,
    'سلاح‌هایی که تحت لیسانس ساخته می‌شوند، انتقال از سوی کشور صاحب لیسانس به شمار می‌آیند: تانک‌های طراحی روسیه که در ایران مونتاژ شده‌اند صادرات روسیه‌اند، و پهپادهای شاهد ساخت آلابوگا در روسیه صادرات ایران حساب می‌شوند.',
    `ارقام ${spanFa(1989, 2021)} از جدول‌های منتشرشدهٔ سیپری است (تهیه‌شده در ${faFormats.partialDate('2022-07')})؛ ارقام ${spanFa(2022, 2024)} جمعی است که ما از ارزش تک‌تک تحویل‌ها در فهرست معاملات سیپری (نسخهٔ ${faFormats.partialDate('2025-03')}) به دست آورده‌ایم. سیپری هر سال در ماه مارس ارقام سال‌های گذشته را بازبینی می‌کند. ارقام ${yearFa(2025)} و ${yearFa(2026)} هنوز منتشر نشده است: این سال‌ها داده ندارند، نه اینکه صفر باشند.`,
  ],
  ...tableAndFilter({
    yearCaption: 'تسلیحات عمدهٔ تحویل‌شده در هر سال (شاخص روند سیپری، میلیون)',
    yearColumns: ['سال', `از روسیه (تا ${yearFa(1991)} شوروی) به ایران`, 'از ایران به روسیه', 'مبنا', 'منابع'],
    dealCaption: 'معامله‌های کلیدی مشخص‌شده در نمودار',
    dealColumns: ['معامله', 'سال در نمودار', 'جهت', 'زمان', 'وضعیت', 'اطمینان', 'یادداشت', 'منابع'],
    directionLegend: 'جهت',
    statusLegend: 'وضعیت معامله',
    tiv: tivFa,
    directionNames: directionNamesFa,
    statusNames: statusNamesFa,
    confidenceNames: confidenceNamesFa,
    basisNames: basisNamesFa,
    // The tables' years in Persian digits (English and Russian keep String(year)).
    year: yearFa,
    basisSeparator: '؛ ',
  }),
  csv: (data) => ({ ...csv(data), headers: ['سال', 'جهت', 'تأمین‌کننده', 'دریافت‌کننده', 'شاخص روند سیپری، میلیون', 'مبنا'] }),
  tiv: tivFa,
  directionNames: directionNamesFa,
  directionShort: directionShortFa,
  statusNames: statusNamesFa,
  parties: { 'Soviet Union': 'اتحاد شوروی', Russia: 'روسیه', Iran: 'ایران' },
  basisNames: basisNamesFa,
  confidenceNames: confidenceNamesFa,
  drawing: {
    title: 'انتقال تسلیحات میان روسیه و ایران، به تفکیک سال',
    units: 'شاخص روند سیپری، میلیون',
    noData: 'بدون داده',
    noDataYet: 'هنوز داده‌ای نیست',
    yearFigure: (supplier, recipient, value) => `از ${supplier} به ${recipient}: شاخص روند ${value}`,
    yearMissing: (direction) => `${direction}: بدون داده`,
    // Persian has no capitals to lower.
    dealTip: (label, status) => `${label} (${status})`,
    dealKey: (label, year, direction) => `${label} (${yearFa(year)}، ${direction})`,
    describe: (rows, deals) => {
      if (rows.length === 0) return 'هیچ رقمی از انتقال تسلیحات در دست نیست.';
      const years = rows.map((d) => d.year);
      const peak = (direction: Direction) => {
        const delivered = rows.filter((d) => d.direction === direction && d.tiv > 0);
        if (delivered.length === 0) return `${directionShortFa[direction]}: تحویلی ثبت نشده است.`;
        const top = delivered.reduce((a, b) => (b.tiv > a.tiv ? b : a));
        return `${directionShortFa[direction]}: تحویل در ${numFa(delivered.length)} سال از این دوره، با اوج ${tivFa(top.tiv)} در ${yearFa(top.year)}.`;
      };
      const n = deals.length;
      const marked = countedFa(n, {
        one: `${numFa(n)} معاملهٔ کلیدی با نشانهٔ وضعیت آن مشخص شده است.`,
        other: `${numFa(n)} معاملهٔ کلیدی با نشانهٔ وضعیتشان مشخص شده‌اند.`,
      });
      return `نمودار ستونی ارزش شاخص روند سیپری (میلیون) از ${yearFa(Math.min(...years))} تا ${yearFa(Math.max(...years))}؛ تحویل‌های روسیه به ایران بالای خط و تحویل‌های ایران به روسیه پایین خط. ${peak('russia-to-iran')} ${peak('iran-to-russia')} ${marked}`;
    },
  },
};

export const publication: Publication<ArmsTransfersText> = { en, ru, fa };
