import { describe, expect, it } from 'vitest';
import { palette, readPalette, standaloneStyles } from './palette.ts';
import { chartIds } from './registry.ts';
import { styledCharts } from './styles.ts';

// WCAG 2.2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('chart palette', () => {
  it('reads light-dark() pairs from tokens.css', () => {
    expect(readPalette('--a: light-dark(#ffffff, #000000); --b: red;')).toEqual(new Map([['a', { light: '#ffffff', dark: '#000000' }]]));
    expect(palette.get('chart-ru')).toBeDefined();
  });

  // Marks and chart text must stay readable in both themes (WCAG 1.4.11 and 1.4.3).
  it.each(['light', 'dark'] as const)('passes contrast in the %s theme', (theme) => {
    const bg = palette.get('bg')![theme];
    for (const mark of ['chart-ru', 'chart-ir', 'chart-mark', 'chart-axis', 'chart-absent', 'focus']) {
      expect(contrast(palette.get(mark)![theme], bg), mark).toBeGreaterThanOrEqual(3);
    }
    for (const textColour of ['text', 'text-muted', 'chart-ru', 'chart-ir', 'chart-absent']) {
      expect(contrast(palette.get(textColour)![theme], bg), textColour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('fixes every colour for a stand-alone file, with the shared rules and the chart’s own only', () => {
    const css = standaloneStyles('dark', 'arms-transfers');
    expect(css).toContain('.chart-svg .bar-russia-to-iran { fill: #74b3f2; }');
    expect(css).toContain('.chart-svg .axis-line {');
    expect(css).not.toContain('.map-land');
    expect(css).not.toMatch(/light-dark|var\(/);
    for (const id of chartIds) expect(standaloneStyles('light', id), id).not.toMatch(/light-dark|var\(/);
    expect(styledCharts.sort()).toEqual([...chartIds].sort());
  });
});
