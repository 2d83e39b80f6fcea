// What every chart layout shares: its options, its result and the <svg> around it.
import { attrs, el, esc } from './svg.ts';
import { standaloneStyles, type Theme } from './palette.ts';
import { defaultLang, languageSpecs, type Lang } from '../i18n/languages.ts';
import { fontStack } from '../fonts/typefaces.ts';

export interface LayoutOptions {
  /** Width of the drawing in CSS pixels; the layouts switch arrangement below `narrowBelow`. */
  width: number;
  /** `auto` styles marks through the page's CSS variables (both themes); light/dark embed fixed colours. */
  theme?: Theme | 'auto';
  /** Prefix for ids inside the SVG, unique on the page (two layouts of one chart share a page). */
  id: string;
  /** The language of the words drawn; the site's default when left out. */
  lang?: Lang;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/**
 * Reading order in a drawing, for the parts of a chart that follow the text (lists, labels beside
 * rows, keys) rather than an axis or a map: `x` measures from the edge where a line of the language
 * begins (the left in English and Russian, the right in Persian) and `anchor` says which edge of a
 * label sits there. What it returns is geometry, as every layout writes it (`start`: the left edge).
 */
export function readingOrder(options: Pick<LayoutOptions, 'lang' | 'width'>) {
  const rtl = languageSpecs[options.lang ?? defaultLang].dir === 'rtl';
  const swap = (a: Anchor): Anchor => (a === 'start' ? 'end' : a === 'end' ? 'start' : 'middle');
  return {
    rtl,
    dir: rtl ? ('rtl' as const) : ('ltr' as const),
    x: (fromStart: number) => (rtl ? options.width - fromStart : fromStart),
    /** The geometric anchor, left out when it is `start`, the default (which a right-to-left document mirrors too). */
    anchor: (a: Anchor): Exclude<Anchor, 'start'> | undefined => {
      const placed = rtl ? swap(a) : a;
      return placed === 'start' ? undefined : placed;
    },
  };
}

/** Below this width a chart uses its narrow (phone) arrangement. */
export const narrowBelow = 560;
/** The two widths the site renders: a phone column and the article measure on a desktop. */
export const layoutWidths = { narrow: 340, wide: 720 } as const;
export type LayoutName = keyof typeof layoutWidths;

interface Document {
  id: string;
  /** The chart drawn, whose own rules a stand-alone file carries beside the shared ones. */
  chart?: string;
  width: number;
  height: number;
  title: string;
  description: string;
  theme: LayoutOptions['theme'];
  defs?: string;
  body: string;
  /**
   * The language of the words drawn, and so their direction. Layouts place every label by its
   * geometry, as a left-to-right language anchors it (`start`: its left edge at x); in a
   * right-to-left document each label keeps that place and reads right to left (see
   * `mirrorAnchors`). A stand-alone file also names the language's typeface first. The site's
   * default language when left out.
   */
  lang?: Lang | undefined;
  /** For a stand-alone file: @font-face rules carrying the typeface itself (src/fonts/embedded.ts). */
  fontFaces?: string;
  /** A body whose labels are already placed for its direction (a download, which wraps a mirrored chart and places its own lines). */
  placed?: boolean;
}

/**
 * A body's labels for a right-to-left document (`direction="rtl"` on its <svg>, or an RTL page
 * around it): there `start` is a label's right edge, so `start` and `end` trade places and a label
 * with no anchor (which meant start) is given `end`; `middle` stays. Each label keeps its place;
 * only its reading order changes. Nested <svg>s (a download around a chart) are passed over: the
 * chart's own document has mirrored them already.
 */
export function mirrorAnchors(body: string): string {
  let depth = 0;
  return body.replace(/<(\/?)(svg|text)\b([^>]*?)(\/?)>/g, (whole, closing: string, tag: string, rest: string, selfClosing: string) => {
    if (tag === 'svg') {
      if (!selfClosing) depth += closing ? -1 : 1;
      return whole;
    }
    if (closing || depth > 0) return whole;
    const anchor = /\stext-anchor="(start|middle|end)"/.exec(rest);
    if (!anchor) return `<text${rest} text-anchor="end"${selfClosing}>`;
    const mirrored = anchor[1] === 'start' ? 'end' : anchor[1] === 'end' ? 'start' : 'middle';
    return `<text${rest.replace(anchor[0], ` text-anchor="${mirrored}"`)}${selfClosing}>`;
  });
}

/** The <svg> element: accessible name and description, and fixed colours when it stands alone. */
export function svgDocument({
  id,
  chart,
  width,
  height,
  title,
  description,
  theme = 'auto',
  defs,
  body,
  lang,
  fontFaces,
  placed,
}: Document): ChartSvg {
  const language = languageSpecs[lang ?? defaultLang];
  const dir = language.dir;
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const svg = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${w} ${h}`,
    width: w,
    height: h,
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
    class: 'chart-svg',
    // A stand-alone file says its language; a drawing in a page has the page's.
    lang: theme !== 'auto' && lang && lang !== defaultLang ? language.tag : undefined,
    direction: dir === 'rtl' ? 'rtl' : undefined,
  })}>${el('title', { id: `${id}-title` }, esc(title))}${el('desc', { id: `${id}-desc` }, esc(description))}${
    theme === 'auto' ? '' : `<style>${fontFaces ?? ''}${standaloneStyles(theme, chart, fontStack(lang ?? defaultLang))}</style>`
  }${defs ? el('defs', {}, defs) : ''}${dir === 'rtl' && !placed ? mirrorAnchors(body) : body}</svg>`;
  return { svg, width: w, height: h };
}

/** A diagonal hatch for "no data", drawn with the marks' colours. */
export function hatchPattern(id: string): string {
  return el(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }),
  );
}
