// Dates in house style. No Vite-only imports: the site, the export scripts (run by Node) and the
// tests all format dates with these.

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "17 January 2025", the house style for dates. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** `2025-01-17`, for <time datetime> and feeds. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A source's partial date (YYYY, YYYY-MM or YYYY-MM-DD) in house style. */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return formatDate(new Date(Date.UTC(y, m - 1, d)));
  if (m !== undefined)
    return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return String(y);
}
