import { describe, expect, it } from 'vitest';
import { formats, isoDate } from './format.ts';
import { languages } from './languages.ts';

describe('formats', () => {
  const en = formats('en');

  it('write English dates in house style, as the site always has', () => {
    expect(en.date(new Date('2025-01-17T00:00:00Z'))).toBe('17 January 2025');
    expect(en.date(new Date('2026-07-01T23:30:00Z'))).toBe('1 July 2026');
    expect(en.partialDate('2025-01-17')).toBe('17 January 2025');
    expect(en.partialDate('1722-07')).toBe('July 1722');
    expect(en.partialDate('1813')).toBe('1813');
    expect(en.partialDate('0800')).toBe('800');
    expect(isoDate(new Date('2025-01-17T00:00:00Z'))).toBe('2025-01-17');
  });

  it('write numbers, plurals and language names in the language', () => {
    expect(en.number(1234567)).toBe('1,234,567');
    expect(en.number(2.25, { maximumFractionDigits: 1 })).toBe('2.3');
    expect([
      en.plural(1, { one: 'a', other: 'b' }),
      en.plural(0, { one: 'a', other: 'b' }),
      en.plural(2, { one: 'a', other: 'b' }),
    ]).toEqual(['a', 'b', 'b']);
    expect([en.languageName('ru'), en.languageName('fa'), en.languageName('pt')]).toEqual(['Russian', 'Persian', 'Portuguese']);
  });

  it('write a full partial date as the date itself, and refuse a plural without the form it needs', () => {
    for (const lang of languages) {
      const f = formats(lang);
      expect(f.partialDate('2025-01-01')).toBe(f.date(new Date('2025-01-01T00:00:00Z')));
      expect(() => f.plural(2, { one: 'x' } as never)).toThrow(/no "(other|few)" form/);
    }
  });
});
