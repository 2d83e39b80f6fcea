// The EPUB's cover image: title, headline and coverage set in DejaVu, or in the language's own
// typeface where it has one (Vazirmatn for Persian; both shipped in node_modules, so the cover
// looks the same on every machine), drawn to PNG by resvg. A right-to-left cover is set from the
// right margin.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { BookFacts } from './html.ts';
import { esc } from '../../src/charts/svg.ts';
import { servedFaces, typefaces } from '../../src/fonts/typefaces.ts';
import { defaultLang, type Lang } from '../../src/i18n/languages.ts';

/** Greedy line breaking by an average glyph width: good enough for a few large words. */
function lines(text: string, perLine: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

export function coverPng(facts: BookFacts, lang: Lang = defaultLang): Uint8Array {
  const width = 1200;
  const height = 1800;
  const rtl = facts.dir === 'rtl';
  const x = rtl ? width - 100 : 100;
  const family = typefaces[lang] ? `${typefaces[lang].family}, DejaVu Sans` : 'DejaVu Sans';
  const align = rtl ? ' direction="rtl"' : '';
  const headline = lines(facts.headline, 22);
  const tspans = (items: string[], x: number, step: number) =>
    items.map((t, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : step}">${esc(t)}</tspan>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${align}>
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect x="0" y="0" width="${width}" height="24" fill="#9e2a1f"/>
<text x="${x}" y="260" font-family="${family}" font-size="40" fill="#545149" letter-spacing="3">${esc(facts.title.toUpperCase().replace(/:.*/, ''))}</text>
<text x="${x}" y="420" font-family="${family}" font-weight="bold" font-size="88" fill="#1c1b19">${tspans(headline, x, 108)}</text>
<text x="${x}" y="${460 + headline.length * 108 + 60}" font-family="${family}" font-size="40" fill="#545149">${tspans(lines(facts.t.edition.coversEventsTo(facts.coverage), 44), x, 54)}</text>
<line x1="100" x2="1100" y1="1560" y2="1560" stroke="#d9d4c7" stroke-width="3"/>
<text x="${x}" y="1640" font-family="${family}" font-size="36" fill="#1c1b19">${esc(facts.publisher)}</text>
<text x="${x}" y="1700" font-family="${family}" font-size="32" fill="#545149">${esc(facts.t.edition.editionOf(facts.edition))}</text>
</svg>`;
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [
        ...['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f)),
        ...servedFaces.map(({ face }) => join(process.cwd(), face.source)),
      ],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
