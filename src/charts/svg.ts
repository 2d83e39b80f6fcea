// Small, pure helpers for writing SVG as text at build time. Every chart layout goes through
// these, so escaping and number formatting are done once and the snapshot tests stay stable.
import { escapeXml } from '../lib/xml.ts';

/** Escapes text for use in element content or a double-quoted attribute (never emits a character XML refuses). */
export function esc(value: string | number): string {
  return escapeXml(value);
}

/** Coordinates rounded to a tenth of a pixel: enough for any screen, and stable in snapshots. */
export function px(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`chart coordinate is not a finite number: ${value}`);
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type Attributes = Record<string, string | number | boolean | undefined | null>;

/** Serialises attributes; numbers are rounded, `false`/`undefined`/`null` are left out. */
export function attrs(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${typeof value === 'number' ? px(value) : esc(value)}"`;
  }
  return out;
}

/** One element. Children are already-serialised markup (use `text()` for text). */
export function el(tag: string, attributes: Attributes = {}, ...children: (string | false | null | undefined)[]): string {
  const inner = children.filter((c) => typeof c === 'string').join('');
  return inner === '' && tag !== 'text' && tag !== 'title' && tag !== 'desc'
    ? `<${tag}${attrs(attributes)}/>`
    : `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

/** A text element; the content is escaped. */
export function text(x: number, y: number, content: string, attributes: Attributes = {}): string {
  return el('text', { x, y, ...attributes }, esc(content));
}

/**
 * Approximate advance width of a run of text in a sans-serif face. The build has no font
 * metrics, so layouts budget with an estimate taken from DejaVu Sans, the widest face the
 * system stack falls back to (Linux, and the test browser): average advances per class of
 * letter, in ems, measured in Chromium in December 2026. Cyrillic letters are wider than Latin
 * ones (а–я about 0.63 em against 0.59 for a–z; ж, ш, щ, ю about 0.9), and bold about an eighth
 * wider than regular, so a Russian label is not budgeted as if it were English.
 */
export function textWidth(content: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  let units = 0;
  for (const ch of content) units += advance(ch);
  return units * fontSize * (bold ? 1.13 : 1);
}

function advance(ch: string): number {
  if (/[\u0300-\u036f\u064b-\u065f\u0670\u200c-\u200f\u2066-\u2069]/.test(ch)) return 0; // combining marks, joiners, direction marks
  if (/[iIjlft.,:;'|!()\-\s]/.test(ch)) return 0.33;
  if (/[ЖШЩЮ]/.test(ch)) return 1.09;
  if (/[MWmw@%жшщюфыФМ]/.test(ch)) return 0.93;
  if (/[\u3000-\u9fff\uac00-\ud7af]/.test(ch)) return 1;
  if (/[\u0400-\u042f]/.test(ch)) return 0.76; // Cyrillic capitals
  if (/[A-Z0-9«»]/.test(ch)) return 0.68;
  if (/[\u0430-\u045f]/.test(ch)) return 0.65; // Cyrillic small letters
  // Persian digits and Arabic-script letters: as wide as the widest of the faces a Persian page
  // shows them in (Vazirmatn, or the stand-in before it loads: DejaVu Sans, whose bold letters average
  // 0.58 em and digits 0.61 em in words; Vazirmatn's 0.46–0.47 and 0.52–0.54), so a label fits in both.
  if (/[\u06f0-\u06f9]/.test(ch)) return 0.62;
  if (/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/.test(ch)) return 0.6;
  return 0.6;
}

/** Cuts a label to fit a width, ending in an ellipsis; the full text stays in the table and tooltip. */
export function fit(content: string, width: number, fontSize: number): string {
  if (textWidth(content, fontSize) <= width) return content;
  const chars = [...content];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Greedy word wrap to a width; a word longer than a line is cut across lines. At most `maxLines`. */
export function wrap(content: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, fontSize) > width && [...line].length > 1) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), fontSize) > width) cut -= 1;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fit(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, width, fontSize);
    return kept;
  }
  return lines;
}

/** A `<text>` with one `<tspan>` per line. */
export function textLines(x: number, y: number, lines: readonly string[], lineHeight: number, attributes: Attributes = {}): string {
  return el(
    'text',
    { x, y, ...attributes },
    ...lines.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, esc(line))),
  );
}

/** Makes a string safe to use inside an id. */
export function idPart(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
