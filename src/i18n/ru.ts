// The site's own words in Russian: en.ts key for key (UiStrings makes the type checker ask for
// every one). House style: « » quotes („ “ inside them), dates as «17 января 2025 г.», thousands
// with a no-break space, decimal comma, «е» for «ё»; the explainer is «материал».
import { formats } from './format.ts';
import type { UiStrings } from './en.ts';
import type { SourceKind } from '../collections/schemas.ts';
import type { CountedForms } from './languages.ts';

const f = formats('ru');
const n = (value: number) => f.number(value);

/** Russian's plural forms: 1, 21 источник (one); 2–4 источника (few); 5–20, 0 источников (many); 1,5 источника (other). */
type RuForms = Record<'one' | 'few' | 'many' | 'other', string>;
/** A counted phrase as data, for the browser script, which picks the form itself. */
const forms = (counted: RuForms): CountedForms => counted;
/** The form of a counted phrase that Russian's plural rules pick for `count`. */
const plural = (count: number, counted: RuForms) => f.plural(count, counted);

/**
 * A sentence ending with a date: «17 января 2025 г.» already ends in a full stop, which then closes
 * the sentence too (Russian writes no second one). The phrases below leave it out after {date}s
 * for the same reason.
 */
const end = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** Russian quotation marks; quotation marks already inside become „ “. */
const quote = (text: string) => `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;

const sourceCount = (count: number) =>
  plural(count, {
    one: `${n(count)} источник`,
    few: `${n(count)} источника`,
    many: `${n(count)} источников`,
    other: `${n(count)} источника`,
  });

/** A source line: the publishers it names, then how many others the full list holds. */
const publisherLine = (publishers: readonly string[], more: number) =>
  more > 0
    ? `${publishers.join('; ')}; и еще ${plural(more, { one: `${n(more)} организация`, few: `${n(more)} организации`, many: `${n(more)} организаций`, other: `${n(more)} организации` })}.`
    : `${publishers.join('; ')}.`;

/** The grammatical gender of each kind's noun (sources.kinds below), for the ownership words that agree with it. */
const genders: Record<SourceKind, 'm' | 'f' | 'n'> = {
  official: 'm', // официальный источник
  wire: 'n', // информационное агентство
  newspaper: 'f', // газета
  broadcaster: 'f', // телерадиокомпания
  magazine: 'm', // журнал
  online: 'n', // интернет-издание
  research: 'm', // исследовательский институт
  database: 'f', // база данных
  reference: 'n', // справочное издание
  aggregator: 'm', // сайт, перепечатывающий чужие материалы
};
/**
 * Adjectives and participles given in the masculine (-ий, -ый), put in the gender of the kind's
 * noun: «российский государственный» → «российская государственная» (газета), «российское
 * государственное» (информационное агентство).
 */
const agree = (masculine: string, kind: SourceKind) => {
  const gender = genders[kind];
  return gender === 'm' ? masculine : masculine.replace(/(?:ий|ый)(?= |$)/g, gender === 'f' ? 'ая' : 'ое');
};

export const ru: UiStrings = {
  page: {
    skipLink: 'Перейти к содержанию',
    navLabel: 'Сайт',
    languagesLabel: 'Другие языки',
    nav: { chapters: 'Главы', updates: 'Обновления', about: 'О материале' },
    themeToggle: 'Темная тема',
    feedTitle: (siteTitle: string) => `${siteTitle}: обновления и исправления`,
    ogImageAlt: 'Россия и Иран: от соперников к непростым союзникам. Разъясняющий материал в пяти главах с указанием источников.',
    coverage: (until: Date) => end(`Материал охватывает события по ${f.date(until)}`),
    footerLinks: {
      about: 'О материале и методике',
      sources: 'Все источники',
      feed: 'Лента Atom',
      download: 'Скачать (PDF, EPUB, HTML)',
      reuse: 'Повторное использование и цитирование',
    },
    licence: (publisher: string, published: Date, updated: Date) =>
      end(`Тексты и графики: CC BY 4.0, ${publisher}. Опубликовано ${f.date(published)}; последнее обновление — ${f.date(updated)}`),
    offlineSaved:
      'Сохранено на этом устройстве: все главы и графики этого материала вместе с файлами для скачивания, а также его издания в PDF, EPUB и HTML на русском языке теперь открываются без подключения к интернету.',
  },
  typography: {
    quote,
    openQuote: '«',
    closeQuote: '»',
    comma: ', ',
    semicolon: '; ',
  },
  byline: {
    published: 'Опубликовано {date}',
    updated: 'Обновлено {date}',
    coversEventsTo: 'Охватывает события по {date}',
  },
  home: {
    // No full stop after {until} and {updated}: the date's «г.» ends the sentence (see `end`).
    coverage: '{label} события по {until} Последнее обновление: {updated} {link}.',
    coverageLabel: 'Что охватывает материал:',
    allUpdatesLink: 'Все обновления и исправления',
    takeawaysHeading: 'Пять вещей, которые нужно знать',
    readChapter: (order: number) => `Читать главу ${n(order)}`,
    chaptersHeading: 'Главы',
    chapterEntry: (order: number, title: string) => `${n(order)}. ${title}`,
    latestHeading: 'Последние обновления',
  },
  chapter: {
    kicker: (order: number, total: number) => `Глава ${n(order)} из ${n(total)}`,
    readingTime: (minutes: number) =>
      plural(minutes, {
        one: `${n(minutes)}\u00a0мин чтения`,
        few: `${n(minutes)}\u00a0мин чтения`,
        many: `${n(minutes)}\u00a0мин чтения`,
        other: `${n(minutes)}\u00a0мин чтения`,
      }),
    tocHeading: 'В этой главе',
    navLabel: 'Главы',
    previous: 'Предыдущая глава',
    // Shown as "Назад" above the link "Ко всем главам" (ChapterNav.astro).
    backTo: 'Назад',
    allChapters: 'Ко всем главам',
    next: 'Следующая глава',
    readNext: 'Читайте далее',
  },
  notes: {
    heading: 'Примечания и источники',
    inTextLabel: 'Примечание ',
    // The letters Russian lists use: without ё, й, ъ, ы, ь.
    citationLetters: 'абвгдежзиклмнопрстуфхцчшщэюя',
    backToCitation: (letter: string, note: number) => `Вернуться к ссылке ${letter} на примечание ${n(note)} в тексте`,
    backToNote: (note: number) => `Вернуться к ссылке на примечание ${n(note)} в тексте`,
  },
  updateNotes: {
    heading: (count: number) =>
      `После событий этой главы: ${plural(count, {
        one: count === 1 ? 'одно обновление' : `${n(count)} обновление`,
        few: `${n(count)} обновления`,
        many: `${n(count)} обновлений`,
        other: `${n(count)} обновления`,
      })}`,
    sources: 'Источники:',
    allUpdates: 'Все обновления',
  },
  updates: {
    title: 'Обновления и исправления',
    description:
      'Датированные обновления и исправления к материалу о России и Иране, начиная с самых новых, — у каждого указаны источники.',
    standfirst:
      'Главы рассказывают историю такой, какой она была в январе 2025 г., когда Россия и Иран подписали свой договор. Все, что изменилось после этого, отражено здесь — с датами и источниками, начиная с самого нового. Исправления перечисляются так же и никогда не вносятся незаметно.',
    coverage: 'Материал охватывает события по {until} Следить за новыми записями можно через {feed}.',
    feedLink: 'ленту Atom',
    kind: { update: 'Обновление', correction: 'Исправление' },
    changes: 'Изменения:',
    chapterSeparator: ', ',
    feedSummary: (body: string, chapters: string) => `${body} (Главы: ${chapters}.)`,
  },
  about: {
    allSourcesHeading: 'Все наши источники',
    allSources:
      'Все источники, на которые мы ссылаемся, перечислены на {link}: они сгруппированы по типам (информационные агентства, газеты, официальные документы и т. д.), государственные и подконтрольные государству СМИ среди них отмечены, а для каждого источника даны ссылки на все места, где он цитируется. Там же перечислены сайты, на которые мы никогда не ссылаемся, и объяснено почему.',
    allSourcesLink: 'странице источников',
  },
  notFound: {
    title: 'Страница не найдена',
    description: 'Такой страницы не существует. Здесь перечислены главы материала.',
    intro: 'По этому адресу ничего нет. Главы материала:',
  },
  download: {
    title: 'Скачать материал',
    description:
      'Весь материал, чтобы сохранить его и читать без подключения к интернету: PDF (A4 и US Letter), EPUB для электронных книг и единый HTML-файл.',
    standfirst:
      'Все пять глав, обновления и описание методики — с каждым графиком, его таблицей данных и всеми примечаниями, — чтобы читать в самолете, на электронной книге или на бумаге.',
    edition:
      'Издание от {edition}, охватывает события по {until} Более поздние исправления появляются сначала на этом сайте и в разделе {updates}, а затем — в следующем издании.',
    updatesLink: 'обновлений',
    notBuilt: 'Эта копия сайта собрана без файлов для скачивания; их создает команда {command}.',
    licence:
      'Тексты и графики можно свободно использовать на условиях CC BY 4.0 с указанием авторства; подробнее — в разделе {link}. Данные каждого графика также можно скачать отдельно, в форматах CSV и JSON, под самим графиком.',
    licenceLink: '«Повторное использование и цитирование»',
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })}\u00a0МБ`
        : `${f.number(Math.round(bytes / 1024), { useGrouping: false })}\u00a0КБ`,
    files: {
      pdf: {
        format: 'PDF, A4',
        description: 'для печати и чтения с экрана; оглавление с номерами страниц, закладки, графики в векторном формате',
      },
      pdfLetter: { format: 'PDF, US Letter', description: 'то же самое, на бумаге формата US Letter' },
      epub: { format: 'EPUB 3', description: 'для электронных книг; учитывает настройки шрифта и размера текста в вашей читалке' },
      html: {
        format: 'HTML, один файл',
        description: 'весь материал на одной веб-странице, которая открывается с диска без подключения к интернету',
      },
    },
  },
  sources: {
    title: 'Все источники',
    description:
      'Все источники, на которые ссылается материал о России и Иране, по типам — с указанием владельцев государственных СМИ среди них и ссылками на все места, где цитируется каждый источник.',
    standfirst:
      'Все источники, на которые ссылаются главы, обновления, графики и описание методики, сгруппированные по типам. Для каждого указано, кто его опубликовал; государственные и подконтрольные государству СМИ отмечены; если страница лишь копирует чужой материал, назван первоисточник; даны ссылки на все места, где источник цитируется.',
    coverage: 'Материал охватывает события по {until} Как мы отбираем и проверяем источники, рассказано на странице {link}.',
    aboutLink: '«Об этом материале»',
    countsHeading: 'Источники по типам',
    counts:
      '{total}, из них {stateMedia}: издания, которые принадлежат государству, контролируются или финансируются им либо связаны с Корпусом стражей исламской революции Ирана или судебной властью Ирана. Об этом сказано везде, где они упоминаются.',
    total: sourceCount,
    stateMedia: (count: number) =>
      plural(count, {
        one: `${n(count)} государственное СМИ`,
        few: `${n(count)} государственных СМИ`,
        many: `${n(count)} государственных СМИ`,
        other: `${n(count)} государственного СМИ`,
      }),
    tableCaption: 'Число источников каждого типа',
    kindColumn: 'Тип',
    countColumn: 'Источники',
    totalRow: 'Все источники',
    // Intl names languages with adjectives («персидский»), put here in the prepositional case; any other name stands alone.
    inLanguage: (language: string) =>
      /^[а-я]+(?:ий|ый)(?: [а-я]+(?:ий|ый))*$/.test(language)
        ? `На ${language.replace(/(?:ий|ый)(?= |$)/g, 'ом')} языке.`
        : `Язык: ${language}.`,
    relays: (publisher: string) => `Воспроизводит материал ${publisher}`,
    citedIn: 'Где цитируется:',
    refusedHeading: 'Сайты, на которые мы не ссылаемся',
    refused:
      'Что бы ни говорилось на странице одного из этих сайтов, мы не используем ее как источник. Сборка этого сайта завершается ошибкой, если хотя бы один источник взят с одного из них или с любого из их поддоменов.',
    refusedCategories: {
      'pravda-network': 'Сеть «Правда»',
      wikipedia: 'Википедия',
      'wikipedia-mirror': 'Копии Википедии',
      other: 'Другие',
    },
    citedAt: {
      chapter: (order: number, title: string, note: number) => `Глава ${n(order)}, ${quote(title)}, примечание ${n(note)}`,
      page: (title: string, note: number) => `${title}, примечание ${n(note)}`,
      update: (date: Date, title: string) => `Обновление от ${f.date(date)}, ${quote(title)}`,
      correction: (date: Date, title: string) => `Исправление от ${f.date(date)}, ${quote(title)}`,
      chart: (title: string, source: number) => `График ${quote(title)}, источник ${n(source)}`,
    },
    kinds: {
      official: {
        noun: 'официальный источник',
        plural: 'Официальные документы и заявления',
        covers: 'Правительства, парламенты, министерства, суды и ООН — их собственными словами: тексты договоров, протоколы и заявления.',
      },
      wire: {
        noun: 'информационное агентство',
        plural: 'Информационные агентства',
        covers: 'Агентства, которые поставляют новости другим СМИ, например Associated Press, Reuters, AFP, ТАСС и IRNA.',
      },
      newspaper: { noun: 'газета', plural: 'Газеты', covers: 'Газеты и их сайты.' },
      broadcaster: { noun: 'телерадиокомпания', plural: 'Телерадиокомпании', covers: 'Телеканалы и радиостанции и их сайты.' },
      magazine: { noun: 'журнал', plural: 'Журналы', covers: 'Журналы и другие периодические издания.' },
      online: { noun: 'интернет-издание', plural: 'Интернет-издания', covers: 'Новостные издания, которые выходят только в интернете.' },
      research: {
        noun: 'исследовательский институт',
        plural: 'Исследовательские институты',
        covers: 'Аналитические центры, исследовательские институты, Исследовательская служба Конгресса США и научные работы.',
      },
      database: {
        noun: 'база данных',
        plural: 'Базы данных',
        covers: 'Базы данных, например реестр поставок вооружений СИПРИ, и собрания текстов.',
      },
      reference: { noun: 'справочное издание', plural: 'Справочные издания', covers: 'Энциклопедии и подобные им справочные издания.' },
      aggregator: {
        noun: 'сайт, перепечатывающий чужие материалы',
        plural: 'Сайты, перепечатывающие чужие материалы',
        covers:
          'Страницы, которые копируют или пересказывают материал другого издания. На каждой назван первоисточник; копию мы цитируем, только если не смогли найти сам оригинал.',
      },
    },
    // "TASS, российское государственное информационное агентство"; "Mizan, информационное агентство судебной власти Ирана".
    ownership: {
      'russia-state': {
        phrase: (noun, kind) => `${agree('российский государственный', kind)} ${noun}`,
        owner: 'Принадлежит российскому государству или находится под его контролем.',
      },
      'iran-state': {
        phrase: (noun, kind) => `${agree('иранский государственный', kind)} ${noun}`,
        owner: 'Принадлежит иранскому государству или находится под его контролем.',
      },
      'iran-irgc': {
        phrase: (noun, kind) => `${noun}, ${agree('связанный', kind)} с Корпусом стражей исламской революции Ирана (КСИР)`,
        owner: 'Издание связано с Корпусом стражей исламской революции Ирана (КСИР).',
      },
      'iran-judiciary': {
        // The aggregator's noun ends in «чужие материалы», which a genitive would attach to.
        phrase: (noun, kind) =>
          kind === 'aggregator' ? `${noun}, ${agree('принадлежащий', kind)} судебной власти Ирана` : `${noun} судебной власти Ирана`,
        owner: 'Находится в ведении судебной власти Ирана.',
      },
      'china-state': {
        phrase: (noun, kind) => `${agree('китайский государственный', kind)} ${noun}`,
        owner: 'Принадлежит китайскому государству или находится под его контролем.',
      },
      'turkey-state': {
        phrase: (noun, kind) => `${agree('турецкий государственный', kind)} ${noun}`,
        owner: 'Принадлежит турецкому государству или находится под его контролем.',
      },
      'qatar-state': {
        phrase: (noun, kind) => `${noun}, ${agree('финансируемый', kind)} государством Катар`,
        owner: 'Финансируется государством Катар.',
      },
      'ukraine-state': {
        phrase: (noun, kind) => `${agree('украинский государственный', kind)} ${noun}`,
        owner: 'Принадлежит украинскому государству.',
      },
      'azerbaijan-state': {
        phrase: (noun, kind) => `${agree('азербайджанский государственный', kind)} ${noun}`,
        owner: 'Принадлежит азербайджанскому государству или находится под его контролем.',
      },
      'other-state': {
        phrase: (noun, kind) => `${agree('государственный', kind)} ${noun}`,
        owner: 'Принадлежит государству или находится под его контролем (какому именно — сказано в примечании).',
      },
    },
    label: {
      described: (name: string, description: string) => `${name}, ${description}`,
      aside: (name: string, description: string) => `${name} (${description})`,
      /** "Reuters, в перепечатке The Star (газета)". */
      via: (original: string, host: string) => `${original}, в перепечатке ${host}`,
      /** After `via`: "The Times of India, в перепечатке копии (сайт, перепечатывающий чужие материалы)". */
      copy: (description: string) => `сайта-копии (${description})`,
    },
  },
  chartPointer: {
    onFrontPage: 'График — на главной странице',
    inChapter: (order: number) => `График — в главе ${n(order)}`,
  },
  figure: {
    credit: 'График: редакция «Россия и Иран»',
    filter: 'Отфильтровать график',
    filterGroup: (title: string) => `Фильтр: ${title}`,
    showTable: (caption: string) => `${caption}: показать в виде таблицы`,
    sourceNumber: (number: number) => `Источник ${n(number)}`,
    notes: 'Примечания: ',
    sources: 'Источники:',
    sourcesSummary: (publishers: readonly string[], count: number) =>
      `${publishers.join('; ')} (всего ${n(count)}, нумерация как в таблицах)`,
    sourcesInline: publisherLine,
    sourcesPageLink: (count: number) => `Полный список — ${sourceCount(count)}, нумерация как в таблицах`,
    reuse: '{credit}. Можно свободно использовать на условиях {licence} с указанием авторства.',
    download: 'Скачать:',
    downloadLabel: (format: string, what: string, title: string) => `${format}: ${what}, ${title}`,
    downloadWhat: { csv: 'данные', json: 'данные с примечаниями и источниками', svg: 'график', png: 'график', geojson: 'данные карты' },
    script: {
      canvasLabel: '{title}. Переходите от точки к точке клавишами со стрелками; Esc закрывает подробности.',
      filtered: '{points}.',
      filteredHidden: '{points}; {marks}.',
      // The form follows {total}: «из 21 точки», «из 3 точек», «из 5 точек».
      points: forms({
        one: 'Показано {shown} из {total} точки',
        few: 'Показано {shown} из {total} точек',
        many: 'Показано {shown} из {total} точек',
        other: 'Показано {shown} из {total} точки',
      }),
      marks: forms({
        one: '{hidden} отметка скрыта',
        few: '{hidden} отметки скрыты',
        many: '{hidden} отметок скрыто',
        other: '{hidden} отметки скрыто',
      }),
    },
  },
  chartDownloads: {
    columns: { sourceIds: 'Источники (идентификаторы)', sourceUrls: 'Источники (адреса)', licence: 'Лицензия' },
    licenceCell: (licence: string, credit: string, url: string) => `${licence}: ${credit}, ${url}`,
    note: (note: string) => `Примечание: ${note}`,
    sources: (publishers: readonly string[], more: number, url: string) =>
      `Источники: ${publisherLine(publishers, more)} Полный список: ${url}`,
    credit: (credit: string, licence: string, licenceUrl: string) => `${credit}. ${licence} (${licenceUrl}).`,
  },
  embedCode: {
    summary: 'Встроить этот график',
    intro:
      'Вставьте один из этих фрагментов кода на свою страницу. График сам подстраивает свой размер под любую страницу и следует выбранной читателем светлой или темной теме; там, где скрипты удаляются, фрейм сохраняет фиксированную высоту, а там, где удаляются фреймы, остается ссылка. {options}.',
    optionsLink: 'Параметры и подробности',
    latest: 'Всегда актуальная версия графика (исправления появляются в ней)',
    frozen: (version: number, frozen: Date) => `Зафиксированная версия ${n(version)} от ${f.date(frozen)} (никогда не меняется)`,
    copy: 'Скопировать код',
    copied: (label: string) => `Скопировано: ${label}.`,
    selectHint: 'Код выделен: нажмите Ctrl+C (или Cmd+C), чтобы скопировать его.',
  },
  embed: {
    frameTitle: (title: string) => `График: ${title}`,
    snippetFrom: (siteTitle: string) => `(график из материала ${quote(siteTitle)})`,
    from: 'Из материала «{site}», глава {order}: «{title}».',
    fromFrontPage: 'Из материала «{site}».',
    readChapter: 'Читать главу',
    readFrontPage: 'Открыть в материале',
    compactMore: 'Примечания, данные в виде таблицы и все источники: {link}.',
    compactMoreLink: 'этот график в материале',
    version: 'Версия {version}, зафиксированная {date}: она не меняется при исправлении графика.',
    currentChart: 'Актуальная версия графика',
  },
  chartSources: {
    prefix: 'Источники: ',
    description: (title: string) => `Источники графика ${quote(title)} с нумерацией как в его таблицах.`,
    intro: (count: number) => `${sourceCount(count)}, нумерация как в таблицах графика.`,
    links: '{chart}; {all}.',
    chartLink: 'График в материале',
    allLink: 'все источники материала',
    version: 'Источники версии {version} графика, зафиксированной {date}: они не меняются при исправлении графика.',
  },
  edition: {
    coversEventsTo: (date: string) => end(`Охватывает события по ${date}`),
    editionOf: (date: string) => `Издание от ${date}`,
    onlineWithUpdates: 'Онлайн-версия с обновлениями:',
    contents: 'Содержание',
    numbered: (order: number, title: string) => `${n(order)}. ${title}`,
    pageNumber: (page: number) => `страница ${n(page)}`,
    licence:
      'Тексты и графики: Creative Commons Attribution 4.0 (CC BY 4.0). Можно свободно распространять и адаптировать с указанием авторства.',
    keywords: ['Россия', 'Иран', 'договор', 'поставки оружия', 'Сирия', 'разъясняющий материал'],
    landmarks: 'Основные разделы',
    cover: 'Обложка',
    accessibilitySummary:
      'У каждого графика есть текстовый заголовок и описание, а его данные приведены в виде таблицы; у изображения обложки есть текстовая альтернатива. ' +
      'Текст следует настройкам шрифта, размера и цвета в программе чтения. Без мигания, анимации и звука.',
  },
};
