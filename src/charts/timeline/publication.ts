// What the timeline says, in each language: its headline, notes, table, download and filter,
// and the words its drawing uses.
import { formatPartialDate } from '../../lib/dates.ts';
import type { ChartText, Publication } from '../define.ts';
import { chronological, timelineCategories, type TimelineData, type TimelineEvent } from './chart.ts';
import { formats } from '../../i18n/format.ts';

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

/** What a language gives the timeline's table and filter: its words only; the structure is built once, here. */
interface TableWords {
  caption: string;
  columns: readonly string[];
  filterLegend: string;
  categoryNames: Record<TimelineEvent['category'], string>;
  confidenceNames: Record<TimelineEvent['confidence'], string>;
  eventDate: (date: string) => string;
}

function tableAndFilter(w: TableWords): Pick<TimelineText, 'tables' | 'filters'> {
  return {
    tables: (data) => [
      {
        caption: w.caption,
        columns: [...w.columns],
        rowHeader: 1,
        // In the drawing's order: row i is point i, whose tooltip reads the row (src/charts/enhance.ts).
        rows: chronological(data.events).map((e) => ({
          cells: [w.eventDate(e.date), e.title, w.categoryNames[e.category], e.description, w.confidenceNames[e.confidence]],
          sources: e.sources,
        })),
      },
    ],
    filters: (data) => [
      {
        name: 'category',
        legend: w.filterLegend,
        attribute: 'category',
        mode: 'dim',
        options: timelineCategories
          .filter((c) => data.events.some((e) => e.category === c))
          .map((value) => ({ value, label: w.categoryNames[value] })),
      },
    ],
  };
}

/** The CSV: machine-readable codes and ISO dates in every language; only the header row is translated. */
const csv: TimelineText['csv'] = (data) => ({
  columns: ['id', 'date', 'title', 'category', 'description', 'confidence', 'chapter'],
  rows: data.events.map((e) => ({
    cells: [e.id, e.date, e.title, e.category, e.description, e.confidence, e.chapter],
    sources: e.sources,
  })),
});

