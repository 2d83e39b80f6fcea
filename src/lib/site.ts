// Site-wide facts (content/site.yaml), validated once at build time.
import { LineCounter, parseDocument, isMap } from 'yaml';
import { siteSchema, type Site } from '../collections/schemas.ts';
import { describeIssues, issueKeys } from '../collections/yaml-records.ts';
// Bundled as text by Vite, so the built pages do not depend on the working directory.
import siteYaml from '../../content/site.yaml?raw';

/** Validates site.yaml; a problem is reported with the line of the field, like every other content file. */
export function parseSite(text: string, file = 'content/site.yaml'): Site {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) throw new Error(`${file}:${lineCounter.linePos(syntax.pos[0]).line}: YAML syntax error: ${syntax.message.split('\n')[0]}`);
  const input = doc.toJS() as unknown;
  const result = siteSchema.safeParse(input);
  if (!result.success) {
    // The first field at fault that is written in the file decides the line; the message lists them all.
    const line = issueKeys(result.error)
      .map((key) => keyLine(doc, lineCounter, key))
      .find((l) => l !== undefined);
    throw new Error(`${file}${line === undefined ? '' : `:${line}`}: ${describeIssues(result.error, input)}`);
  }
  return result.data;
}

function keyLine(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

export const site = parseSite(siteYaml);

/** A path inside the site, with the deployment's base path in front (see astro.config.mjs). */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

// Dates for machines (YYYY-MM-DD); dates for readers are formatted by language in src/i18n/format.ts.
export { isoDate } from '../i18n/format.ts';
