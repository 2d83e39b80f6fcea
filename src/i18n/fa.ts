// The site's own words in Persian: en.ts key for key (UiStrings makes the type checker ask for
// every one). House style (translate/spec-fa.md): formal journalistic Persian; « » quotes (‹ › inside
// them); «،» «؛» «؟»; Persian ی and ک and the zero-width non-joiner; the explainer is «گزارش».
// Every number and date goes through formats('fa'), which writes Persian digits (۰–۹), «٬» between
// thousands, «٫» as the decimal point and dates with the Solar Hijri day first: no Latin digit is
// ever written into the text here. A Persian date ends in a digit or a bracket, never in a full
// stop, so each sentence that ends with one takes its own. Names that stay in Latin script
// (publishers, PDF, CC BY 4.0, A4) are isolated by the templates, not by marks in these texts.
import { formats } from './format.ts';
import type { UiStrings } from './en.ts';
import type { CountedForms, PluralForms } from './languages.ts';

const f = formats('fa');
const n = (value: number) => f.number(value);

/** Persian's plural forms: «یک» (one: 0 and 1, as Intl counts them), other. A noun stays singular after a number («۳ منبع»), so the two forms are mostly the same. */
type FaForms = PluralForms<'fa'>;
/** A counted phrase as data, for the browser script, which picks the form itself. */
const forms = (counted: FaForms): CountedForms => counted;
/** The form of a counted phrase that Persian's plural rules pick for `count`. */
const plural = (count: number, counted: FaForms) => f.plural(count, counted);

/** Persian quotation marks; quotation marks already inside become ‹ ›. */
const quote = (text: string) => `«${text.replace(/«/g, '‹').replace(/»/g, '›')}»`;

const sourceCount = (count: number) => plural(count, { one: `${n(count)} منبع`, other: `${n(count)} منبع` });

/** A source line: the publishers it names, then how many others the full list holds. */
const publisherLine = (publishers: readonly string[], more: number) =>
  more > 0
    ? `${publishers.join('؛ ')}؛ و ${plural(more, { one: `${n(more)} ناشر دیگر`, other: `${n(more)} ناشر دیگر` })}.`
    : `${publishers.join('؛ ')}.`;

/**
 * A kind's noun (sources.kinds below) with the ownership words after it, joined by the ezafe: a
 * noun ending in a silent «ه» writes it («روزنامه» → «روزنامهٔ دولتی روسیه»; every kind's noun that
 * ends in «ه» ends in a silent one); the aggregator's noun, a relative clause («وب‌سایتی که …»),
 * takes them on its head, before the clause («وب‌سایت دولتی روسیه که …»).
 */
const modified = (noun: string, words: string) => {
  const clause = /^(.+?)ی( که .+)$/.exec(noun);
  if (clause) return `${clause[1]} ${words}${clause[2]}`;
  return `${noun.endsWith('ه') ? `${noun}ٔ` : noun} ${words}`;
};

