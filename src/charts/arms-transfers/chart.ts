// Arms transfers: SIPRI's yearly figures in both directions and the deals marked on them.
import { z } from 'astro/zod';
import { confidence, csvAmount, csvInteger, csvSourceIds, plainText, slug } from '../../collections/schemas.ts';
import { cites, csvFile, defineChart, type DataOf } from '../define.ts';

export const armsDirections = ['russia-to-iran', 'iran-to-russia'] as const;
export const armsDirection = z.enum(armsDirections);

/** One year of SIPRI trend-indicator values (TIV, millions) in one direction (content/data/arms-tiv.csv). */
export const armsTivSchema = z
  .strictObject({
    year: csvInteger(1950, 2100),
    direction: armsDirection,
    supplier: z.enum(['Soviet Union', 'Russia', 'Iran']),
    recipient: z.enum(['Soviet Union', 'Russia', 'Iran']),
    tiv: csvAmount,
    /** SIPRI's own published table value, or our sum of SIPRI's per-delivery values. */
    basis: z.enum(['sipri-table', 'sum-of-register']),
    source: slug,
  })
  .refine((row) => (row.direction === 'iran-to-russia') === (row.supplier === 'Iran'), {
    message: 'does not match direction',
    path: ['supplier'],
  });

export const dealStatuses = ['delivered', 'licence-production', 'reported', 'alleged', 'requested', 'cancelled'] as const;

/** A deal annotated on the arms chart (content/data/arms-deals.csv). */
export const armsDealSchema = z.strictObject({
  direction: armsDirection,
  /** Where the marker sits on the time axis (delivery year, or the year of the event named). */
  year: csvInteger(1950, 2100),
  /** Annotation on the chart itself: short. */
  label: plainText(28),
  system: plainText(140),
  period: plainText(60),
  status: z.enum(dealStatuses),
  confidence,
  note: plainText(320),
  sources: csvSourceIds,
});

export type ArmsTivRow = z.infer<typeof armsTivSchema>;
export type ArmsDeal = z.infer<typeof armsDealSchema>;

const files = {
  tiv: csvFile('content/data/arms-tiv.csv', {
    schema: armsTivSchema,
    columns: ['year', 'direction', 'supplier', 'recipient', 'tiv', 'basis', 'source'],
    // One row per direction and year, so that pair is the row's name.
    idOf: (row) => `${row.direction}-${row.year}`,
  }),
  deals: csvFile('content/data/arms-deals.csv', {
    schema: armsDealSchema,
    columns: ['id', 'direction', 'year', 'label', 'system', 'period', 'status', 'confidence', 'note', 'sources'],
    text: ['label', 'system', 'period', 'note'],
  }),
};

export type ArmsTransfersData = DataOf<typeof files>;

/**
 * A year missing from the middle of a yearly series would draw as "nothing delivered"; refuse it.
 * The message names the row after the gap; `lineOf` gives its line when the caller knows it.
 */
export function checkSeries(
  rows: readonly (Pick<ArmsTivRow, 'year' | 'direction'> & { id?: string })[],
  file = files.tiv.path,
  lineOf: (id: string) => number | undefined = () => undefined,
): void {
  for (const direction of armsDirections) {
    const series = rows.filter((r) => r.direction === direction).sort((a, b) => a.year - b.year);
    for (let i = 1; i < series.length; i += 1) {
      const [before, after] = [series[i - 1]!, series[i]!];
      if (after.year !== before.year + 1) {
        const id = after.id ?? `${direction}-${after.year}`;
        const line = lineOf(id);
        throw new Error(
          `${file}${line === undefined ? '' : `:${line}`}, row "${id}", field "year": direction "${direction}" jumps from ${before.year} to ${after.year}, so it has no row for ${before.year + 1}; add the year (use 0 if SIPRI recorded no deliveries, or leave the years out only at either end)`,
        );
      }
    }
  }
}

export const chart = defineChart({
  id: 'arms-transfers',
  page: 'cooperation',
  files,
  references: (data) => [
    ...data.tiv.map((row) => cites(files.tiv, row, 'source', [row.source])),
    ...data.deals.map((deal) => cites(files.deals, deal, 'sources', deal.sources)),
  ],
  check: (data, { lineOf }) => checkSeries(data.tiv, files.tiv.path, (id) => lineOf(files.tiv.path, id)),
});
