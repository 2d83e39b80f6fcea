// The typeface a language needs beyond the system fonts, as data: Persian is set in Vazirmatn
// (SIL Open Font License, npm `vazirmatn`), self-hosted and cut at build time to the letters the
// Persian edition writes. English and Russian read well in the system stacks (tokens.css), so
// they load no font at all. Plain TypeScript: pages, the chart downloads (resvg) and the export
// runner share it.
import { languages, type Lang } from '../i18n/languages.ts';

export interface Face {
  weight: 400 | 700;
  /** The full font in node_modules, from the project root: what the subset is cut from, and what resvg draws PNGs with. */
  source: string;
  /** Where the subset is served inside the site (no language prefix: one file for every page). */
  file: string;
}

export interface Typeface {
  family: string;
  faces: readonly Face[];
  /**
   * The characters the face is used for: the browser takes it only for these and downloads it only
   * when a page has one, so Latin words in a Persian page stay in the system face and a page with no
   * Persian letter downloads nothing.
   */
  unicodeRange: string;
  /** The same range as a test, for the subset and the checks. */
  covers: (codePoint: number) => boolean;
  /**
   * A local face standing in while the font loads, scaled to its metrics so that text does not move
   * when it arrives. Vazirmatn's ascent is 1.025 em and its descent 0.537 em (hhea, 2048 units); its
   * Persian letters average 0.713 em against DejaVu Sans's 0.761, so the stand-in is drawn at 94 %
   * and its metrics, which the browser scales by that, are given as 1.025 / 0.94 and 0.537 / 0.94.
   */
  fallback: { family: string; local: readonly string[]; sizeAdjust: string; ascent: string; descent: string };
  /** The rest of the stack, after the face and its fallback. */
  stack: string;
  /**
   * A cut of the regular face that draws the Latin digits 0–9 as the language's own, for numbers a
   * program writes where no format of ours reaches: the page numbers Chromium fills into a PDF's
   * footer. Cut to the digits and the slash alone.
   */
  pageNumbers?: { family: string; source: string };
  /**
   * The spaces and punctuation inside the range, every one: they go into the subset whether or not
   * a content file holds them, since components write some (a no-break space) and they are few.
   */
  punctuation: string;
}

/**
 * The spaces and punctuation Persian text shares with Latin. Outside the range, every space, full
 * stop, bracket and guillemet of a Persian line fell through to a system face: the line was spaced
 * in that face's widths and shaped in a run per word (style and layout of /fa/syria/ under
 * Lighthouse took 132–197 ms before, 97–145 ms after, three runs each). Latin letters and digits
 * stay outside, so a Latin name inside Persian text keeps the system face.
 */
const sharedPunctuation: readonly [number, number][] = [
  [0x0020, 0x002f], // space ! " # $ % & ' ( ) * + , - . /
  [0x003a, 0x003f], // : ; < = > ?
  [0x00a0, 0x00a0], // no-break space
  [0x00ab, 0x00ab], // «
  [0x00bb, 0x00bb], // »
  [0x2009, 0x200a], // thin and hair spaces
  [0x200c, 0x200f], // zero-width non-joiner (inside Persian words), joiner, direction marks
  [0x2010, 0x2014], // hyphens and dashes
  [0x2018, 0x201d], // quotation marks
  [0x2026, 0x2026], // …
  [0x202f, 0x202f], // narrow no-break space
];

/** The Arabic script, with the shared punctuation, in code point order. */
const ranges: readonly [number, number][] = [
  ...sharedPunctuation,
  [0x0600, 0x06ff], // Arabic, with the Persian letters and the Persian digits ۰–۹
  [0xfb50, 0xfdff], // Arabic presentation forms A
  [0xfe70, 0xfeff], // Arabic presentation forms B
].sort((x, y) => x[0]! - y[0]!) as [number, number][];

const characters = (list: readonly [number, number][]) =>
  list.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

export const typefaces: Partial<Record<Lang, Typeface>> = {
  fa: {
    family: 'Vazirmatn',
    faces: [
      { weight: 400, source: 'node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf', file: 'fonts/vazirmatn-400.woff2' },
      { weight: 700, source: 'node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf', file: 'fonts/vazirmatn-700.woff2' },
    ],
    unicodeRange: ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', '),
    covers: (cp) => ranges.some(([a, b]) => cp >= a && cp <= b),
    fallback: { family: 'Vazirmatn fallback', local: ['Tahoma', 'DejaVu Sans'], sizeAdjust: '94%', ascent: '109%', descent: '57%' },
    stack: "Tahoma, 'DejaVu Sans', system-ui, sans-serif",
    pageNumbers: {
      family: 'Vazirmatn-page-numbers',
      source: 'node_modules/vazirmatn/misc/Farsi-Digits/fonts/ttf/Vazirmatn-FD-Regular.ttf',
    },
    punctuation: characters(sharedPunctuation),
  },
};

/** The font stack of a language's text and interface: its own face first, where it has one. */
export function fontStack(lang: Lang): string | undefined {
  const face = typefaces[lang];
  return face && `${face.family}, '${face.fallback.family}', ${face.stack}`;
}

/** Every face the site serves, with its language: those of the languages it builds. */
export const servedFaces = languages.flatMap((lang) => {
  const typeface = typefaces[lang];
  return typeface ? typeface.faces.map((face) => ({ lang, typeface, face })) : [];
});

/**
 * The @font-face rule of one face, its file at `src` (a URL, or a data: URL), `display` as CSS's
 * font-display; limited to the typeface's range where it has one (the page-numbers cut has none).
 */
export function fontFaceRule(
  typeface: { family: string; unicodeRange?: string },
  face: Pick<Face, 'weight'>,
  src: string,
  display?: 'optional',
): string {
  return `@font-face{font-family:${typeface.family};src:url(${src}) format('woff2');font-weight:${face.weight};font-style:normal;${display ? `font-display:${display};` : ''}${typeface.unicodeRange ? `unicode-range:${typeface.unicodeRange}` : ''}}`;
}
