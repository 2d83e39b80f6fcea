// Site-wide facts (content/site.yaml), validated once at build time.
import { LineCounter, parse, parseDocument, isMap } from 'yaml';
import { siteSchema, type Site } from '../collections/schemas.ts';
import { describeIssues, issueKeys } from '../collections/yaml-records.ts';
import { defaultLang, type Lang } from '../i18n/languages.ts';
import { datesInBothCalendarsDeep } from '../i18n/dates-in-text.ts';
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

// Each language edition's words for the site (content/<lang>/site.yaml), checked against the
// English by the editions collection (src/collections/editions.ts).
const editionSites = import.meta.glob<string>('../../content/*/site.yaml', { query: '?raw', import: 'default', eager: true });

/** The site in `lang`: its words from the edition, its dates and coverage from content/site.yaml. */
export function siteIn(lang: Lang): Site {
  if (lang === defaultLang) return site;
  const text = editionSites[`../../content/${lang}/site.yaml`];
  if (text === undefined) throw new Error(`content/${lang}/site.yaml: missing; the ${lang} edition needs the site's words`);
  return { ...site, ...datesInBothCalendarsDeep(parse(text) as Partial<Site>, lang), lang };
}

/**
 * A path inside the site, with the deployment's base path in front (see astro.config.mjs), in
 * `lang`'s part of the site when given: English at the root, every other language under /<lang>/.
 * Files that are the same in every language (icons, the loader, styles) take no language.
 */
export function href(path = '', lang?: Lang): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${langPrefix(lang)}${path.replace(/^\//, '')}`;
}

/** The part of a path that names a language: `ru/`, or nothing for the default language. */
export const langPrefix = (lang: Lang | undefined) => (lang === undefined || lang === defaultLang ? '' : `${lang}/`);

// Dates for machines (YYYY-MM-DD); dates for readers are formatted by language in src/i18n/format.ts.
export { isoDate } from '../i18n/format.ts';
