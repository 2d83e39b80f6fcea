// Where each chart's data lives and how it is read: one definition for the build
// (content.config.ts) and for the unit tests (src/charts/fixtures.ts).
import { armsDealSchema, armsTivSchema, timelineEventSchema, treatyComparisonSchema, treatyDomainSchema } from './schemas.ts';

export const armsTivFile = {
  path: 'content/data/arms-tiv.csv',
  options: {
    schema: armsTivSchema,
    columns: ['year', 'direction', 'supplier', 'recipient', 'tiv', 'basis', 'source'],
    // One row per direction and year, so that pair is the row's name.
    idOf: (row: Readonly<Record<string, string>>) => `${row.direction}-${row.year}`,
  },
};

export const armsDealsFile = {
  path: 'content/data/arms-deals.csv',
  options: { schema: armsDealSchema, columns: ['id', 'direction', 'year', 'label', 'system', 'period', 'status', 'confidence', 'note', 'sources'] },
};

export const treatyScopeFile = { path: 'content/data/treaty-scope.yaml', schema: treatyDomainSchema };
export const treatyComparisonFile = { path: 'content/data/treaty-comparison.yaml', schema: treatyComparisonSchema };
export const timelineFile = { path: 'content/data/timeline.yaml', schema: timelineEventSchema };
