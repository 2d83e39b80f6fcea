// Words and numbers as the charts, tables, tooltips and downloads all print them.
import { format } from 'd3-format';
import type { ArmsDeal, TimelineEvent, TreatyDomain } from '../content/schemas.ts';

const whole = format(',');
const decimal = format(',.1f');

/** TIV values: whole numbers with thousands separators; fractions to one decimal. */
export function formatTiv(value: number): string {
  return Number.isInteger(value) ? whole(value) : decimal(value);
}

export const directionNames = {
  'russia-to-iran': 'Russia (Soviet Union to 1991) to Iran',
  'iran-to-russia': 'Iran to Russia',
} as const;

export const directionShort = { 'russia-to-iran': 'Russia → Iran', 'iran-to-russia': 'Iran → Russia' } as const;

export const statusNames: Record<ArmsDeal['status'], string> = {
  delivered: 'Delivered',
  'licence-production': 'Built under licence',
  reported: 'Reported, not confirmed',
  alleged: 'Alleged by Western governments',
  requested: 'Requested, not delivered',
  cancelled: 'Cancelled',
};

export const wordingNames: Record<TreatyDomain['wording'], string> = {
  binding: 'Binding duty',
  cooperation: 'Pledge to cooperate',
  absent: 'Not in the treaty',
};

export const answerNames = { yes: 'Yes', no: 'No', partly: 'Partly', 'not-checked': 'Not checked' } as const;

export const categoryNames: Record<TimelineEvent['category'], string> = {
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

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1813", "Jul 1722", "17 Jan 2025": as precise as the record. */
export function formatEventDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = months[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A partial date as a decimal year; a year alone sits mid-year, a month alone mid-month. */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 0.5) / 365;
}
