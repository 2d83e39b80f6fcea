// The language tables: complete in every language, and every English entry read somewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLang, languages, languageSpecs, strings, type UiStrings } from './index.ts';
import { langOfPath } from './route.ts';

const pluralCategories: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** A counted phrase as data (CountedForms): a text for each plural form, `other` among them. */
const isForms = (value: object): value is Record<string, string> =>
  'other' in value && Object.keys(value).every((key) => pluralCategories.includes(key));

/** Every entry of a table, by its path from the root ("page.nav.chapters"), with its value; a counted phrase is one entry. */
function entries(table: object, prefix: string[] = []): [string[], unknown][] {
  return Object.entries(table).flatMap(([key, value]: [string, unknown]): [string[], unknown][] =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && !isForms(value)
      ? entries(value, [...prefix, key])
      : [[[...prefix, key], value]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = entries(strings(defaultLang));

describe('languages', () => {
  it('start with the default, each with its table and a tag Intl knows', () => {
    expect(languages[0]).toBe(defaultLang);
    for (const lang of languages) {
      const { tag, locale, dir } = languageSpecs[lang];
      expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
      expect(tag.split('-')[0]).toBe(lang);
      expect(new Intl.Locale(locale).language).toBe(lang);
      expect(['ltr', 'rtl']).toContain(dir);
      expect(strings(lang)).toBeDefined();
    }
  });

  it('list the plural forms their locale has, so every counted phrase gives each of them', () => {
    for (const lang of languages) {
      const { locale, plurals } = languageSpecs[lang];
      expect([...plurals].sort()).toEqual([...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort());
    }
  });

  it('are read from the address: the default at the root, the others under /<code>/', () => {
    for (const path of ['', '/', 'syria/', 'embed/timeline/v2/', 'updates/feed.xml', 'rules/', 'en/'])
      expect(langOfPath(path)).toBe(defaultLang);
    // `: boolean` keeps this a plain filter: as a type guard it types the other languages `never` while English is the only one.
    for (const lang of languages.filter((l): boolean => l !== defaultLang)) {
      expect(langOfPath(`${lang}/`)).toBe(lang);
      expect(langOfPath(`/${lang}/syria/`)).toBe(lang);
    }
  });
});

describe('tables', () => {
  it('hold every English entry in every language, as text or a function where English has one, with the same placeholders', () => {
    for (const lang of languages) {
      const table = entries(strings(lang));
      expect(table.map(([path]) => path.join('.'))).toEqual(english.map(([path]) => path.join('.')));
      for (const [i, [path, value]] of table.entries()) {
        const model = english[i]![1];
        expect(typeof value, `${lang}: ${path.join('.')}`).toBe(typeof model);
        if (typeof model === 'string') expect(placeholders(value as string), `${lang}: ${path.join('.')}`).toEqual(placeholders(model));
        if (typeof model === 'string') expect((value as string).trim(), `${lang}: ${path.join('.')} is empty`).not.toBe('');
        if (typeof model === 'object' && model !== null && !Array.isArray(model) && isForms(model)) {
          const counted = value as Record<string, string>;
          expect(Object.keys(counted).sort(), `${lang}: ${path.join('.')} gives every plural form`).toEqual(
            [...languageSpecs[lang].plurals].sort(),
          );
          for (const form of Object.values(counted))
            expect(placeholders(form), `${lang}: ${path.join('.')}`).toEqual(placeholders(model.other!));
        }
      }
    }
  });

  it('say each counted phrase in the form the count needs', () => {
    const t: UiStrings = strings('en');
    expect(t.updateNotes.heading(1)).toBe('Since this chapter’s events: one update');
    expect(t.updateNotes.heading(3)).toBe('Since this chapter’s events: 3 updates');
    expect([t.sources.total(1), t.sources.total(1234)]).toEqual(['1 source', '1,234 sources']);
    expect([t.sources.stateMedia(1), t.sources.stateMedia(0)]).toEqual(['1 is state media', '0 are state media']);
    expect(t.download.size(3 * 1024 * 1024 + 300 * 1024)).toBe('3.3 MB');
    expect(t.download.size(1020 * 1024)).toBe('1020 KB');
    expect(t.figure.script.points).toEqual({ one: 'Showing {shown} of {total} point', other: 'Showing {shown} of {total} points' });
  });

  // A key is read when its path appears in the code, as `.page.nav.chapters`, or when an object
  // above it is indexed (`.updates.kind[type]`): every key under it counts as read.
  it('have no entry that nothing reads', () => {
    const projectRoot = join(import.meta.dirname, '..', '..');
    const code = ['src', 'tools']
      .flatMap((dir) => sourceFiles(join(projectRoot, dir)))
      .filter((file) => !file.includes(`${join('src', 'i18n')}/`) && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const escape = (path: string[]) => path.map((key) => key.replace(/[^\w]/g, '\\$&')).join('\\.');
    const unread = english
      .map(([path]) => path)
      .filter((path) => {
        if (new RegExp(`\\.${escape(path)}(?![\\w$])`).test(code)) return false;
        return !path.slice(0, -1).some((_, i) => new RegExp(`\\.${escape(path.slice(0, i + 1))}\\[`).test(code));
      })
      .map((path) => path.join('.'));
    expect(unread).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // tools/ exists once the command-line code has moved out of src/
  }
  return names.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}
