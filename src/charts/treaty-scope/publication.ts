// What the treaty-scope chart says, in each language: its headline, notes, tables, download and
// the words its drawing uses.
import type { ChartText, Publication } from '../define.ts';
import { treatyKeys, type TreatyComparisonRow, type TreatyDomain, type TreatyScopeData } from './chart.ts';
import { formats } from '../../i18n/format.ts';

type Answer = TreatyComparisonRow['iran2025']['answer'];
type TreatyKey = (typeof treatyKeys)[number];

export interface TreatyScopeText extends ChartText<TreatyScopeData> {
  groupNames: Record<TreatyDomain['group'], string>;
  wordingNames: Record<TreatyDomain['wording'], string>;
  answerNames: Record<Answer, string>;
  /** Each compared treaty's name, and the two lines it is shortened to on a phone. */
  treaties: Record<TreatyKey, { name: string; short: [string, string] }>;
  drawing: {
    title: string;
    /** Two-line column heads: the columns are narrower than "Pledge to cooperate" at any width. */
    wordingHeads: Record<TreatyDomain['wording'], [string, string]>;
    articlesHead: string;
    articles: (numbers: readonly number[]) => string;
    domainTip: (domain: string, wording: string, articles: string, summary: string) => string;
    comparisonHead: string;
    comparisonTip: (provision: string, answers: { treaty: string; answer: string; text: string }[]) => string;
    noData: string;
    /** The text alternative, written from the data so it stays true when the data changes. */
    describe: (domains: readonly Pick<TreatyDomain, 'domain' | 'wording'>[], comparison: readonly unknown[]) => string;
  };
}

const groupNames: Record<TreatyDomain['group'], string> = {
  security: 'Security and defence',
  economy: 'Economy',
  society: 'Society and culture',
  institutions: 'Politics and institutions',
};
const wordingNames: Record<TreatyDomain['wording'], string> = {
  binding: 'Binding duty',
  cooperation: 'Pledge to cooperate',
  absent: 'Not in the treaty',
};
const answerNames: Record<Answer, string> = { yes: 'Yes', no: 'No', partly: 'Partly', 'not-checked': 'Not checked' };
const treaties: TreatyScopeText['treaties'] = {
  iran2025: { name: 'Russia–Iran, 2025', short: ['Iran', '2025'] },
  dprk2024: { name: 'Russia–North Korea, 2024', short: ['N. Korea', '2024'] },
  iran2001: { name: 'Russia–Iran, 2001', short: ['Iran', '2001'] },
};

/** What a language gives the chart's tables: its words only; the structure is built once, here. */
interface TableWords {
  domainCaption: string;
  domainColumns: readonly string[];
  /** In the articles column, for an area whose article numbers have not been checked. */
  notVerified: string;
  comparisonCaption: string;
  /** The comparison's first and last column heads; the treaties' names stand between them. */
  comparisonColumns: { provision: string; sources: string };
  groupNames: TreatyScopeText['groupNames'];
  wordingNames: TreatyScopeText['wordingNames'];
  answerNames: TreatyScopeText['answerNames'];
  treaties: TreatyScopeText['treaties'];
  /** The verified article numbers in a cell; "3, 5" (as code writes numbers) when left out. */
  articleList?: (numbers: readonly number[]) => string;
}

function tableAndFilter(w: TableWords): Pick<TreatyScopeText, 'tables' | 'filters'> {
  return {
    tables: (data) => [
      {
        caption: w.domainCaption,
        columns: [...w.domainColumns],
        rowHeader: 0,
        rows: data.domains.map((d) => ({
          cells: [
            d.domain,
            w.groupNames[d.group],
            w.wordingNames[d.wording],
            d.articles.length ? (w.articleList ? w.articleList(d.articles) : d.articles.join(', ')) : w.notVerified,
            d.summary,
          ],
          sources: d.sources,
        })),
      },
      {
        caption: w.comparisonCaption,
        columns: [w.comparisonColumns.provision, ...treatyKeys.map((key) => w.treaties[key].name), w.comparisonColumns.sources],
        rowHeader: 0,
        rows: data.comparison.map((row) => ({
          cells: [row.provision, ...treatyKeys.map((key) => `${w.answerNames[row[key].answer]}. ${row[key].text}`)],
          sources: [...new Set(treatyKeys.flatMap((key) => row[key].sources))],
        })),
      },
    ],
    // The chart has no filter.
    filters: () => [],
  };
}

