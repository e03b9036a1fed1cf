// Tests written to kill surviving mutants (Stryker) in src/dates/parsers/day.ts: what may be glued
// before a day number, numbers that are not days, «شهر» and «من» between the day and the month,
// and the ordinal words.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { readDayBefore } from '../../src/dates/parsers/day.js';

/** [text, month, day] of each mention. */
function days(text: string): [string, number, number | null][] {
  return findDates(text).map((m) => [m.text, m.month, m.day ?? null]);
}

describe('digits glued to a word', () => {
  it('«وال12» and «بال15» keep the article and its proclitic in the mention', () => {
    expect(days('وال12 يناير')).toEqual([['وال12 يناير', 1, 12]]);
    expect(days('منذ بال15 من يناير')).toEqual([['بال15 من يناير', 1, 15]]);
  });

  it('a one-letter proclitic is left out of the mention', () => {
    expect(days('ك5 يناير')).toEqual([['5 يناير', 1, 5]]);
  });
});

describe('numbers that are not days', () => {
  it('32 is too large, 31 is a day', () => {
    expect(days('العدد 32 يناير')).toEqual([['يناير', 1, null]]);
    expect(days('في 31 يناير')).toEqual([['31 يناير', 1, 31]]);
  });

  it('three digits are no day, even with leading zeros; two are', () => {
    expect(days('صدر العدد 005 يناير 2020')).toEqual([['يناير 2020', 1, null]]);
    expect(days('في 05 يناير 2020')).toEqual([['05 يناير 2020', 1, 5]]);
  });

  it('a time at the very start of the text', () => {
    expect(days('1:30 يناير')).toEqual([['يناير', 1, null]]);
    expect(days('الساعة 1:30 يناير')).toEqual([['يناير', 1, null]]);
  });

  it('decimals with a comma', () => {
    expect(days('النسبة 1,5 يناير')).toEqual([['يناير', 1, null]]);
  });

  it('decimals with the Arabic decimal and thousands separators (read before normalization)', () => {
    const at = (s: string): ReturnType<typeof readDayBefore> => readDayBefore(s, s.indexOf('يناير'), 0);
    expect(at('1٫5 يناير')).toBeUndefined();
    expect(at('1٬5 يناير')).toBeUndefined();
    expect(at('1-5 يناير')).toEqual({ start: 2, day: 5, monthWord: false });
  });
});

describe('«شهر» between the day and the month', () => {
  it('digits and «غرة» may stand before it, an ordinal only with «من»', () => {
    expect(days('في 5 شهر مايو')).toEqual([['5 شهر مايو', 5, 5]]);
    expect(days('غرة شهر مايو')).toEqual([['غرة شهر مايو', 5, 1]]);
    expect(days('الخامس شهر مايو')).toEqual([['مايو', 5, null]]);
    expect(days('في الثاني والعشرين من شهر مايو')).toEqual([['الثاني والعشرين من شهر مايو', 5, 22]]);
    expect(days('الفاتح من شهر سبتمبر')).toEqual([['الفاتح من شهر سبتمبر', 9, 1]]);
  });
});

describe('ordinal words', () => {
  it('«غرة» also with «من»; ordinals with and without the article or «من»', () => {
    expect(days('في غرة من رمضان')).toEqual([['غرة من رمضان', 9, 1]]);
    expect(days('حتى العاشر محرم')).toEqual([['العاشر محرم', 1, 10]]);
    expect(days('عاشر محرم')).toEqual([['عاشر محرم', 1, 10]]);
    expect(days('أول مايو')).toEqual([['أول مايو', 5, 1]]);
  });

  it('a proclitic on an ordinal with the article is left out', () => {
    expect(days('بالعاشر من محرم')).toEqual([['العاشر من محرم', 1, 10]]);
  });
});
