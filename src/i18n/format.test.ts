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

describe('formats in Persian', () => {
  const fa = formats('fa');
  const marks = /[\u200e\u200f\u061c\u2066-\u2069]/;

  it('write Persian digits and separators, with no invisible direction marks', () => {
    expect(fa.number(1234567.5)).toBe('۱٬۲۳۴٬۵۶۷٫۵');
    expect(fa.number(-12)).toBe('−۱۲');
    expect(fa.number(2025, { useGrouping: false })).toBe('۲۰۲۵');
    for (const text of [fa.number(-1234.5), fa.languageName('en'), fa.date(new Date('2025-01-17T00:00:00Z'))])
      expect(text).not.toMatch(marks);
    expect(fa.number(0.25, { style: 'percent' })).toBe('۲۵٪');
  });

  it('give a day from 1304 (21 March 1925) in the Solar Hijri calendar with the Gregorian beside it, computed by Intl', () => {
    expect(fa.date(new Date('2025-01-17T00:00:00Z'))).toBe('۲۸ دی ۱۴۰۳ (۱۷ ژانویهٔ ۲۰۲۵)');
    expect(fa.date(new Date('1925-03-21T00:00:00Z'))).toBe('۱ فروردین ۱۳۰۴ (۲۱ مارس ۱۹۲۵)');
    expect(fa.partialDate('2015-09-30')).toBe('۸ مهر ۱۳۹۴ (۳۰ سپتامبر ۲۰۱۵)');
    expect(fa.gregorianDate(new Date('2025-01-17T00:00:00Z'))).toBe('۱۷ ژانویهٔ ۲۰۲۵');
  });

  it('give earlier days, months and years in the Gregorian calendar only, as the chapters state', () => {
    expect(fa.date(new Date('1925-03-20T00:00:00Z'))).toBe('۲۰ مارس ۱۹۲۵');
    expect(fa.partialDate('1828-02-21')).toBe('۲۱ فوریهٔ ۱۸۲۸');
    expect(fa.partialDate('1722-07')).toBe('ژوئیهٔ ۱۷۲۲');
    expect(fa.partialDate('2025-05')).toBe('مهٔ ۲۰۲۵');
    expect(fa.partialDate('1813')).toBe('۱۸۱۳');
  });

  it('use the Gregorian calendar for Russian and English whatever Intl defaults to', () => {
    expect(formats('ru').partialDate('2025-01-17')).toBe('17 января 2025 г.');
    expect(formats('en').partialDate('2025-01')).toBe('January 2025');
  });
});
