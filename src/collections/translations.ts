// What keeps a language edition in step with the English: every translated text has its English
// counterpart, block for block (an MDX paragraph, heading or component line; a YAML record's text
// field), with the same citations in the same order, the same links, the same numbers and the names
// the glossary gives, and was translated from the English as it is now (its stamp, written by
// `npm run translation:stamp` when the translation was checked, matches the English text's hash).
// Pure functions on text, so the content loaders, the in-process content check and the unit tests
// run the same code; each failure names the file, the line, the block and what differs.
import { createHash } from 'node:crypto';
import { ContentError } from './yaml-records.ts';

export interface Block {
  text: string;
  /** 1-based line in its file. */
  line: number;
}

/** The blocks of an MDX file after its front matter: runs of lines between blank lines. */
export function mdxBlocks(text: string): Block[] {
  const lines = text.split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    start = end + 1;
  }
  const blocks: Block[] = [];
  let current: string[] = [];
  let first = 0;
  for (let i = start; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') {
      if (current.length > 0) blocks.push({ text: current.join('\n'), line: first + 1 });
      current = [];
    } else {
      if (current.length === 0) first = i;
      current.push(line);
    }
  }
  return blocks;
}

/** The hash a stamp records: of the English text a translation was made from. */
export const stampOf = (text: string) => createHash('sha256').update(text.normalize('NFC').trim()).digest('hex').slice(0, 12);

const citationPattern = /\[@[^\]]+\]/g;
const linkTargetPattern = /\]\(([^)\s]+)\)/g;
const componentPattern = /^<([A-Z][A-Za-z]*)\b[^>]*\/>$/;

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const englishCenturies: Record<string, number> = {
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};
const persianCenturies: Record<string, number> = {
  شانزدهم: 16,
  هفدهم: 17,
  هجدهم: 18,
  هیجدهم: 18,
  نوزدهم: 19,
  بیستم: 20,
  بیست‌ویکم: 21,
  'بیست و یکم': 21,
};
function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = romanValues[roman[i]!]!;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The numbers a text writes in digits, as plain decimals, sorted: "6,000" (English) and «6 000»
 * (Russian) are both 6000; «1,5» (Russian) is 1.5. In Russian, centuries in Roman numerals («XVIII
 * век») count as the English "18th century". Citation ids and link targets are left out.
 */
