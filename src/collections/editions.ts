// A language edition's content, read and checked against the English (translations.ts): the
// chapters and pages (content/<lang>/chapters/*.mdx, content/<lang>/pages/*.mdx), the updates and
// every chart data file's text fields (content/<lang>/updates.yaml, content/<lang>/data/*.yaml:
// lists of { id, <text fields> }), the site's words (content/<lang>/site.yaml) and the sources'
// titles and notes (content/<lang>/sources.yaml). content/<lang>/stamps.yaml records, for each text,
// the hash of the English it was translated from. Anything missing, extra or out of step fails,
// with the file, the line and what differs. Plain Node can import it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, LineCounter, isMap, isSeq } from 'yaml';
import { checkTranslatedText, pairMdxBlocks, stampOf, type Block, type GlossaryEntry, type TranslatedText } from './translations.ts';
import { ContentError } from './yaml-records.ts';

/** A record file whose text fields each edition translates: `text` lists the fields (dotted for nested ones). */
export interface TranslatedFile {
  /** The English file, from the project root. */
  path: string;
  text: readonly string[];
}

export interface EnglishRecord {
  id: string;
  data: unknown;
  line: number;
}

export interface EditionInput {
  root: string;
  lang: string;
  chapters: readonly { file: string; text: string }[];
  pages: readonly { file: string; text: string }[];
  /** Front-matter fields each kind of document translates. */
  frontMatter: { chapters: readonly string[]; pages: readonly string[] };
  records: readonly (TranslatedFile & { records: readonly EnglishRecord[] })[];
  site: { file: string; data: Record<string, unknown>; text: readonly string[] };
  sources: readonly { id: string; title: string; lang?: string | undefined; note?: string | undefined; file: string; line: number }[];
  glossary: readonly GlossaryEntry[];
  /**
   * For tools (the stamp writer, an editor's report): collect each text's problem here instead of
   * throwing the first; `ignoreStamps` leaves out the freshness check.
   */
  report?: { problems: { text: TranslatedText; message: string }[]; ignoreStamps?: boolean };
}

export interface TranslatedDocument {
  /** content/ru/chapters/syria.mdx */
  file: string;
  englishFile: string;
  text: string;
  /** The translated front-matter fields. */
  data: Record<string, string>;
}

export interface Edition {
  lang: string;
  /** By English file: content/chapters/syria.mdx → its translation. */
  documents: Map<string, TranslatedDocument>;
  /** By English file, then record id: the translated text fields, as nested objects (merge over the English record). */
  records: Map<string, Map<string, Record<string, unknown>>>;
  site: Record<string, string>;
  sources: Map<string, { title?: string; note?: string }>;
  /** Every translated text with its stamp key, for the stamp tool. */
  texts: { stampFile: string; key: string; text: TranslatedText }[];
}

