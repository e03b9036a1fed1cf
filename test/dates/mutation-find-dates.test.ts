// Tests written to kill surviving mutants (Stryker) in src/dates/find-dates.ts: the exact option
// errors, and how spans found in the normalized text are mapped back to the input.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

describe('findDates option errors name the function', () => {
  it('for the calendar, the option object and the Libyan switch', () => {
    expect(() => findDates('في 3 مايو 2022', { hijriCalendar: 'islamic' as never })).toThrow(
      new RangeError("findDates: options.hijriCalendar must be 'islamic-umalqura', 'islamic-civil' or 'islamic-tbla', received islamic"),
    );
    expect(() => findDates('في 3 مايو 2022', 5 as never)).toThrow(new TypeError('findDates: options must be an object, received number'));
    expect(() => findDates('في 3 مايو 2022', { libyan: 1 as never })).toThrow(new TypeError('findDates: options.libyan must be a boolean, received number'));
    expect(() => findDates('', { monthStarts: { year: 1445, month: 13, starts: [] } })).toThrow(
      new TypeError('findDates: options.monthStarts must be { year, month (1-12), starts: string[] }'),
    );
  });
});

describe('spans mapped back to the input', () => {
  it('leave out the invisible marks the normalizer dropped after a mention', () => {
    const [m] = findDates('في 3 مايو 2022\u200f\u200f. وقال');
    expect([m?.start, m?.end, m?.text]).toEqual([3, 14, '3 مايو 2022']);
  });

  it('leave them out of the linked span as well', () => {
    const [h, g] = findDates('ذكرى 1 رمضان 1445\u200f الموافق 11 مارس 2024\u200f');
    expect([h?.text, g?.text]).toEqual(['1 رمضان 1445', '11 مارس 2024']);
    expect(h?.linked).toEqual({ start: 27, end: 39 });
    expect(g?.linked).toEqual({ start: 5, end: 17 });
  });

  it('keep a tatweel that stretches the end of the name', () => {
    const [m] = findDates('في مايوـــ الماضي');
    expect([m?.start, m?.end, m?.text]).toEqual([3, 10, 'مايوـــ']);
  });
});

describe('what one mention leaves to the next', () => {
  it('a kept mention keeps its digits: «كانون 1 كانون 2 شباط» is three months without days', () => {
    expect(findDates('أشهر الشتاء: كانون 1 كانون 2 شباط').map((m) => [m.text, m.month, m.day])).toEqual([
      ['كانون 1', 12, undefined],
      ['كانون 2', 1, undefined],
      ['شباط', 2, undefined],
    ]);
  });

  it('an unsupported Libyan name leaves its words to the next date: «الفاتح من سبتمبر» is the 1st', () => {
    const libyan = { libyan: true };
    expect(findDates('ذكرى ثورة الفاتح من سبتمبر 1969', libyan).map((m) => [m.text, m.year, m.month, m.day])).toEqual([
      ['الفاتح من سبتمبر 1969', 1969, 9, 1],
    ]);
    expect(findDates('صدر القانون في 1 الفاتح 1377 و.ر', libyan).map((m) => [m.text, m.year, m.month, m.day])).toEqual([
      ['1 الفاتح 1377 و.ر', 2009, 9, 1],
    ]);
  });
});

describe('a mention holds only the fields that are set', () => {
  it('no key at all for a missing year, day, weekday, equivalent or link', () => {
    const [m] = findDates('منذ مارس الماضي');
    expect(m).toStrictEqual({ start: 4, end: 8, text: 'مارس', calendar: 'gregorian', month: 3, systems: ['transliterated'], flags: [] });
    expect(Object.keys(m ?? {})).toEqual(['start', 'end', 'text', 'calendar', 'month', 'systems', 'flags']);
  });

  it('every key, in order, for a full linked date with a weekday', () => {
    const [h, g] = findDates('الاثنين 1 رمضان 1445 الموافق 11 مارس 2024');
    expect(Object.keys(h ?? {})).toEqual(['start', 'end', 'text', 'calendar', 'year', 'month', 'day', 'weekday', 'systems', 'gregorian', 'hijri', 'flags', 'linked', 'linkedOffset']);
    expect(Object.keys(g ?? {})).toEqual(['start', 'end', 'text', 'calendar', 'year', 'month', 'day', 'systems', 'gregorian', 'hijri', 'flags', 'linked', 'linkedOffset']);
    expect([h?.weekday, h?.linkedOffset, g?.linked]).toEqual([1, 0, { start: 0, end: 20 }]);
  });
});
