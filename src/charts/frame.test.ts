import { describe, expect, it } from 'vitest';
import { mirrorAnchors, readingOrder, svgDocument } from './frame.ts';

describe('right-to-left drawings', () => {
  it('keep every label in its place: start and end trade, a label with no anchor is given end, middle stays', () => {
    expect(mirrorAnchors('<text x="1">a</text><text x="2" text-anchor="end" class="k">b</text><text text-anchor="middle">c</text>')).toBe(
      '<text x="1" text-anchor="end">a</text><text x="2" text-anchor="start" class="k">b</text><text text-anchor="middle">c</text>',
    );
  });
  it('pass over a nested drawing, which its own document placed', () => {
    const nested = '<svg x="3"><text x="4">c</text></svg>';
    expect(mirrorAnchors(`${nested}<text x="5">d</text>`)).toBe(`${nested}<text x="5" text-anchor="end">d</text>`);
  });
  it('measure reading order from the right in Persian and from the left in English and Russian', () => {
    const fa = readingOrder({ lang: 'fa', width: 300 });
    expect([fa.rtl, fa.x(10), fa.anchor('start'), fa.anchor('end'), fa.anchor('middle')]).toEqual([true, 290, 'end', undefined, 'middle']);
    for (const lang of ['en', 'ru'] as const) {
      const o = readingOrder({ lang, width: 300 });
      expect([o.rtl, o.x(10), o.anchor('start'), o.anchor('end')]).toEqual([false, 10, undefined, 'end']);
    }
  });
  it('say the direction on the drawing, and the language on a stand-alone file', () => {
    const doc = (lang: 'en' | 'fa', theme: 'auto' | 'light') =>
      svgDocument({ id: 'x', width: 10, height: 10, title: 't', description: 'd', theme, body: '<text x="1">a</text>', lang }).svg;
    expect(doc('fa', 'auto')).toContain('direction="rtl"');
    expect(doc('fa', 'auto')).toContain('<text x="1" text-anchor="end">a</text>');
    expect(doc('fa', 'auto')).not.toContain('lang=');
    expect(doc('fa', 'light')).toContain('lang="fa"');
    expect(doc('fa', 'light')).toMatch(/font-family:\s*Vazirmatn/);
    expect(doc('en', 'light')).not.toMatch(/<svg[^>]* (direction|lang)=|Vazirmatn/);
  });
});
