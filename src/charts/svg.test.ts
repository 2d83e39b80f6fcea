import { describe, expect, it } from 'vitest';
import { attrs, el, esc, fit, px, textWidth, wrap } from './svg.ts';

describe('SVG helpers', () => {
  it('escapes markup in text and attributes', () => {
    expect(esc(`<b class="x">Tom & Jerry's</b>`)).toBe('&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;');
    expect(el('text', { 'data-tip': 'a"b' }, esc('<'))).toBe('<text data-tip="a&quot;b">&lt;</text>');
  });

  it('rounds coordinates to a tenth and refuses non-numbers', () => {
    expect(px(1.234567)).toBe('1.2');
    expect(px(-0.01)).toBe('0');
    expect(() => px(Number.NaN)).toThrow('not a finite number');
    expect(attrs({ x: 1.26, hidden: true, skip: undefined, off: false })).toBe(' x="1.3" hidden');
  });

  it('wraps and fits text to a width', () => {
    const lines = wrap('The treaty has no mutual-defence clause at all', 100, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
    expect(wrap('one two three four five six seven', 40, 12, 2)).toHaveLength(2);
    expect(fit('A label far too long for its slot', 60, 12)).toMatch(/…$/);
    expect(fit('Short', 60, 12)).toBe('Short');
    for (const line of wrap('Supercalifragilisticexpialidocious', 50, 12)) expect(textWidth(line, 12)).toBeLessThanOrEqual(50);
  });

  // Advances measured in Chromium with DejaVu Sans (the face the system stack resolves to on
  // Linux and in the test browser) at 11 px, December 2026. The estimate must never fall short
  // of them, in Latin or Cyrillic, or a label budgeted to fit leaves the drawing.
  const measured: [string, number, boolean][] = [
    ['Treaty of Gulistan', 96.7, false],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 192.2, false],
    ['abcdefghijklmnopqrstuvwxyz', 161.1, false],
    ['0123456789', 70.0, false],
    ['Туркманчайский договор', 147.0, false],
    ['Договор о всеобъемлющем стратегическом партнерстве', 333.4, false],
    ['абвгдежзийклмнопрстуфхцчшщъыьэюя', 234.4, false],
    ['АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 269.2, false],
    ['Дипломатия', 71.9, false],
    ['Дипломатия', 78.3, true],
    ['abcdefghijklmnopqrstuvwxyz', 181.9, true],
    ['АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 304.5, true],
  ];
  it.each(measured)('budgets at least the measured width of %s (bold: %s)', (content, width, bold) => {
    const estimate = textWidth(content, 11, { bold });
    expect(estimate).toBeGreaterThanOrEqual(width);
    expect(estimate).toBeLessThan(width * 1.15); // generous, not wasteful
  });
});
