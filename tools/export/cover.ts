// The EPUB's cover image: title, headline and coverage set in DejaVu (shipped in node_modules, so
// the cover looks the same on every machine), drawn to PNG by resvg.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { BookFacts } from './html.ts';
import { esc } from '../../src/charts/svg.ts';

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

export function coverPng(facts: BookFacts): Uint8Array {
  const width = 1200;
  const height = 1800;
  const headline = lines(facts.headline, 22);
  const tspans = (items: string[], x: number, step: number) =>
    items.map((t, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : step}">${esc(t)}</tspan>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect x="0" y="0" width="${width}" height="24" fill="#9e2a1f"/>
<text x="100" y="260" font-family="DejaVu Sans" font-size="40" fill="#545149" letter-spacing="3">${esc(facts.title.toUpperCase().replace(/:.*/, ''))}</text>
<text x="100" y="420" font-family="DejaVu Sans" font-weight="bold" font-size="88" fill="#1c1b19">${tspans(headline, 100, 108)}</text>
<text x="100" y="${460 + headline.length * 108 + 60}" font-family="DejaVu Sans" font-size="40" fill="#545149">${tspans(lines(facts.t.edition.coversEventsTo(facts.coverage), 44), 100, 54)}</text>
<line x1="100" x2="1100" y1="1560" y2="1560" stroke="#d9d4c7" stroke-width="3"/>
<text x="100" y="1640" font-family="DejaVu Sans" font-size="36" fill="#1c1b19">${esc(facts.publisher)}</text>
<text x="100" y="1700" font-family="DejaVu Sans" font-size="32" fill="#545149">${esc(facts.t.edition.editionOf(facts.edition))}</text>
</svg>`;
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(fontDir, f)),
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
