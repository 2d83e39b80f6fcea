import { describe, expect, it } from 'vitest';
import { datesInBothCalendars, datesInBothCalendarsDeep } from './dates-in-text.ts';

describe('dates in running Persian text', () => {
  it('write each full Gregorian day from 1925 on in both calendars, Solar Hijri first', () => {
    expect(datesInBothCalendars('پیمان در ۱۷ ژانویهٔ ۲۰۲۵ امضا شد.', 'fa')).toBe('پیمان در ۲۸ دی ۱۴۰۳ (۱۷ ژانویهٔ ۲۰۲۵) امضا شد.');
    expect(datesInBothCalendars('۳۰ سپتامبر ۲۰۱۵، ۸ دسامبر ۲۰۲۴', 'fa')).toBe('۸ مهر ۱۳۹۴ (۳۰ سپتامبر ۲۰۱۵)، ۱۸ آذر ۱۴۰۳ (۸ دسامبر ۲۰۲۴)');
  });

  it('leave earlier days, months, years, impossible days and other languages as written', () => {
    for (const text of ['در ۲۱ فوریهٔ ۱۸۲۸ امضا شد', 'در ژوئیهٔ ۱۷۲۲', 'در سال ۲۰۲۵', '۳۱ فوریهٔ ۲۰۲۵', '۱۲۳ ژانویهٔ ۲۰۲۵'])
      expect(datesInBothCalendars(text, 'fa')).toBe(text);
    expect(datesInBothCalendars('۱۷ ژانویهٔ ۲۰۲۵', 'ru')).toBe('۱۷ ژانویهٔ ۲۰۲۵');
  });

  it('do not add the Solar Hijri date twice', () => {
    const once = datesInBothCalendars('۱۷ ژانویهٔ ۲۰۲۵', 'fa');
    expect(datesInBothCalendars(once, 'fa')).toBe(once);
  });

  it('reach every string of an edition record', () => {
    expect(datesInBothCalendarsDeep({ a: ['۱۷ ژانویهٔ ۲۰۲۵'], b: { c: 'x' }, n: 3 }, 'fa')).toEqual({
      a: ['۲۸ دی ۱۴۰۳ (۱۷ ژانویهٔ ۲۰۲۵)'],
      b: { c: 'x' },
      n: 3,
    });
  });
});
