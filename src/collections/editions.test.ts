import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentStamps, readEdition, type EditionInput } from './editions.ts';
import { stringify } from 'yaml';

const chapter = '---\ntitle: "Allies in Syria"\norder: 2\n---\n\nIn 2015 Russia joined the war.[@ap]\n\n## Hamadan\n';
const translated = '---\ntitle: "Союзники в Сирии"\n---\n\nВ 2015 г. Россия вступила в войну.[@ap]\n\n## Хамадан\n';

/** A project folder with an English chapter, one update, the site, one source and a Russian edition of them. */
function project(files: Record<string, string>): EditionInput {
  const root = mkdtempSync(join(tmpdir(), 'edition-'));
  const all: Record<string, string> = {
    'content/ru/chapters/syria.mdx': translated,
    'content/ru/updates.yaml': '- id: fix\n  title: "Исправление"\n  body: "Дата: 2025 г."\n',
    'content/ru/site.yaml': 'title: "Россия и Иран"\n',
    'content/ru/sources.yaml': '- id: ap\n  title: "Объяснение"\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return {
    root,
    lang: 'ru',
    chapters: [{ file: 'content/chapters/syria.mdx', text: chapter }],
    pages: [],
    frontMatter: { chapters: ['title'], pages: ['title'] },
    records: [
      {
        path: 'content/updates.yaml',
        text: ['title', 'body'],
        records: [{ id: 'fix', data: { title: 'Correction', body: 'Date: 2025.' }, line: 3 }],
      },
    ],
    site: { file: 'content/site.yaml', data: { title: 'Russia and Iran' }, text: ['title'] },
    sources: [{ id: 'ap', title: 'Explainer', file: 'content/sources/a.yaml', line: 1 }],
    glossary: [{ id: 'hamadan', en: 'Hamadan', forms: { ru: ['Хамадан'] } }],
  };
}

/** The same project, stamped as checked. */
function stamped(files: Record<string, string> = {}): EditionInput {
  const input = project(files);
  const stamps = currentStamps(readEdition({ ...input, report: { problems: [], ignoreStamps: true } }));
  writeFileSync(join(input.root, 'content/ru/stamps.yaml'), stringify(stamps));
  return input;
}

describe('readEdition', () => {
  it('reads a complete, stamped edition: the documents, record words, site and sources', () => {
    const edition = readEdition(stamped());
    expect(edition.documents.get('content/chapters/syria.mdx')?.data).toEqual({ title: 'Союзники в Сирии' });
    expect(edition.records.get('content/updates.yaml')?.get('fix')).toEqual({ title: 'Исправление', body: 'Дата: 2025 г.' });
    expect(edition.site).toEqual({ title: 'Россия и Иран' });
    expect(edition.sources.get('ap')).toEqual({ title: 'Объяснение' });
    expect(edition.texts).toHaveLength(7);
  });

  it('fails on a missing translation of a chapter, a record or a source title', () => {
    const input = stamped();
    expect(() => readEdition({ ...input, chapters: [...input.chapters, { file: 'content/chapters/treaty.mdx', text: chapter }] })).toThrow(
      'content/ru/chapters/treaty.mdx: missing; the edition needs a translation of content/chapters/treaty.mdx',
    );
    expect(() => readEdition(stamped({ 'content/ru/updates.yaml': '[]\n' }))).toThrow(
      'content/ru/updates.yaml: no translation of record "fix" (content/updates.yaml:3)',
    );
    expect(() => readEdition(stamped({ 'content/ru/sources.yaml': '[]\n' }))).toThrow(
      'content/ru/sources.yaml: source "ap": no title in this language (content/sources/a.yaml:1)',
    );
  });

  it('fails on a record, field or front-matter key the English does not have', () => {
    expect(() =>
      readEdition(stamped({ 'content/ru/updates.yaml': '- id: fix\n  title: "И"\n  body: "2025"\n- id: other\n  title: "Х"\n' })),
    ).toThrow('content/ru/updates.yaml:4: id "other" is not in content/updates.yaml');
    expect(() => readEdition(stamped({ 'content/ru/updates.yaml': '- id: fix\n  title: "И"\n  body: "2025"\n  date: "2025"\n' }))).toThrow(
      'field "date" is not a text field of content/updates.yaml (title, body)',
    );
    expect(() => readEdition(stamped({ 'content/ru/chapters/syria.mdx': translated.replace('---\n\n', 'order: 2\n---\n\n') }))).toThrow(
      'content/ru/chapters/syria.mdx:3: field "order" is not translated here',
    );
  });

  it('fails a text whose English changed after the stamp, naming it', () => {
    const input = stamped();
    expect(() =>
      readEdition({
        ...input,
        records: [{ ...input.records[0]!, records: [{ id: 'fix', data: { title: 'Correction', body: 'Date: 2026.' }, line: 3 }] }],
      }),
    ).toThrow(
      'content/ru/updates.yaml:1 (record "fix", field "body"): numbers differ from the English (content/updates.yaml:3): English 2026; here 2025',
    );
    expect(() =>
      readEdition({
        ...input,
        records: [{ ...input.records[0]!, records: [{ id: 'fix', data: { title: 'A correction', body: 'Date: 2025.' }, line: 3 }] }],
      }),
    ).toThrow('content/ru/updates.yaml:1 (record "fix", field "title"): out of date');
  });

  it('collects every problem for the tools instead of throwing the first', () => {
    const problems: { message: string }[] = [];
    readEdition({
      ...project({ 'content/ru/chapters/syria.mdx': translated.replace('Хамадан', 'База') }),
      report: { problems: problems as never },
    });
    expect(problems.map((p) => p.message.replace(/:.*/, ''))).toHaveLength(7);
    expect(problems.filter((p) => p.message.includes('names Hamadan'))).toHaveLength(1);
  });
});
