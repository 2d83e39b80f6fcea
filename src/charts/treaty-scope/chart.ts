// The 2025 treaty, area by area and how firmly it is worded, and three treaties compared.
import { z } from 'astro/zod';
import { plainText, slug, sourceIds } from '../../collections/schemas.ts';
import { cites, defineChart, yamlFile, type DataOf } from '../define.ts';

export const treatyWordings = ['binding', 'cooperation', 'absent'] as const;
/** The groups of areas, in the order the chart lists them. */
export const treatyGroups = ['security', 'economy', 'society', 'institutions'] as const;

/** One domain of the 2025 treaty and how strongly the text commits the parties (content/data/treaty-scope.yaml). */
export const treatyDomainSchema = z
  .strictObject({
    domain: plainText(40),
    group: z.enum(treatyGroups),
    /** binding: a "shall"/"shall not" undertaking; cooperation: a pledge to cooperate or promote; absent: not in the treaty. */
    wording: z.enum(treatyWordings),
    /** Only article numbers the research marks verified (high or medium confidence). */
    articles: z.array(z.number().int().min(1).max(47)).default([]),
    summary: plainText(220),
    sources: sourceIds,
  })
  // An area the treaty leaves out cannot have an article: the chart would show both.
  .refine((d) => d.wording !== 'absent' || d.articles.length === 0, {
    message: 'must be empty when wording is absent',
    path: ['articles'],
  });

const treatyCell = z.strictObject({
  answer: z.enum(['yes', 'no', 'partly', 'not-checked']),
  text: plainText(160),
  sources: z.array(slug).default([]),
});

/** The treaties the comparison sets side by side, in the order of its columns. */
export const treatyKeys = ['iran2025', 'dprk2024', 'iran2001'] as const;

/** One provision compared across three treaties (content/data/treaty-comparison.yaml). */
export const treatyComparisonSchema = z
  .strictObject({
    provision: plainText(60),
    iran2025: treatyCell,
    dprk2024: treatyCell,
    iran2001: treatyCell,
  })
  .superRefine((row, ctx) => {
    for (const key of treatyKeys) {
      if (row[key].answer !== 'not-checked' && row[key].sources.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'must cite at least one source unless the answer is not-checked', path: [key, 'sources'] });
      }
    }
  });

export type TreatyDomain = z.infer<typeof treatyDomainSchema>;
export type TreatyComparisonRow = z.infer<typeof treatyComparisonSchema>;

const files = {
  domains: yamlFile('content/data/treaty-scope.yaml', treatyDomainSchema, ['domain', 'summary']),
  comparison: yamlFile('content/data/treaty-comparison.yaml', treatyComparisonSchema, [
    'provision',
    'iran2025.text',
    'dprk2024.text',
    'iran2001.text',
  ]),
};

export type TreatyScopeData = DataOf<typeof files>;

export const chart = defineChart({
  id: 'treaty-scope',
  page: 'treaty',
  files,
  references: (data) => [
    ...data.domains.map((domain) => cites(files.domains, domain, 'sources', domain.sources)),
    ...data.comparison.flatMap((row) => treatyKeys.map((key) => cites(files.comparison, row, `${key}.sources`, row[key].sources))),
  ],
});
