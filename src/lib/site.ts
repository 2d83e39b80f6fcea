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

// Dates in house style live in dates.ts (plain TypeScript, so the export scripts share them).
export { formatDate, formatPartialDate, isoDate } from './dates.ts';