export const fa: UiStrings = {
  page: {
    skipLink: 'رفتن به محتوا',
    navLabel: 'سایت',
    languagesLabel: 'زبان‌های دیگر',
    nav: { chapters: 'فصل‌ها', updates: 'به‌روزرسانی‌ها', about: 'دربارهٔ گزارش' },
    themeToggle: 'حالت تیره',
    feedTitle: (siteTitle: string) => `${siteTitle}: به‌روزرسانی‌ها و اصلاحیه‌ها`,
    ogImageAlt: 'روسیه و ایران: از رقیبان تا متحدانی ناآسوده. گزارشی توضیحی و مستند در پنج فصل.',
    coverage: (until: Date) => `این گزارش رویدادها را تا ${f.date(until)} پوشش می‌دهد.`,
    footerLinks: {
      about: 'دربارهٔ گزارش و روش کار',
      sources: 'همهٔ منابع',
      feed: 'خوراک Atom',
      download: 'دریافت (PDF، EPUB، HTML)',
      reuse: 'استفادهٔ مجدد و استناد',
    },
    licence: (publisher: string, published: Date, updated: Date) =>
      `متن و نمودارها: CC BY 4.0، ${publisher}. تاریخ انتشار: ${f.date(published)}؛ آخرین به‌روزرسانی: ${f.date(updated)}.`,
    // The editions saved are the page's language's: the Persian ones on a Persian page.
    offlineSaved:
      'روی این دستگاه ذخیره شد: همهٔ فصل‌ها و نمودارهای این گزارش، همراه با فایل‌های قابل دریافت آن و نسخه‌های PDF، EPUB و HTML آن به زبان فارسی، اکنون بدون اتصال به اینترنت باز می‌شوند.',
  },
  typography: {
    quote,
    openQuote: '«',
    closeQuote: '»',
    comma: '، ',
    semicolon: '؛ ',
  },
  byline: {
    published: 'منتشرشده در {date}',
    updated: 'به‌روزشده در {date}',
    coversEventsTo: 'دربرگیرندهٔ رویدادها تا {date}',
  },
  home: {
    coverage: '{label} رویدادها تا {until}. آخرین به‌روزرسانی: {updated}. {link}.',
    coverageLabel: 'آنچه این گزارش پوشش می‌دهد:',
    allUpdatesLink: 'همهٔ به‌روزرسانی‌ها و اصلاحیه‌ها را ببینید',
    takeawaysHeading: 'پنج نکته که باید بدانید',
    // Followed, for screen readers, by ": <the chapter's title>".
    readChapter: (order: number) => `خواندن فصل ${n(order)}`,
    chaptersHeading: 'فصل‌ها',
    chapterEntry: (order: number, title: string) => `${n(order)}. ${title}`,
    latestHeading: 'تازه‌ترین به‌روزرسانی‌ها',
  },
  chapter: {
    kicker: (order: number, total: number) => `فصل ${n(order)} از ${n(total)}`,
    readingTime: (minutes: number) =>
      plural(minutes, { one: `زمان مطالعه: ${n(minutes)} دقیقه`, other: `زمان مطالعه: ${n(minutes)} دقیقه` }),
    tocHeading: 'در این فصل',
    navLabel: 'فصل‌ها',
    previous: 'فصل قبلی',
    // Shown as «بازگشت به» above the link «همهٔ فصل‌ها» (ChapterNav.astro).
    backTo: 'بازگشت به',
    allChapters: 'همهٔ فصل‌ها',
    next: 'فصل بعدی',
    readNext: 'در ادامه بخوانید',
  },
  notes: {
    heading: 'یادداشت‌ها و منابع',
    inTextLabel: 'یادداشت ',
    // The Persian alphabet in its order, one letter each: «آ» for the first, since a lone «ا» in
    // superscript reads as the digit «۱» beside the note's number.
    citationLetters: 'آبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی',
    backToCitation: (letter: string, note: number) => `بازگشت به ارجاع ${letter} از یادداشت ${n(note)} در متن`,
    backToNote: (note: number) => `بازگشت به محل یادداشت ${n(note)} در متن`,
  },
  updateNotes: {
    // Persian's "one" form is also 0's (Intl): «یک» only for 1.
    heading: (count: number) =>
      `پس از رویدادهای این فصل: ${plural(count, {
        one: count === 1 ? 'یک به‌روزرسانی' : `${n(count)} به‌روزرسانی`,
        other: `${n(count)} به‌روزرسانی`,
      })}`,
    sources: 'منابع:',
    allUpdates: 'همهٔ به‌روزرسانی‌ها',
  },
  updates: {
    title: 'به‌روزرسانی‌ها و اصلاحیه‌ها',
    description: 'به‌روزرسانی‌ها و اصلاحیه‌های تاریخ‌دار گزارش توضیحی روسیه و ایران، از تازه‌ترین به قدیمی‌ترین، هر یک همراه با منابع آن.',
    standfirst: `فصل‌ها ماجرا را همان‌گونه روایت می‌کنند که در ${f.partialDate('2025-01')} بود، زمانی که روسیه و ایران معاهدهٔ خود را امضا کردند. آنچه پس از آن تغییر کرده، با تاریخ و منبع، از تازه‌ترین به قدیمی‌ترین، در اینجا ثبت می‌شود. اصلاحیه‌ها نیز به همین شیوه فهرست می‌شوند و هرگز بی‌اعلام اعمال نمی‌شوند.`,
    coverage: 'این گزارش رویدادها را تا {until} پوشش می‌دهد. مطالب تازه را از طریق {feed} دنبال کنید.',
    feedLink: 'خوراک Atom',
    kind: { update: 'به‌روزرسانی', correction: 'اصلاحیه' },
    // Before the titles of the chapters an entry changes.
    changes: 'تغییر در:',
    chapterSeparator: '، ',
    feedSummary: (body: string, chapters: string) => `${body} (فصل‌ها: ${chapters}.)`,
  },
  about: {
    allSourcesHeading: 'همهٔ منابع ما',
    allSources:
      'همهٔ منابعی که به آن‌ها استناد می‌کنیم در {link} فهرست شده‌اند: بر اساس نوع دسته‌بندی شده‌اند (خبرگزاری‌ها، روزنامه‌ها، اسناد رسمی و مانند آن)، رسانه‌های دولتی و تحت کنترل دولت در میان آن‌ها مشخص شده‌اند و برای هر منبع، پیوند به همهٔ جاهایی که به آن استناد شده آمده است. وب‌سایت‌هایی که هرگز به آن‌ها استناد نمی‌کنیم، و دلیل آن، نیز در همان صفحه آمده است.',
    allSourcesLink: 'صفحهٔ منابع',
  },
  notFound: {
    title: 'صفحه پیدا نشد',
    description: 'این صفحه وجود ندارد. فصل‌های گزارش در اینجا فهرست شده‌اند.',
    intro: 'در این نشانی صفحه‌ای وجود ندارد. فصل‌های گزارش:',
  },
  download: {
    title: 'دریافت گزارش',
    description:
      'کل گزارش برای نگه‌داری و خواندن بدون اتصال به اینترنت: PDF (در قطع A4 و US Letter)، EPUB برای کتاب‌خوان‌های الکترونیکی و یک فایل HTML واحد.',
    standfirst:
      'هر پنج فصل، به‌روزرسانی‌ها و روش کار، با همهٔ نمودارها، جدول دادهٔ هر نمودار و همهٔ یادداشت‌ها، برای خواندن در هواپیما، روی کتاب‌خوان الکترونیکی یا روی کاغذ.',
    edition:
      'نسخهٔ {edition}، دربرگیرندهٔ رویدادها تا {until}. اصلاحیه‌های بعدی نخست در این وب‌سایت و در {updates} و سپس در نسخهٔ بعدی می‌آیند.',
    updatesLink: 'صفحهٔ «به‌روزرسانی‌ها»',
    notBuilt: 'این نسخه از وب‌سایت بدون فایل‌های قابل دریافت آن ساخته شده است؛ این فایل‌ها با فرمان {command} ساخته می‌شوند.',
    licence:
      'استفادهٔ مجدد از متن و نمودارها با ذکر منبع، تحت مجوز CC BY 4.0 آزاد است؛ نگاه کنید به بخش {link}. دادهٔ هر نمودار نیز جداگانه، در قالب CSV و JSON، زیر همان نمودار در دسترس است.',
    licenceLink: '«استفادهٔ مجدد و استناد»',
    size: (bytes: number) =>
      bytes >= 1024 * 1024
        ? `${f.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })}\u00a0مگابایت`
        : `${f.number(Math.round(bytes / 1024), { useGrouping: false })}\u00a0کیلوبایت`,
    // The page puts a full stop after each description.
    files: {
      pdf: {
        format: 'PDF، A4',
        description: 'برای چاپ و خواندن روی صفحه‌نمایش؛ فهرست مطالب با شمارهٔ صفحه، نشانک‌ها، نمودارها به‌صورت گرافیک برداری',
      },
      pdfLetter: { format: 'PDF، US Letter', description: 'همان، در قطع کاغذ US Letter' },
      epub: { format: 'EPUB 3', description: 'برای کتاب‌خوان‌های الکترونیکی؛ از تنظیمات قلم و اندازهٔ متن کتاب‌خوان شما پیروی می‌کند' },
      html: {
        format: 'HTML، یک فایل',
        description: 'کل گزارش در یک صفحهٔ وب که بدون اتصال به اینترنت، از روی دیسک باز می‌شود',
      },
    },
  },
  sources: {
    title: 'همهٔ منابع',
    description:
      'همهٔ منابعی که گزارش روسیه و ایران به آن‌ها استناد می‌کند، بر اساس نوع، با ذکر مالکان رسانه‌های دولتی در میان آن‌ها و پیوند به همهٔ جاهایی که به هر یک استناد شده است.',
    standfirst:
      'همهٔ منابعی که در فصل‌ها، به‌روزرسانی‌ها، نمودارها و بخش روش کار به آن‌ها استناد شده، بر اساس نوع منبع دسته‌بندی شده‌اند. برای هر منبع آمده است که چه کسی آن را منتشر کرده؛ رسانه‌های دولتی و تحت کنترل دولت مشخص شده‌اند؛ هر جا صفحه‌ای تنها گزارشی دیگر را رونویسی کرده، گزارش اصلی نام برده شده است؛ و پیوند به همهٔ جاهایی که به آن استناد شده آمده است.',
    coverage: 'این گزارش رویدادها را تا {until} پوشش می‌دهد. شیوهٔ انتخاب و بررسی منابع: {link}.',
    aboutLink: 'دربارهٔ این گزارش',
    countsHeading: 'منابع بر اساس نوع',
    // «۲۴۰ منبع، که ۳۱ مورد از آن‌ها رسانهٔ دولتی است: …».
    counts:
      '{total}، که {stateMedia}: رسانه‌هایی که در مالکیت یا کنترل یک دولت‌اند یا بودجهٔ آن‌ها را دولتی تأمین می‌کند، یا به سپاه پاسداران انقلاب اسلامی ایران یا قوهٔ قضاییهٔ این کشور وابسته‌اند. هر جا که یکی از آن‌ها فهرست شده، این نکته ذکر شده است.',
    total: sourceCount,
    stateMedia: (count: number) =>
      plural(count, { one: `${n(count)} مورد از آن‌ها رسانهٔ دولتی است`, other: `${n(count)} مورد از آن‌ها رسانهٔ دولتی است` }),
    tableCaption: 'شمار منابع هر نوع',
    kindColumn: 'نوع',
    countColumn: 'منابع',
    totalRow: 'همهٔ منابع',
    // Intl names languages as Persian writes them after «زبان»: «روسی», «ترکی استانبولی».
    inLanguage: (language: string) => `به زبان ${language}.`,
    relays: (publisher: string) => `بازنشر گزارشی از ${publisher}`,
    citedIn: 'استنادشده در:',
    refusedHeading: 'وب‌سایت‌هایی که به آن‌ها استناد نمی‌کنیم',
    refused:
      'هرچه صفحه‌ای در یکی از این وب‌سایت‌ها بگوید، ما از آن به‌عنوان منبع استفاده نمی‌کنیم. اگر منبعی از یکی از این وب‌سایت‌ها یا از هر یک از زیردامنه‌های آن‌ها باشد، ساخت این وب‌سایت با خطا متوقف می‌شود.',
    refusedCategories: {
      'pravda-network': 'شبکهٔ «پراودا»',
      wikipedia: 'ویکی‌پدیا',
      'wikipedia-mirror': 'رونوشت‌های ویکی‌پدیا',
      other: 'سایر',
    },
    citedAt: {
      chapter: (order: number, title: string, note: number) => `فصل ${n(order)}، ${quote(title)}، یادداشت ${n(note)}`,
      page: (title: string, note: number) => `${title}، یادداشت ${n(note)}`,
      update: (date: Date, title: string) => `به‌روزرسانی مورخ ${f.date(date)}، ${quote(title)}`,
      correction: (date: Date, title: string) => `اصلاحیهٔ مورخ ${f.date(date)}، ${quote(title)}`,
      chart: (title: string, source: number) => `نمودار ${quote(title)}، منبع ${n(source)}`,
    },
    kinds: {
      official: {
        noun: 'منبع رسمی',
        plural: 'اسناد و بیانیه‌های رسمی',
        covers: 'دولت‌ها، پارلمان‌ها، وزارتخانه‌ها، دادگاه‌ها و سازمان ملل متحد، از زبان خودشان: متن معاهده‌ها، سوابق و بیانیه‌ها.',
      },
      wire: {
        noun: 'خبرگزاری',
        plural: 'خبرگزاری‌ها',
        covers: 'خبرگزاری‌هایی که برای رسانه‌های دیگر خبر تهیه می‌کنند، مانند آسوشیتدپرس، رویترز، خبرگزاری فرانسه، تاس و ایرنا.',
      },
      newspaper: { noun: 'روزنامه', plural: 'روزنامه‌ها', covers: 'روزنامه‌ها و وب‌سایت‌های آن‌ها.' },
      broadcaster: {
        noun: 'شبکهٔ رادیو و تلویزیونی',
        plural: 'شبکه‌های رادیو و تلویزیونی',
        covers: 'شبکه‌های تلویزیونی و رادیویی و وب‌سایت‌های آن‌ها.',
      },
      magazine: { noun: 'مجله', plural: 'مجله‌ها', covers: 'مجله‌ها و دیگر نشریات ادواری.' },
      online: { noun: 'وب‌سایت خبری', plural: 'وب‌سایت‌های خبری', covers: 'رسانه‌های خبری که تنها در اینترنت منتشر می‌شوند.' },
      research: {
        noun: 'مؤسسهٔ پژوهشی',
        plural: 'مؤسسه‌های پژوهشی',
        covers: 'اندیشکده‌ها، مؤسسه‌های پژوهشی، سرویس تحقیقات کنگرهٔ آمریکا و آثار دانشگاهی.',
      },
      database: {
        noun: 'پایگاه داده',
        plural: 'پایگاه‌های داده',
        covers: 'پایگاه‌های داده‌ای مانند سوابق انتقال تسلیحات سیپری، و مجموعه‌های متون.',
      },
      reference: { noun: 'اثر مرجع', plural: 'آثار مرجع', covers: 'دانشنامه‌ها و آثار مرجع مشابه.' },
      aggregator: {
        noun: 'وب‌سایتی که گزارش‌های دیگران را بازنشر می‌کند',
        plural: 'وب‌سایت‌هایی که گزارش‌های دیگران را بازنشر می‌کنند',
        covers:
          'صفحه‌هایی که گزارش رسانه‌ای دیگر را رونویسی یا خلاصه می‌کنند. در هر یک، منبع اصلی نام برده شده است؛ ما تنها در مواردی به رونوشت استناد می‌کنیم که خود گزارش اصلی را نیافته باشیم.',
      },
    },
    // "TASS، خبرگزاری دولتی روسیه"; "Mizan، خبرگزاری قوهٔ قضاییهٔ ایران" (see `modified`).
    ownership: {
      'russia-state': {
        phrase: (noun) => modified(noun, 'دولتی روسیه'),
        owner: 'مالکیت یا کنترل آن در دست دولت روسیه است.',
      },
      'iran-state': {
        phrase: (noun) => modified(noun, 'دولتی ایران'),
        owner: 'مالکیت یا کنترل آن در دست دولت ایران است.',
      },
      'iran-irgc': {
        phrase: (noun) => modified(noun, 'وابسته به سپاه پاسداران انقلاب اسلامی'),
        owner: 'وابسته به سپاه پاسداران انقلاب اسلامی ایران است.',
      },
      'iran-judiciary': {
        phrase: (noun) => modified(noun, 'قوهٔ قضاییهٔ ایران'),
        owner: 'زیر نظر قوهٔ قضاییهٔ ایران اداره می‌شود.',
      },
      'china-state': {
        phrase: (noun) => modified(noun, 'دولتی چین'),
        owner: 'مالکیت یا کنترل آن در دست دولت چین است.',
      },
      'turkey-state': {
        phrase: (noun) => modified(noun, 'دولتی ترکیه'),
        owner: 'مالکیت یا کنترل آن در دست دولت ترکیه است.',
      },
      'qatar-state': {
        phrase: (noun) => modified(noun, 'تحت حمایت مالی دولت قطر'),
        owner: 'هزینهٔ آن را دولت قطر تأمین می‌کند.',
      },
      'ukraine-state': {
        phrase: (noun) => modified(noun, 'دولتی اوکراین'),
        owner: 'متعلق به دولت اوکراین است.',
      },
      'azerbaijan-state': {
        phrase: (noun) => modified(noun, 'دولتی جمهوری آذربایجان'),
        owner: 'مالکیت یا کنترل آن در دست دولت جمهوری آذربایجان است.',
      },
      'other-state': {
        phrase: (noun) => modified(noun, 'دولتی'),
        owner: 'مالکیت یا کنترل آن در دست یک دولت است (اینکه کدام دولت، در یادداشت آمده است).',
      },
    },
    label: {
      described: (name: string, description: string) => `${name}، ${description}`,
      aside: (name: string, description: string) => `${name} (${description})`,
      /** "Reuters، از طریق The Star (روزنامه)": the report of the first, read on the page of the second. */
      via: (original: string, host: string) => `${original}، از طریق ${host}`,
      /** After `via`: "The Times of India، از طریق یک رونوشت (وب‌سایتی که گزارش‌های دیگران را بازنشر می‌کند)". */
      copy: (description: string) => `یک رونوشت (${description})`,
    },
  },
  chartPointer: {
    onFrontPage: 'نمودار، در صفحهٔ نخست',
    inChapter: (order: number) => `نمودار، در فصل ${n(order)}`,
  },
  figure: {
    credit: 'نمودار: تحریریهٔ «روسیه و ایران»',
    filter: 'فیلتر کردن نمودار',
    filterGroup: (title: string) => `فیلتر: ${title}`,
    showTable: (caption: string) => `${caption}: نمایش به‌صورت جدول`,
    sourceNumber: (number: number) => `منبع ${n(number)}`,
    notes: 'یادداشت‌ها: ',
    sources: 'منابع:',
    sourcesSummary: (publishers: readonly string[], count: number) =>
      `${publishers.join('؛ ')} (در مجموع ${sourceCount(count)}، با همان شماره‌گذاری جدول‌ها)`,
    sourcesInline: publisherLine,
    sourcesPageLink: (count: number) => `فهرست کامل هر ${sourceCount(count)}، با همان شماره‌گذاری جدول‌ها`,
    reuse: '{credit}. استفادهٔ مجدد با ذکر منبع، تحت مجوز {licence} آزاد است.',
    download: 'دریافت:',
    downloadLabel: (format: string, what: string, title: string) => `${format}: ${what}، ${title}`,
    downloadWhat: {
      csv: 'داده‌ها',
      json: 'داده‌ها همراه با یادداشت‌ها و منابع',
      svg: 'نمودار',
      png: 'نمودار',
      geojson: 'داده‌های نقشه',
    },
    script: {
      // The arrow keys follow the drawing, not the reading direction: time axes run left to right in
      // Persian too (src/charts/*/layout.ts), so the right and down arrows go to the next point.
      canvasLabel:
        '{title}. برای حرکت میان نقطه‌ها از کلیدهای جهت‌نما استفاده کنید: کلید راست یا پایین به نقطهٔ بعدی (در نمودارهای زمانی، رویداد یا سال بعد) و کلید چپ یا بالا به نقطهٔ قبلی می‌رود؛ کلید Esc جزئیات را می‌بندد.',
      filtered: '{points}.',
      filteredHidden: '{points}؛ {marks}.',
      points: forms({ one: 'نمایش {shown} از {total} نقطه', other: 'نمایش {shown} از {total} نقطه' }),
      marks: forms({ one: '{hidden} نشانه پنهان است', other: '{hidden} نشانه پنهان است' }),
    },
  },
  chartDownloads: {
    // An edition's CSV names its columns in its language (src/charts/downloads.ts), as the Russian does.
    columns: { sourceIds: 'منابع (شناسه‌ها)', sourceUrls: 'منابع (نشانی‌ها)', licence: 'مجوز' },
    licenceCell: (licence: string, credit: string, url: string) => `${licence}: ${credit}، ${url}`,
    note: (note: string) => `یادداشت: ${note}`,
    sources: (publishers: readonly string[], more: number, url: string) => `منابع: ${publisherLine(publishers, more)} فهرست کامل: ${url}`,
    credit: (credit: string, licence: string, licenceUrl: string) => `${credit}. ${licence} (${licenceUrl}).`,
  },
  embedCode: {
    summary: 'جاسازی این نمودار',
    intro:
      'یکی از این کدها را در صفحهٔ خود قرار دهید. نمودار اندازهٔ خود را با هر صفحه‌ای تطبیق می‌دهد و از تنظیم روشن یا تیرهٔ خواننده پیروی می‌کند؛ جایی که اسکریپت‌ها حذف شوند، قاب ارتفاعی ثابت دارد و جایی که قاب‌ها حذف شوند، یک پیوند باقی می‌ماند. {options}.',
    optionsLink: 'گزینه‌ها و جزئیات',
    latest: 'همیشه نسخهٔ کنونی نمودار (اصلاحیه‌ها در آن اعمال می‌شوند)',
    frozen: (version: number, frozen: Date) => `ثابت در نسخهٔ ${n(version)} مورخ ${f.date(frozen)} — هرگز تغییر نمی‌کند`,
    copy: 'کپی کد',
    copied: (label: string) => `کپی شد: ${label}.`,
    selectHint: 'کد انتخاب شده است: برای کپی کردن آن، Ctrl+C (یا Cmd+C) را فشار دهید.',
  },
  embed: {
    frameTitle: (title: string) => `نمودار: ${title}`,
    snippetFrom: (siteTitle: string) => `(نمودار از گزارش ${quote(siteTitle)})`,
    from: 'از گزارش «{site}»، فصل {order}: «{title}».',
    fromFrontPage: 'از گزارش «{site}».',
    readChapter: 'خواندن فصل',
    readFrontPage: 'مشاهده در گزارش',
    compactMore: 'یادداشت‌ها، داده‌ها به‌صورت جدول و همهٔ منابع: {link}.',
    compactMoreLink: 'این نمودار در گزارش',
    version: 'نسخهٔ {version}، ثابت‌شده در {date}: با اصلاح نمودار تغییر نمی‌کند.',
    currentChart: 'نسخهٔ کنونی نمودار',
  },
  chartSources: {
    prefix: 'منابع: ',
    description: (title: string) => `منابع نمودار ${quote(title)}، با همان شماره‌گذاری جدول‌های آن.`,
    intro: (count: number) => `${sourceCount(count)}، با همان شماره‌گذاری جدول‌های نمودار.`,
    links: '{chart}؛ {all}.',
    chartLink: 'نمودار در گزارش',
    allLink: 'همهٔ منابع گزارش',
    version: 'منابع نسخهٔ {version} نمودار، ثابت‌شده در {date}: با اصلاح نمودار تغییر نمی‌کنند.',
  },
  edition: {
    coversEventsTo: (date: string) => `دربرگیرندهٔ رویدادها تا ${date}.`,
    editionOf: (date: string) => `نسخهٔ ${date}`,
    onlineWithUpdates: 'نسخهٔ برخط، همراه با به‌روزرسانی‌ها:',
    contents: 'فهرست مطالب',
    numbered: (order: number, title: string) => `${n(order)}. ${title}`,
    pageNumber: (page: number) => `صفحهٔ ${n(page)}`,
    // The licence's Persian name, with its version in Persian digits and its code as it is.
    licence: `متن و نمودارها: مجوز کریتیو کامنز انتساب ${f.number(4, { minimumFractionDigits: 1 })} (CC BY 4.0). هم‌رسانی و اقتباس با ذکر منبع آزاد است.`,
    keywords: ['روسیه', 'ایران', 'معاهده', 'انتقال تسلیحات', 'سوریه', 'گزارش توضیحی'],
    landmarks: 'بخش‌های اصلی',
    cover: 'جلد',
    accessibilitySummary:
      'هر نمودار عنوان و توضیح متنی دارد و داده‌هایش به‌صورت جدول همراه آن آمده است؛ تصویر جلد جایگزین متنی دارد. ' +
      'متن از تنظیمات قلم، اندازه و رنگ برنامهٔ خواندن پیروی می‌کند. بدون نور چشمک‌زن، حرکت یا صدا.',
  },
};
