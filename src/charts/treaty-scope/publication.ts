// What the treaty-scope chart says, in each language: its headline, notes, tables, download and
// the words its drawing uses.
import type { ChartText, Publication } from '../define.ts';
import { treatyKeys, type TreatyComparisonRow, type TreatyDomain, type TreatyScopeData } from './chart.ts';

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

const en: TreatyScopeText = {
  title: 'A broad treaty with no promise of defence',
  dek: (data) =>
    `The ${data.domains.filter((d) => d.wording !== 'absent').length} areas the 2025 treaty covers, by how firmly it words them, and what it leaves out.`,
  notes: [
    '“Binding duty” means the text, as reliably reported, says what a party shall or shall not do; “pledge to cooperate” means it commits the parties to cooperate, develop or promote. Where the reports leave doubt, the weaker reading is shown.',
    'Article numbers are given only where the text has been checked against several renderings of the treaty; most of its 47 articles are known to us from summaries, so many areas carry no number.',
    'The comparison marks a cell “not checked” where we could not read the other treaty’s text ourselves.',
  ],
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
      columns: ['Provision', ...treatyKeys.map((key) => treaties[key].name), 'Sources'],
      rowHeader: 0,
      rows: data.comparison.map((row) => ({
        cells: [row.provision, ...treatyKeys.map((key) => `${answerNames[row[key].answer]}. ${row[key].text}`)],
        sources: [...new Set(treatyKeys.flatMap((key) => row[key].sources))],
      })),
    },
  ],
  csv: (data) => ({
    columns: ['id', 'area', 'group', 'wording', 'verified_articles', 'summary'],
    rows: data.domains.map((d) => ({ cells: [d.id, d.domain, d.group, d.wording, d.articles.join(' '), d.summary], sources: d.sources })),
  }),
  filters: () => [],
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

export const publication: Publication<TreatyScopeText> = { en };
