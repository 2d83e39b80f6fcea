// What every chart layout shares: its options, its result and the <svg> around it.
import { attrs, el, esc } from './svg.ts';
import { standaloneStyles, type Theme } from './palette.ts';
import type { Lang } from '../i18n/languages.ts';

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
}

/** The <svg> element: accessible name and description, and fixed colours when it stands alone. */
export function svgDocument({ id, chart, width, height, title, description, theme = 'auto', defs, body }: Document): ChartSvg {
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
  })}>${el('title', { id: `${id}-title` }, esc(title))}${el('desc', { id: `${id}-desc` }, esc(description))}${
    theme === 'auto' ? '' : `<style>${standaloneStyles(theme, chart)}</style>`
  }${defs ? el('defs', {}, defs) : ''}${body}</svg>`;
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
