// Site-wide facts (content/site.yaml), validated once at build time.
import { parse } from 'yaml';
import { siteSchema, type Site } from '../content/schemas.ts';
import { fieldName } from '../content/yaml-records.ts';
// Bundled as text by Vite, so the built pages do not depend on the working directory.
import siteYaml from '../../content/site.yaml?raw';

function loadSite(): Site {
  const file = 'content/site.yaml';
  const result = siteSchema.safeParse(parse(siteYaml));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: field "${fieldName(issue.path)}" ${issue.message}`);
  }
  return result.data;
}

export const site = loadSite();

/** A path inside the site, with the deployment's base path in front (see astro.config.mjs). */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

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
  if (m !== undefined) return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return String(y);
}