/** The CSV: the data's own ids and codes in every language; only the header row is translated. */
const csv: TreatyScopeText['csv'] = (data) => ({
  columns: ['id', 'area', 'group', 'wording', 'verified_articles', 'summary'],
  rows: data.domains.map((d) => ({ cells: [d.id, d.domain, d.group, d.wording, d.articles.join(' '), d.summary], sources: d.sources })),
});

const en: TreatyScopeText = {
  title: 'A broad treaty with no promise of defence',
  dek: (data) =>
    `The ${data.domains.filter((d) => d.wording !== 'absent').length} areas the 2025 treaty covers, by how firmly it words them, and what it leaves out.`,
  notes: [
    '“Binding duty” means the text, as reliably reported, says what a party shall or shall not do; “pledge to cooperate” means it commits the parties to cooperate, develop or promote. Where the reports leave doubt, the weaker reading is shown.',
    'Article numbers are given only where the text has been checked against several renderings of the treaty; most of its 47 articles are known to us from summaries, so many areas carry no number.',
    'The comparison marks a cell “not checked” where we could not read the other treaty’s text ourselves.',
  ],
  ...tableAndFilter({
    domainCaption: 'Areas the 2025 treaty covers, and how firmly',
    domainColumns: ['Area', 'Group', 'Wording', 'Articles', 'What the text commits to', 'Sources'],
    notVerified: 'Not verified',
    comparisonCaption: 'Three treaties compared',
    comparisonColumns: { provision: 'Provision', sources: 'Sources' },
    groupNames,
    wordingNames,
    answerNames,
    treaties,
  }),
  csv,
  groupNames,
  wordingNames,
  answerNames,
  treaties,
  drawing: {
    title: 'What the 2025 Russia–Iran treaty covers, and how firmly',
    wordingHeads: { binding: ['Binding', 'duty'], cooperation: ['Pledge to', 'cooperate'], absent: ['Not in', 'treaty'] },
    articlesHead: 'Articles',
    articles: (numbers) => (numbers.length ? `Art. ${numbers.join(', ')}` : ''),
    domainTip: (domain, wording, articles, summary) => `${domain}: ${wording.toLowerCase()}${articles ? ` (${articles})` : ''}. ${summary}`,
    comparisonHead: 'Set beside two other treaties',
    comparisonTip: (provision, answers) =>
      `${provision}: ${answers.map((a) => `${a.treaty}: ${a.answer.toLowerCase()}, ${a.text}`).join(' · ')}`,
    noData: 'No data',
    describe: (domains, comparison) => {
      const count = (w: TreatyDomain['wording']) => domains.filter((d) => d.wording === w);
      const names = (list: readonly Pick<TreatyDomain, 'domain'>[]) => list.map((d) => d.domain).join('; ');
      const binding = count('binding');
      const absent = count('absent');
      return [
        `Chart of ${domains.length} areas the treaty deals with, each placed by the strength of its wording.`,
        binding.length ? `Binding duties: ${names(binding)}.` : '',
        `${count('cooperation').length} areas carry a pledge to cooperate.`,
        absent.length ? `Not in the treaty: ${names(absent)}.` : '',
        comparison.length
          ? `Then ${comparison.length} provisions compared with Russia's 2024 treaty with North Korea and the 2001 Russia–Iran treaty.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  },
};

// Russian.
/** The form of a counted phrase that Russian's plural rules pick for `count` (src/i18n/format.ts). */
const countedRu = formats('ru').plural;

const groupNamesRu: Record<TreatyDomain['group'], string> = {
  security: 'Безопасность и оборона',
  economy: 'Экономика',
  society: 'Общество и культура',
  institutions: 'Политика и институты',
};
const wordingNamesRu: Record<TreatyDomain['wording'], string> = {
  binding: 'Обязанность',
  cooperation: 'Обещание сотрудничать',
  absent: 'Нет в договоре',
};
const answerNamesRu: Record<Answer, string> = { yes: 'Да', no: 'Нет', partly: 'Частично', 'not-checked': 'Не проверено' };
const treatiesRu: TreatyScopeText['treaties'] = {
  iran2025: { name: 'Россия — Иран, 2025', short: ['Иран', '2025'] },
  dprk2024: { name: 'Россия — КНДР, 2024', short: ['КНДР', '2024'] },
  iran2001: { name: 'Россия — Иран, 2001', short: ['Иран', '2001'] },
};

export const ru: TreatyScopeText = {
  title: 'Широкий договор без обещания защиты',
  dek: (data) => {
    const n = data.domains.filter((d) => d.wording !== 'absent').length;
    const areas = countedRu(n, { one: 'сферу', few: 'сферы', many: 'сфер', other: 'сферы' });
    return `Договор 2025 года охватывает ${n} ${areas}: как твердо они прописаны — и что в договор не вошло.`;
  },
  notes: [
    '«Обязанность» означает, что в тексте, по достоверным сообщениям, сказано, что сторона должна или не должна делать; «обещание сотрудничать» — что он обязывает стороны сотрудничать, развивать или содействовать. Там, где сообщения оставляют сомнения, показано более слабое прочтение.',
    'Номера статей указаны, только если текст сверен с несколькими версиями договора; большинство из 47 его статей известны нам по пересказам, поэтому у многих сфер номера нет.',
    'В сравнении ячейка помечена «не проверено», если мы не смогли сами прочитать текст другого договора.',
  ],
  ...tableAndFilter({
    domainCaption: 'Сферы, которые охватывает договор 2025 года, и твердость формулировок',
    domainColumns: ['Сфера', 'Группа', 'Формулировка', 'Статьи', 'Что предусматривает текст', 'Источники'],
    notVerified: 'Не проверены',
    comparisonCaption: 'Сравнение трех договоров',
    comparisonColumns: { provision: 'Положение', sources: 'Источники' },
    groupNames: groupNamesRu,
    wordingNames: wordingNamesRu,
    answerNames: answerNamesRu,
    treaties: treatiesRu,
  }),
  csv: (data) => ({
    ...csv(data),
    headers: ['Идентификатор', 'Сфера', 'Группа', 'Формулировка', 'Проверенные статьи', 'Что предусматривает текст'],
  }),
  groupNames: groupNamesRu,
  wordingNames: wordingNamesRu,
  answerNames: answerNamesRu,
  treaties: treatiesRu,
  drawing: {
    title: 'Что охватывает российско-иранский договор 2025 года и насколько твердо',
    // No line over eight letters or so: a column is about 52 px wide on a 320 px phone.
    wordingHeads: { binding: ['Обязан-', 'ность'], cooperation: ['Обещание', 'сотрудн.'], absent: ['Нет в', 'договоре'] },
    articlesHead: 'Статьи',
    articles: (numbers) => (numbers.length ? `Ст. ${numbers.join(', ')}` : ''),
    domainTip: (domain, wording, articles, summary) =>
      `${domain}: ${wording.toLowerCase()}${articles ? ` (${articles.toLowerCase()})` : ''}. ${summary}`,
    comparisonHead: 'В сравнении с двумя другими договорами',
    comparisonTip: (provision, answers) =>
      `${provision}: ${answers.map((a) => `${a.treaty}: ${a.answer.toLowerCase()}, ${a.text}`).join(' · ')}`,
    noData: 'Нет данных',
    describe: (domains, comparison) => {
      const count = (w: TreatyDomain['wording']) => domains.filter((d) => d.wording === w);
      const names = (list: readonly Pick<TreatyDomain, 'domain'>[]) => list.map((d) => d.domain).join('; ');
      const binding = count('binding');
      const absent = count('absent');
      const all = domains.length;
      const pledged = count('cooperation').length;
      const compared = comparison.length;
      return [
        countedRu(all, {
          one: `График по ${all} сфере, которой касается договор: она размещена по твердости формулировки.`,
          few: `График по ${all} сферам, которых касается договор: каждая размещена по твердости формулировки.`,
          many: `График по ${all} сферам, которых касается договор: каждая размещена по твердости формулировки.`,
          other: `График по ${all} сферы, которых касается договор: каждая размещена по твердости формулировки.`,
        }),
        binding.length ? `Обязанности: ${names(binding)}.` : '',
        countedRu(pledged, {
          one: `Обещание сотрудничать — в ${pledged} сфере.`,
          few: `Обещание сотрудничать — в ${pledged} сферах.`,
          many: `Обещание сотрудничать — в ${pledged} сферах.`,
          other: `Обещание сотрудничать — в ${pledged} сферы.`,
        }),
        absent.length ? `Нет в договоре: ${names(absent)}.` : '',
        compared
          ? countedRu(compared, {
              one: `Далее ${compared} положение сопоставлено с договором России и Северной Кореи 2024 года и российско-иранским договором 2001 года.`,
              few: `Далее ${compared} положения сопоставлены с договором России и Северной Кореи 2024 года и российско-иранским договором 2001 года.`,
              many: `Далее ${compared} положений сопоставлены с договором России и Северной Кореи 2024 года и российско-иранским договором 2001 года.`,
              other: `Далее ${compared} положения сопоставлены с договором России и Северной Кореи 2024 года и российско-иранским договором 2001 года.`,
            })
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  },
};

// Persian. Every number goes through formats('fa') (src/i18n/format.ts): Persian digits. The CSV
// keeps the data's ids, codes and article numbers in Latin digits; only its header row is Persian.
const faFormats = formats('fa');
const numFa = faFormats.number;
/** A year: Gregorian, no thousands separator («۲۰۲۵»). */
const yearFa = (year: number) => faFormats.partialDate(String(year));
/** The form of a counted phrase that Persian's plural rules pick (the noun stays singular after a number). */
const countedFa = faFormats.plural;
const articleListFa = (numbers: readonly number[]) => numbers.map((n) => numFa(n)).join('، ');

const groupNamesFa: Record<TreatyDomain['group'], string> = {
  security: 'امنیت و دفاع',
  economy: 'اقتصاد',
  society: 'جامعه و فرهنگ',
  institutions: 'سیاست و نهادها',
};
const wordingNamesFa: Record<TreatyDomain['wording'], string> = {
  binding: 'تعهد الزام‌آور',
  cooperation: 'وعدهٔ همکاری',
  absent: 'در معاهده نیست',
};
const answerNamesFa: Record<Answer, string> = { yes: 'بله', no: 'خیر', partly: 'تا حدی', 'not-checked': 'بررسی‌نشده' };
const treatiesFa: TreatyScopeText['treaties'] = {
  iran2025: { name: `روسیه و ایران، ${yearFa(2025)}`, short: ['ایران', yearFa(2025)] },
  dprk2024: { name: `روسیه و کرهٔ شمالی، ${yearFa(2024)}`, short: ['کرهٔ شمالی', yearFa(2024)] },
  iran2001: { name: `روسیه و ایران، ${yearFa(2001)}`, short: ['ایران', yearFa(2001)] },
};

export const fa: TreatyScopeText = {
  title: 'معاهده‌ای گسترده بدون وعدهٔ دفاع',
  dek: (data) => {
    const n = data.domains.filter((d) => d.wording !== 'absent').length;
    const areas = countedFa(n, { one: 'حوزه‌ای', other: 'حوزه‌ای' });
    return `${numFa(n)} ${areas} که معاهدهٔ ${yearFa(2025)} در بر می‌گیرد، بر حسب قاطعیت عبارت‌بندی آن‌ها، و آنچه از آن بیرون مانده است.`;
  },
  notes: [
    '«تعهد الزام‌آور» یعنی متن، آن‌گونه که به‌طور معتبر گزارش شده است، می‌گوید طرفی چه کاری را باید یا نباید انجام دهد؛ «وعدهٔ همکاری» یعنی متن طرف‌ها را به همکاری، توسعه یا ترویج متعهد می‌کند. هر جا گزارش‌ها جای تردید بگذارند، خوانش ضعیف‌تر نشان داده شده است.',
    `شمارهٔ مواد تنها جایی آمده است که متن با چند برگردان از معاهده مقابله شده باشد؛ بیشتر ${numFa(47)} مادهٔ آن را فقط از خلاصه‌ها می‌شناسیم، از این رو بسیاری از حوزه‌ها شماره‌ای ندارند.`,
    'در مقایسه، هر جا خودمان نتوانستیم متن معاهدهٔ دیگر را بخوانیم، خانهٔ جدول با «بررسی‌نشده» مشخص شده است.',
  ],
  ...tableAndFilter({
    domainCaption: `حوزه‌هایی که معاهدهٔ ${yearFa(2025)} در بر می‌گیرد و قاطعیت عبارت‌بندی آن‌ها`,
    domainColumns: ['حوزه', 'گروه', 'عبارت‌بندی', 'مواد', 'آنچه متن به آن متعهد می‌کند', 'منابع'],
    notVerified: 'راستی‌آزمایی‌نشده',
    comparisonCaption: 'مقایسهٔ سه معاهده',
    comparisonColumns: { provision: 'بند', sources: 'منابع' },
    groupNames: groupNamesFa,
    wordingNames: wordingNamesFa,
    answerNames: answerNamesFa,
    treaties: treatiesFa,
    // The table's article numbers in Persian digits (English and Russian keep join(', ')).
    articleList: articleListFa,
  }),
  csv: (data) => ({
    ...csv(data),
    headers: ['شناسه', 'حوزه', 'گروه', 'عبارت‌بندی', 'مواد راستی‌آزمایی‌شده', 'آنچه متن به آن متعهد می‌کند'],
  }),
  groupNames: groupNamesFa,
  wordingNames: wordingNamesFa,
  answerNames: answerNamesFa,
  treaties: treatiesFa,
  drawing: {
    title: `معاهدهٔ ${yearFa(2025)} روسیه و ایران چه حوزه‌هایی را در بر می‌گیرد و با چه قاطعیتی`,
    // As short as the English: a column is about 52 px wide on a 320 px phone. «خارج از معاهده»
    // (outside the treaty) is the head's shorter form of «در معاهده نیست».
    wordingHeads: { binding: ['تعهد', 'الزام‌آور'], cooperation: ['وعدهٔ', 'همکاری'], absent: ['خارج از', 'معاهده'] },
    articlesHead: 'مواد',
    // «مادهٔ ۳» for one article, «مواد ۳، ۵» for more.
    articles: (numbers) =>
      numbers.length ? countedFa(numbers.length, { one: `مادهٔ ${articleListFa(numbers)}`, other: `مواد ${articleListFa(numbers)}` }) : '',
    domainTip: (domain, wording, articles, summary) => `${domain}: ${wording}${articles ? ` (${articles})` : ''}. ${summary}`,
    comparisonHead: 'در کنار دو معاهدهٔ دیگر',
    comparisonTip: (provision, answers) => `${provision}: ${answers.map((a) => `${a.treaty}: ${a.answer}، ${a.text}`).join(' · ')}`,
    noData: 'بدون داده',
    describe: (domains, comparison) => {
      const count = (w: TreatyDomain['wording']) => domains.filter((d) => d.wording === w);
      const names = (list: readonly Pick<TreatyDomain, 'domain'>[]) => list.map((d) => d.domain).join('؛ ');
      const binding = count('binding');
      const absent = count('absent');
      const pledged = count('cooperation').length;
      return [
        `نمودار ${numFa(domains.length)} حوزه‌ای که معاهده به آن‌ها می‌پردازد؛ هر حوزه بر پایهٔ قوت عبارت‌بندی‌اش جای گرفته است.`,
        binding.length ? `تعهدهای الزام‌آور: ${names(binding)}.` : '',
        `در ${numFa(pledged)} حوزه وعدهٔ همکاری آمده است.`,
        absent.length ? `در معاهده نیست: ${names(absent)}.` : '',
        comparison.length
          ? `سپس ${numFa(comparison.length)} بند با معاهدهٔ ${yearFa(2024)} روسیه با کرهٔ شمالی و معاهدهٔ ${yearFa(2001)} روسیه و ایران مقایسه شده است.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  },
};

export const publication: Publication<TreatyScopeText> = { en, ru, fa };