export function numbersIn(text: string, lang: string): string[] {
  let plain = text.replace(citationPattern, ' ').replace(linkTargetPattern, '] ');
  const found: string[] = [];
  if (lang === 'ru') {
    // Each numeral of a list («XVIII и XIX веках», «в XVIII, и в XIX веке») is followed, through the others, by the word.
    plain = plain.replace(/\b([IVXLC]+)(?=(?:[\s,–—-]+(?:(?:и|или|в|во|до|по)[\s,]+)*[IVXLC]+)*\s+(?:век|вв?\.))/g, (roman) => {
      found.push(String(romanToNumber(roman)));
      return ' ';
    });
    plain = plain.replace(/(\d)[\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1').replace(/(\d),(?=\d)/g, '$1.');
  } else if (lang === 'fa') {
    // Persian digits (۰–۹, and the Arabic-Indic ٠–٩) are the digits; U+066C groups thousands and
    // U+066B is the decimal point, as Intl writes them. A century in words («قرن هجدهم») counts as the
    // English "18th century".
    plain = plain
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    plain = plain.replace(
      new RegExp(`(?<=(?:قرن|سده|سدهٔ|سده‌ی|قرن‌های|سده‌های)\\s+)(${Object.keys(persianCenturies).join('|')})(?![\\p{L}])`, 'gu'),
      (word) => {
        found.push(String(persianCenturies[word]));
        return ' ';
      },
    );
    plain = plain.replace(/(\d)\u066c(?=\d{3}(?!\d))/g, '$1').replace(/(\d)\u066b(?=\d)/g, '$1.');
  } else {
    // "the Nineteenth Century" is the 19 a translation writes («XIX век»).
    plain = plain.replace(/\b(sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)(?=\s+centur)/gi, (word) => {
      found.push(String(englishCenturies[word.toLowerCase()]));
      return ' ';
    });
    plain = plain.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  }
  for (const match of plain.matchAll(/\d+(?:\.\d+)?/g)) found.push(String(Number(match[0])));
  return found.sort();
}

export interface BlockShape {
  kind: 'heading' | 'component' | 'text';
  /** The component line itself (`<Chart id="timeline" />`), which a translation copies exactly. */
  component?: string;
  citations: string[];
  links: string[];
}

export function shapeOf(text: string): BlockShape {
  const trimmed = text.trim();
  const kind = componentPattern.test(trimmed) ? 'component' : /^#{1,6} /.test(trimmed) ? 'heading' : 'text';
  return {
    kind,
    ...(kind === 'component' ? { component: trimmed } : {}),
    citations: [...trimmed.matchAll(citationPattern)].map((m) => m[0]),
    links: [...trimmed.matchAll(linkTargetPattern)].map((m) => m[1]!),
  };
}

export interface GlossaryEntry {
  id: string;
  en: string;
  /** The forms that count as the name in each language's text (Russian inflects: «Тегеран», «Тегерана» both begin «Тегеран»). */
  forms: Record<string, readonly string[]>;
}

export interface TranslatedText {
  /** The translation's file, from the project root, and the English file it translates. */
  file: string;
  englishFile: string;
  /** What a block is called in messages: "paragraph 3", "record \"x\", field \"body\"". */
  label: string;
  english: Block;
  translation: Block;
  /** The stamp recorded for this block, if any. */
  stamp: string | undefined;
  /** MDX blocks compare their shape (headings, components, citations, links); record fields only their text. */
  mdx: boolean;
}

const show = (list: readonly string[]) => (list.length === 0 ? 'none' : list.join(' '));

/** Throws on the first way a translated block is out of step with its English block. */
export function checkTranslatedText(text: TranslatedText, lang: string, glossary: readonly GlossaryEntry[]): void {
  const where = `${text.file}:${text.translation.line} (${text.label})`;
  const english = `${text.englishFile}:${text.english.line}`;
  if (text.mdx) {
    const en = shapeOf(text.english.text);
    const tr = shapeOf(text.translation.text);
    if (en.kind !== tr.kind)
      throw new ContentError(`${where}: is a ${tr.kind} where the English (${english}) has a ${en.kind}; blocks must match one for one`);
    if (en.component !== tr.component)
      throw new ContentError(`${where}: the component line must be copied exactly: English ${en.component}, here ${tr.component}`);
    if (en.citations.join(' ') !== tr.citations.join(' '))
      throw new ContentError(
        `${where}: citations differ from the English (${english}): English ${show(en.citations)}; here ${show(tr.citations)} (the same brackets, in the same order)`,
      );
    if (en.links.join(' ') !== tr.links.join(' '))
      throw new ContentError(
        `${where}: link targets differ from the English (${english}): English ${show(en.links)}; here ${show(tr.links)}`,
      );
  }
  const enNumbers = numbersIn(text.english.text, 'en');
  const trNumbers = numbersIn(text.translation.text, lang);
  if (enNumbers.join(' ') !== trNumbers.join(' '))
    throw new ContentError(`${where}: numbers differ from the English (${english}): English ${show(enNumbers)}; here ${show(trNumbers)}`);
  for (const entry of glossary) {
    const forms = entry.forms[lang];
    if (!forms || !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.en)}(?![\\p{L}\\p{N}])`, 'u').test(text.english.text)) continue;
    const translated = foldLetters(text.translation.text);
    if (!forms.some((form) => translated.includes(foldLetters(form))))
      throw new ContentError(
        `${where}: the English (${english}) names ${entry.en}, but this text has none of ${forms.map((f) => `«${f}»`).join(', ')} (content/glossary.yaml: ${entry.id})`,
      );
  }
  const current = stampOf(text.english.text);
  if (text.stamp === undefined)
    throw new ContentError(
      `${where}: has no stamp; once it is checked against the English (${english}), run npm run translation:check -- ${lang} --stamp`,
    );
  if (text.stamp !== current)
    throw new ContentError(
      `${where}: out of date: the English (${english}) changed after it was translated; update the translation, then run npm run translation:check -- ${lang} --stamp`,
    );
}

/**
 * Text as a name is compared: Arabic yeh and kaf (ي, ك) as the Persian letters (ی, ک), and without
 * the zero-width non-joiner, which Persian writes inside words («می‌شود»), or the ezafe's hamza
 * (هٔ, ۀ), which a name carries or not as the sentence needs («عهدنامهٔ گلستان», «عهدنامه»).
 */
export const foldLetters = (value: string) =>
  value
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/\u06c0/g, '\u0647')
    .replace(/\u200c/g, '')
    .replace(/\u0654/g, '');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pairs an MDX translation with its English, block for block; throws when the counts differ, naming the first block that does not match. */
export function pairMdxBlocks(englishFile: string, englishText: string, file: string, translationText: string): [Block, Block][] {
  const en = mdxBlocks(englishText);
  const tr = mdxBlocks(translationText);
  if (en.length !== tr.length) {
    const first = en.findIndex((block, i) => !tr[i] || shapeOf(block.text).kind !== shapeOf(tr[i].text).kind);
    const at = first === -1 ? Math.min(en.length, tr.length) : first;
    throw new ContentError(
      `${file}: has ${tr.length} blocks where the English (${englishFile}) has ${en.length}; the first that does not match is block ${at + 1} (English line ${en[at]?.line ?? 'end'}, here line ${tr[at]?.line ?? 'end'})`,
    );
  }
  return en.map((block, i) => [block, tr[i]!]);
}