const en: TimelineText = {
  title: 'Three centuries of war, occupation and partnership',
  dek: (data) =>
    `${data.events.length} moments in relations between Russia and Iran, from Peter the Great’s Caspian campaign to ${formatPartialDate(data.events.reduce((latest, e) => (e.date > latest ? e.date : latest), ''))}.`,
  notes: [
    'Dates before 1918 are given in the Gregorian calendar. An event known only to the year or month is placed mid-year or mid-month.',
    'On wide screens the time axis changes scale at each era so the crowded recent years can be read; the bands mark the eras. Hollow, dashed dots are claims that remain unconfirmed.',
  ],
  ...tableAndFilter({
    caption: 'Events in the timeline',
    columns: ['Date', 'Event', 'Category', 'What happened', 'Confidence', 'Sources'],
    filterLegend: 'Show categories',
    categoryNames,
    confidenceNames,
    eventDate,
  }),
  csv,
  categoryNames,
  eventDate,
  drawing: {
    title: 'Timeline of Russia–Iran relations',
    era: (start, next) => `${start}${next ? `–${next - 1}` : ' onwards'}`,
    unconfirmed: ' (unconfirmed)',
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

// Russian. Short dates for the drawing and tables ("1813", "июль 1722", "17 янв. 2025"), from
// Intl's Russian abbreviations without the year's "г."; full dates in running text
// ("17 января 2025 г."), with the month in the genitive after a day or a preposition.
const ruShortDay = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const ruShortMonth = new Intl.DateTimeFormat('ru', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** Day, month and year as Intl gives them, joined by no-break spaces, without "г.". */
const ruShort = (format: Intl.DateTimeFormat, date: Date) =>
  format
    .formatToParts(date)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join('\u00a0');
function eventDateRu(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y);
  return d === undefined ? ruShort(ruShortMonth, new Date(Date.UTC(y, m - 1, 1))) : ruShort(ruShortDay, new Date(Date.UTC(y, m - 1, d)));
}
const monthsNominative = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const monthsGenitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** A partial date in full: "1813 г.", "июль 1722 г." (or "июля 1722 г." after a preposition), "17 января 2025 г.". */
function fullDateRu(date: string, grammaticalCase: 'nominative' | 'genitive'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return `${y}\u00a0г.`;
  if (d !== undefined) return `${d}\u00a0${monthsGenitive[m - 1]!} ${y}\u00a0г.`;
  return `${(grammaticalCase === 'genitive' ? monthsGenitive : monthsNominative)[m - 1]!} ${y}\u00a0г.`;
}
/** The form of a counted phrase that Russian's plural rules pick for `count` (src/i18n/format.ts). */
const countedRu = formats('ru').plural;

const categoryNamesRu: Record<TimelineEvent['category'], string> = {
  war: 'Война',
  treaty: 'Договор',
  occupation: 'Оккупация',
  revolution: 'Революция',
  diplomacy: 'Дипломатия',
  // The phone list prints it under the date, in a column 74 px wide.
  nuclear: 'Ядерная тема',
  arms: 'Оружие',
  syria: 'Сирия',
  economy: 'Экономика',
};
const confidenceNamesRu: Record<TimelineEvent['confidence'], string> = {
  low: 'Низкая: не подтверждено',
  medium: 'Средняя',
  high: 'Высокая',
};

export const ru: TimelineText = {
  title: 'Три века войн, оккупации и партнерства',
  dek: (data) => {
    const n = data.events.length;
    const latest = fullDateRu(
      data.events.reduce((last, e) => (e.date > last ? e.date : last), ''),
      'genitive',
    );
    const events = countedRu(n, { one: 'событие', few: 'события', many: 'событий', other: 'события' });
    return `${n} ${events} в отношениях России и Ирана — от Каспийского похода Петра Великого до ${latest}`;
  },
  notes: [
    'Даты до 1918 года приводятся по григорианскому календарю. Событие, известное лишь с точностью до года или месяца, помещено в середину года или месяца.',
    'На широких экранах масштаб оси времени меняется от эпохи к эпохе, чтобы насыщенные событиями последние годы можно было прочитать; полосы обозначают эпохи. Полые точки с пунктирным контуром — утверждения, которые остаются неподтвержденными.',
  ],
  ...tableAndFilter({
    caption: 'События хронологии',
    columns: ['Дата', 'Событие', 'Категория', 'Что произошло', 'Достоверность', 'Источники'],
    filterLegend: 'Показать категории',
    categoryNames: categoryNamesRu,
    confidenceNames: confidenceNamesRu,
    eventDate: eventDateRu,
  }),
  csv: (data) => ({
    ...csv(data),
    headers: ['Идентификатор', 'Дата', 'Событие', 'Категория', 'Что произошло', 'Достоверность', 'Глава'],
  }),
  categoryNames: categoryNamesRu,
  eventDate: eventDateRu,
  drawing: {
    title: 'Хронология отношений России и Ирана',
    era: (start, next) => (next ? `${start}–${next - 1}` : `с ${start} года`),
    unconfirmed: ' (не подтверждено)',
    noEvents: 'Нет событий',
    keyEvent: 'Событие',
    keyUnconfirmed: 'Не подтверждено',
    // Shorter than "… (разрывы отмечены v)", which would run into the key on its left at 560 px.
    keyScale: 'У каждой эпохи свой масштаб (разрывы — v)',
    describe: (events) => {
      if (events.length === 0) return 'Нет событий.';
      const counts = timelineCategories
        .map((c) => [c, events.filter((e) => e.category === c).length] as const)
        .filter(([, n]) => n > 0)
        // Lower case, as inside a sentence, except a country's name.
        .map(([c, n]) => `${c === 'syria' ? categoryNamesRu[c] : categoryNamesRu[c].toLowerCase()} — ${n}`)
        .join(', ');
      const first = events[0]!;
      const last = events[events.length - 1]!;
      const n = events.length;
      const of = countedRu(n, { one: 'события', few: 'событий', many: 'событий', other: 'события' });
      return `Хронология из ${n} ${of}: первое — ${fullDateRu(first.date, 'nominative')} (${first.title}), последнее — ${fullDateRu(last.date, 'nominative')} (${last.title}). По категориям: ${counts}.`;
    },
  },
};

// Persian. Every number and date goes through formats('fa') (src/i18n/format.ts): Persian digits,
// U+066C between thousands, U+066B as the decimal point. The CSV keeps ISO dates and Latin digits
// for software; only its header row is Persian.
const faFormats = formats('fa');
const numFa = faFormats.number;
/** A year: Gregorian, no thousands separator («۱۸۱۳»). */
const yearFa = (year: number) => faFormats.partialDate(String(year));
/** The form of a counted phrase that Persian's plural rules pick (the noun stays singular after a number). */
const countedFa = faFormats.plural;
/**
 * An event's date in the drawing and in the table, which must be the same text: the phone list
 * prints, beside point n, the date of table row n, whose cells the tooltip reads (timeline.test.ts).
 * Chosen: the Gregorian calendar only, «۱۸۱۳», «ژوئیهٔ ۱۷۲۲» (partialDate for a year or a month),
 * «۱۷ ژانویهٔ ۲۰۲۵» (gregorianDate for a day, Intl in fa-IR-u-ca-gregory). partialDate's day, with
 * the Solar Hijri date before the Gregorian («۲۸ دی ۱۴۰۳ (۱۷ ژانویهٔ ۲۰۲۵)»), is about 185 px at
 * the list's 11 px bold, and would leave a 320 px phone some 100 px for the titles. Running text
 * (the dek, the text alternative) gives full days with the Solar Hijri date: fullDateFa.
 */
function eventDateFa(date: string): string {
  const [, month, day] = date.split('-');
  return month !== undefined && day !== undefined ? faFormats.gregorianDate(new Date(date)) : faFormats.partialDate(date);
}
/** A partial date in running text: a day from 1925 on with its Solar Hijri date, the Gregorian beside it. */
const fullDateFa = faFormats.partialDate;

const categoryNamesFa: Record<TimelineEvent['category'], string> = {
  war: 'جنگ',
  treaty: 'پیمان',
  occupation: 'اشغال',
  revolution: 'انقلاب',
  diplomacy: 'دیپلماسی',
  nuclear: 'هسته‌ای',
  arms: 'تسلیحات',
  syria: 'سوریه',
  economy: 'اقتصاد',
};
const confidenceNamesFa: Record<TimelineEvent['confidence'], string> = { low: 'پایین: تأییدنشده', medium: 'متوسط', high: 'بالا' };

export const fa: TimelineText = {
  title: 'سه قرن جنگ، اشغال و مشارکت',
  dek: (data) => {
    const n = data.events.length;
    const latest = fullDateFa(data.events.reduce((last, e) => (e.date > last ? e.date : last), ''));
    const events = countedFa(n, { one: 'رویداد', other: 'رویداد' });
    return `${numFa(n)} ${events} در روابط روسیه و ایران، از لشکرکشی پتر کبیر به کرانه‌های دریای خزر تا ${latest}.`;
  },
  notes: [
    `تاریخ‌های پیش از ${yearFa(1918)} به تقویم گریگوری آمده است. رویدادی که فقط سال یا ماه آن معلوم است، در میانهٔ سال یا ماه قرار گرفته است.`,
    'در صفحه‌های پهن، مقیاس محور زمان در هر دوره تغییر می‌کند تا سال‌های اخیرِ پرحادثه خواندنی باشند؛ نوارها دوره‌ها را نشان می‌دهند. نقطه‌های توخالی با خط‌چین ادعاهایی است که همچنان تأییدنشده مانده‌اند.',
  ],
  ...tableAndFilter({
    caption: 'رویدادهای گاه‌شمار',
    columns: ['تاریخ', 'رویداد', 'دسته', 'چه روی داد', 'اطمینان', 'منابع'],
    filterLegend: 'نمایش دسته‌ها',
    categoryNames: categoryNamesFa,
    confidenceNames: confidenceNamesFa,
    // The drawing's date, Gregorian only: see eventDateFa.
    eventDate: eventDateFa,
  }),
  csv: (data) => ({
    ...csv(data),
    headers: ['شناسه', 'تاریخ', 'رویداد', 'دسته', 'چه روی داد', 'اطمینان', 'فصل'],
  }),
  categoryNames: categoryNamesFa,
  eventDate: eventDateFa,
  drawing: {
    title: 'گاه‌شمار روابط روسیه و ایران',
    era: (start, next) => (next ? `${yearFa(start)}–${yearFa(next - 1)}` : `از ${yearFa(start)} به بعد`),
    unconfirmed: ' (تأییدنشده)',
    noEvents: 'رویدادی نیست',
    keyEvent: 'رویداد',
    keyUnconfirmed: 'ادعای تأییدنشده',
    // The break mark drawn under the axis is a small chevron: ∨ (U+2228) stands for it, not the Latin v.
    keyScale: 'هر دوره مقیاس خود را دارد (گسست‌ها: ∨)',
    describe: (events) => {
      if (events.length === 0) return 'رویدادی نیست.';
      const counts = timelineCategories
        .map((c) => [c, events.filter((e) => e.category === c).length] as const)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${categoryNamesFa[c]} ${numFa(n)}`)
        .join('، ');
      const first = events[0]!;
      const last = events[events.length - 1]!;
      const n = events.length;
      const of = countedFa(n, { one: 'رویداد', other: 'رویداد' });
      // A sentence, not a label: full dates as running text gives them (fullDateFa).
      return `گاه‌شمار ${numFa(n)} ${of} از ${fullDateFa(first.date)} (${first.title}) تا ${fullDateFa(last.date)} (${last.title}). به تفکیک دسته: ${counts}.`;
    },
  },
};

export const publication: Publication<TimelineText> = { en, ru, fa };
