// The chart colours live in tokens.css as light-dark(light, dark) pairs, so the page and the
// downloads cannot drift apart: this module reads the pairs back out for the stand-alone SVG
// and PNG, which have no page around them to resolve light-dark().
import tokens from '../styles/tokens.css?raw';
import { chartStyles } from './styles.ts';

export type Theme = 'light' | 'dark';

/** Every `--name: light-dark(#light, #dark)` pair in tokens.css. */
export function readPalette(css: string): Map<string, { light: string; dark: string }> {
  const palette = new Map<string, { light: string; dark: string }>();
  for (const match of css.matchAll(/--([a-z0-9-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi)) {
    palette.set(match[1]!, { light: match[2]!, dark: match[3]! });
  }
  return palette;
}

export const palette = readPalette(tokens);

/** Font stack for stand-alone files: the page's UI stack, then the face the PNG renderer ships with. */
export const standaloneFonts = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

/**
 * A chart's stylesheet (the shared rules and chart `id`'s own; the shared ones alone without an
 * id) with every colour written out for one theme, for a file outside the page.
 * Variables are substituted, not declared: SVG renderers such as resvg (the PNG) and most
 * drawing programs do not implement CSS custom properties.
 */
export function standaloneStyles(theme: Theme, id?: string, languageFonts?: string): string {
  // A language with its own typeface (Persian) names it first; the rest of the stack follows.
  const fonts = languageFonts ? `${languageFonts}, ${standaloneFonts}` : standaloneFonts;
  const value = (name: string) => (name === 'font-ui' ? fonts : palette.get(name)?.[theme]);
  return chartStyles(id)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/var\(--([a-z0-9-]+)\)/g, (whole, name: string) => {
      const resolved = value(name);
      if (!resolved)
        throw new Error(`the ${id ?? 'shared'} chart styles use ${whole}, which tokens.css does not define as a light-dark() pair`);
      return resolved;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** One palette colour for a theme, for attributes in stand-alone files. */
export function colour(name: string, theme: Theme): string {
  const pair = palette.get(name);
  if (!pair) throw new Error(`tokens.css has no light-dark() colour --${name}`);
  return pair[theme];
}
