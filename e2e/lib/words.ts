// The interface words a page is written in (src/i18n/), so a test of a page in any language
// looks for that language's words rather than the English.
import { formats, strings } from '../../src/i18n/index.ts';
import { langOf } from './site.ts';

/** The words and formats of the page at `path` (relative to the site's base). */
export const wordsOf = (path: string) => {
  const lang = langOf(path);
  return { lang, t: strings(lang), f: formats(lang) };
};

/** A phrase with its {placeholders} filled in, up to the first one left unfilled. */
export function phrasePrefix(phrase: string, values: Record<string, string> = {}): string {
  const filled = phrase.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const open = filled.indexOf('{');
  return (open === -1 ? filled : filled.slice(0, open)).trim();
}
