// The app icons for the web app manifest and iOS home screens, drawn at build time from
// public/favicon.svg by resvg, so there is one drawing to change.
import { Resvg } from '@resvg/resvg-js';
// Bundled as text by Vite, so the built endpoints do not depend on the working directory.
import favicon from '../../public/favicon.svg?raw';

interface AppIcon {
  size: number;
  purpose: 'any' | 'maskable';
  /**
   * Without it, the favicon as drawn (rounded corners, transparent outside them). With it, a
   * full square in the favicon's colour, the drawing inset by this fraction on each side: the
   * platform cuts its own shape from the square (maskable icons, iOS), so the corners must be
   * filled and the letters kept inside the part every shape keeps.
   */
  inset?: number;
}

export const appIcons = {
  'icon-192': { size: 192, purpose: 'any' },
  'icon-512': { size: 512, purpose: 'any' },
  // Maskable: the safe zone is the centre circle of 80% diameter; insetting by 10% puts the
  // letters (which reach 39% from the centre in the favicon) well inside it.
  'maskable-512': { size: 512, purpose: 'maskable', inset: 0.1 },
  // iOS rounds the corners itself and paints transparent ones black.
  'apple-touch-icon': { size: 180, purpose: 'any', inset: 0 },
} as const satisfies Record<string, AppIcon>;
export type AppIconName = keyof typeof appIcons;

/** The SVG an icon is rendered from. */
export function iconSvg(name: AppIconName, source: string = favicon): string {
  const icon: AppIcon = appIcons[name];
  if (icon.inset === undefined) return source;
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-f]{3,8})"/i.exec(source)?.[1];
  if (!fill) throw new Error('public/favicon.svg: its first <rect> needs a fill colour (#rrggbb), the background of the app icons');
  const at = icon.inset * 100;
  const side = 100 - 2 * at;
  // The favicon nested in the square; its rounded corners vanish into the same colour.
  const nested = source.replace(/<svg\b/, `<svg x="${at}" y="${at}" width="${side}" height="${side}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${fill}"/>${nested}</svg>`;
}

export function renderIcon(name: AppIconName): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(iconSvg(name), { fitTo: { mode: 'width', value: appIcons[name].size }, font: { loadSystemFonts: false } });
  return new Uint8Array(resvg.render().asPng());
}