/** Where a language keeps the translation of an English content file. */
export function translationPath(lang: string, englishFile: string): string {
  const inContent = englishFile.replace(/^content\//, '');
  return `content/${lang}/${inContent.replace(/\.csv$/, '.yaml')}`;
}

export const stampsPath = (lang: string) => `content/${lang}/stamps.yaml`;

type Stamps = Record<string, Record<string, string>>;

function readStamps(root: string, lang: string): Stamps {
  const file = join(root, stampsPath(lang));
  if (!existsSync(file)) return {};
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  return (data && typeof data === 'object' ? data : {}) as Stamps;
}

function lineOfKey(text: string, key: string): number {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${key}:`));
  return at + 1 || 1;
}

/** The front matter of an MDX file, as plain strings by key, with each key's line. */
function frontMatterOf(text: string, file: string): { data: Record<string, unknown>; line: (key: string) => number } {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new ContentError(`${file}:1: no front matter (--- … ---)`);
  const data = parse(match[1]!) as Record<string, unknown>;
  return { data: data ?? {}, line: (key) => lineOfKey(text, key) + 0 };
}

const getPath = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/** Every dotted path to a leaf of a translated record, `id` aside. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    prefix === '' && key === 'id' ? [] : leafPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

/** An English field's text (a field that is not text compares as empty, and fails as missing). */
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** Reads a translation list file, each record with its id and line. */
function readTranslatedList(root: string, file: string): { id: string; data: Record<string, unknown>; line: number }[] {
  const full = join(root, file);
  if (!existsSync(full)) throw new ContentError(`${file}: missing; the edition needs a translation of every record`);
  const text = readFileSync(full, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors[0])
    throw new ContentError(
      `${file}:${lineCounter.linePos(doc.errors[0].pos[0]).line}: YAML syntax error: ${doc.errors[0].message.split('\n')[0]}`,
    );
  if (!isSeq(doc.contents)) throw new ContentError(`${file}:1: expected a list of { id, … } records`);
  return doc.contents.items.map((item, i) => {
    const line = lineCounter.linePos((item as unknown as { range?: [number] }).range?.[0] ?? 0).line;
    if (!isMap(item)) throw new ContentError(`${file}:${line}: record ${i + 1} is not a map`);
    const data = item.toJSON() as Record<string, unknown>;
    const id = data.id;
    if (typeof id !== 'string') throw new ContentError(`${file}:${line}: record ${i + 1} has no id`);
    return { id, data, line };
  });
}

/** Reads and checks a whole edition; throws the first problem. */
export function readEdition(input: EditionInput): Edition {
  const { root, lang, glossary } = input;
  const stamps = readStamps(root, lang);
  const texts: Edition['texts'] = [];
  const check = (stampFile: string, key: string, text: Omit<TranslatedText, 'stamp'>) => {
    const full = { ...text, stamp: stamps[stampFile]?.[key] };
    texts.push({ stampFile, key, text: full });
    return full;
  };
  const pending: TranslatedText[] = [];

  // Chapters and pages: front matter field by field, then the body block by block.
  const documents = new Map<string, TranslatedDocument>();
  for (const [kind, list] of [
    ['chapters', input.chapters],
    ['pages', input.pages],
  ] as const) {
    for (const english of list) {
      const file = translationPath(lang, english.file);
      if (!existsSync(join(root, file))) throw new ContentError(`${file}: missing; the edition needs a translation of ${english.file}`);
      const text = readFileSync(join(root, file), 'utf8');
      const stampFile = file.replace(`content/${lang}/`, '');
      const en = frontMatterOf(english.text, english.file);
      const tr = frontMatterOf(text, file);
      const fields = input.frontMatter[kind];
      const extra = Object.keys(tr.data).filter((key) => !fields.includes(key));
      if (extra.length > 0)
        throw new ContentError(
          `${file}:${tr.line(extra[0]!)}: field "${extra[0]}" is not translated here (a translation has ${fields.join(', ')}; the rest comes from the English)`,
        );
      const data: Record<string, string> = {};
      for (const field of fields) {
        const value = tr.data[field];
        if (typeof value !== 'string' || value.trim() === '') throw new ContentError(`${file}:1: field "${field}" is missing or empty`);
        data[field] = value;
        pending.push(
          check(stampFile, `front.${field}`, {
            file,
            englishFile: english.file,
            label: `field "${field}"`,
            english: { text: textOf(en.data[field]), line: en.line(field) },
            translation: { text: value, line: tr.line(field) },
            mdx: false,
          }),
        );
      }
      pairMdxBlocks(english.file, english.text, file, text).forEach(([enBlock, trBlock]: [Block, Block], i) =>
        pending.push(
          check(stampFile, String(i + 1), {
            file,
            englishFile: english.file,
            label: `block ${i + 1}`,
            english: enBlock,
            translation: trBlock,
            mdx: true,
          }),
        ),
      );
      documents.set(english.file, { file, englishFile: english.file, text, data });
    }
  }

  // Record files: every English record, every text field.
  const records = new Map<string, Map<string, Record<string, unknown>>>();
  for (const source of input.records) {
    const file = translationPath(lang, source.path);
    const stampFile = file.replace(`content/${lang}/`, '');
    const translated = readTranslatedList(root, file);
    const byId = new Map(translated.map((record) => [record.id, record]));
    const known = new Set(source.records.map((r) => r.id));
    const stray = translated.find((record) => !known.has(record.id));
    if (stray) throw new ContentError(`${file}:${stray.line}: id "${stray.id}" is not in ${source.path}`);
    const overlays = new Map<string, Record<string, unknown>>();
    for (const english of source.records) {
      const record = byId.get(english.id);
      if (!record) throw new ContentError(`${file}: no translation of record "${english.id}" (${source.path}:${english.line})`);
      const extra = leafPaths(record.data).find((path) => !source.text.includes(path));
      if (extra)
        throw new ContentError(
          `${file}:${record.line}: record "${english.id}": field "${extra}" is not a text field of ${source.path} (${source.text.join(', ')})`,
        );
      const overlay: Record<string, unknown> = {};
      for (const path of source.text) {
        const enValue = getPath(english.data, path);
        if (enValue === undefined || enValue === null || enValue === '') continue;
        const value = getPath(record.data, path);
        if (typeof value !== 'string' || value.trim() === '')
          throw new ContentError(
            `${file}:${record.line}: record "${english.id}": field "${path}" is missing (the English has it: ${source.path}:${english.line})`,
          );
        setPath(overlay, path, value);
        pending.push(
          check(stampFile, `${english.id}.${path}`, {
            file,
            englishFile: source.path,
            label: `record "${english.id}", field "${path}"`,
            english: { text: textOf(enValue), line: english.line },
            translation: { text: value, line: record.line },
            mdx: false,
          }),
        );
      }
      overlays.set(english.id, overlay);
    }
    records.set(source.path, overlays);
  }

  // The site's words.
  const siteFile = translationPath(lang, input.site.file);
  if (!existsSync(join(root, siteFile))) throw new ContentError(`${siteFile}: missing; the edition needs the site's words`);
  const siteText = readFileSync(join(root, siteFile), 'utf8');
  const siteData = (parse(siteText) ?? {}) as Record<string, unknown>;
  const site: Record<string, string> = {};
  for (const key of Object.keys(siteData))
    if (!input.site.text.includes(key))
      throw new ContentError(
        `${siteFile}:${lineOfKey(siteText, key)}: field "${key}" is not translated here (${input.site.text.join(', ')})`,
      );
  for (const key of input.site.text) {
    const value = siteData[key];
    if (typeof value !== 'string' || value.trim() === '') throw new ContentError(`${siteFile}:1: field "${key}" is missing or empty`);
    site[key] = value;
    pending.push(
      check('site.yaml', key, {
        file: siteFile,
        englishFile: input.site.file,
        label: `field "${key}"`,
        english: { text: textOf(input.site.data[key]), line: 1 },
        translation: { text: value, line: lineOfKey(siteText, key) },
        mdx: false,
      }),
    );
  }

  // The sources: a translated title where the original is in another language, and the note.
  const sourcesFile = `content/${lang}/sources.yaml`;
  const translatedSources = readTranslatedList(root, sourcesFile);
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const sources = new Map<string, { title?: string; note?: string }>();
  const given = new Map(translatedSources.map((s) => [s.id, s]));
  for (const record of translatedSources)
    if (!sourceById.has(record.id)) throw new ContentError(`${sourcesFile}:${record.line}: id "${record.id}" is no source`);
  for (const source of input.sources) {
    const record = given.get(source.id);
    // A title in another language needs a translation; one in this language may still have one (a
    // descriptive English title given to a Russian article).
    const wanted = [...((source.lang ?? 'en') !== lang ? ['title'] : []), ...(source.note ? ['note'] : [])];
    const fields = record ? Object.keys(record.data).filter((k) => k !== 'id') : [];
    const extra = fields.find((f) => !wanted.includes(f) && f !== 'title');
    if (extra && record)
      throw new ContentError(
        `${sourcesFile}:${record.line}: source "${source.id}": field "${extra}" is not wanted (${wanted.join(', ') || 'nothing'})`,
      );
    const entry: { title?: string; note?: string } = {};
    for (const field of [...wanted, ...(fields.includes('title') && !wanted.includes('title') ? ['title'] : [])]) {
      const value = record?.data[field];
      if (typeof value !== 'string' || value.trim() === '')
        throw new ContentError(
          `${sourcesFile}${record ? `:${record.line}` : ''}: source "${source.id}": no ${field} in this language (${source.file}:${source.line})`,
        );
      entry[field as 'title' | 'note'] = value;
      pending.push(
        check('sources.yaml', `${source.id}.${field}`, {
          file: sourcesFile,
          englishFile: source.file,
          label: `source "${source.id}", field "${field}"`,
          english: { text: field === 'title' ? source.title : source.note!, line: source.line },
          translation: { text: value, line: record!.line },
          mdx: false,
        }),
      );
    }
    sources.set(source.id, entry);
  }

  for (const text of pending) {
    if (!input.report) checkTranslatedText(text, lang, glossary);
    else
      try {
        checkTranslatedText(input.report.ignoreStamps ? { ...text, stamp: stampOf(text.english.text) } : text, lang, glossary);
      } catch (error) {
        input.report.problems.push({ text, message: (error as Error).message });
      }
  }
  return { lang, documents, records, site, sources, texts };
}

/** The stamps for an edition as it is now: each text's English hash, for texts that pass every other check. */
export function currentStamps(edition: Pick<Edition, 'texts'>): Stamps {
  const out: Stamps = {};
  for (const { stampFile, key, text } of edition.texts) (out[stampFile] ??= {})[key] = stampOf(text.english.text);
  return out;
}
