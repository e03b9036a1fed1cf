import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriToGregorian, type HijriMonthTable, type YMD } from '../../src/index.js';
import { REDUCED_RUNS } from '../runs.js';
import { civilFromDays, daysFromCivil, daysInGregorianMonth, isLeapYear, isValidGregorian, weekdayOfDays } from '../../src/dates/gregorian.js';

describe('Hijri conversion (Umm al-Qura through Intl)', () => {
  it.each([
    [{ year: 1445, month: 9, day: 1 }, { year: 2024, month: 3, day: 11 }],
    [{ year: 1445, month: 5, day: 16 }, { year: 2023, month: 11, day: 30 }],
    [{ year: 1446, month: 6, day: 1 }, { year: 2024, month: 12, day: 2 }],
    [{ year: 1444, month: 10, day: 1 }, { year: 2023, month: 4, day: 21 }],
    [{ year: 1429, month: 9, day: 1 }, { year: 2008, month: 9, day: 1 }],
  ])('%o = %o', (h, g) => {
    expect(hijriToGregorian(h)).toEqual(g);
    expect(gregorianToHijri(g)).toEqual(h);
  });

  it('round-trips every day of 1300–1600 AH and knows the month lengths', () => {
    // Mutation runs take every 10th year: each surviving mutant would otherwise pay for 106,000 days.
    const stride = REDUCED_RUNS ? 10 : 1;
    let days = 0;
    let previous: number | undefined;
    for (let year = 1300; year <= 1600; year += stride) {
      if (stride > 1) previous = undefined; // consecutive years only
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 30; day++) {
          const h: YMD = { year, month, day };
          const g = hijriToGregorian(h);
          if (g === undefined) {
            expect(day).toBe(30);
            continue;
          }
          const n = daysFromCivil(g.year, g.month, g.day);
          if (previous !== undefined) expect(n).toBe(previous + 1);
          previous = n;
          expect(gregorianToHijri(g)).toEqual(h);
          days++;
        }
      }
    }
    expect(days).toBeGreaterThan(stride === 1 ? 106_000 : 10_900);
  }, 60_000);

  it('returns undefined for dates that do not exist', () => {
    expect(hijriToGregorian({ year: 1444, month: 9, day: 30 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1445, month: 13, day: 1 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1445, month: 0, day: 1 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1445, month: 1, day: 0 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1445, month: 1, day: 31 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1445.5, month: 1, day: 1 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1e9, month: 1, day: 1 })).toBeUndefined();
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env['TZ'];
    process.env['TZ'] = 'America/New_York';
    try {
      expect(gregorianToHijri({ year: 2024, month: 3, day: 11 })).toEqual({ year: 1445, month: 9, day: 1 });
      expect(hijriToGregorian({ year: 1445, month: 9, day: 1 })).toEqual({ year: 2024, month: 3, day: 11 });
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('offers the tabular calendars', () => {
    expect(gregorianToHijri({ year: 2023, month: 11, day: 30 }, { hijriCalendar: 'islamic-civil' })).toEqual({ year: 1445, month: 5, day: 17 });
    expect(gregorianToHijri({ year: 2023, month: 11, day: 30 }, { hijriCalendar: 'islamic-tbla' })).toEqual({ year: 1445, month: 5, day: 18 });
    expect(hijriToGregorian({ year: 1445, month: 5, day: 18 }, { hijriCalendar: 'islamic-tbla' })).toEqual({ year: 2023, month: 11, day: 30 });
    expect(hijriToGregorian({ year: 1, month: 1, day: 1 }, { hijriCalendar: 'islamic-civil' })).toEqual({ year: 622, month: 7, day: 19 });
    expect(gregorianToHijri({ year: 622, month: 7, day: 19 }, { hijriCalendar: 'islamic-civil' })).toEqual({ year: 1, month: 1, day: 1 });
  });

  it('uses a caller-supplied month-start table where it covers the date', () => {
    const table: HijriMonthTable = { year: 1445, month: 12, starts: ['2024-06-07', '2024-07-07', '2024-08-06'] };
    expect(hijriToGregorian({ year: 1445, month: 12, day: 1 }, { monthStarts: table })).toEqual({ year: 2024, month: 6, day: 7 });
    expect(hijriToGregorian({ year: 1446, month: 1, day: 30 }, { monthStarts: table })).toEqual({ year: 2024, month: 8, day: 5 });
    expect(hijriToGregorian({ year: 1445, month: 12, day: 30 }, { monthStarts: table })).toEqual({ year: 2024, month: 7, day: 6 });
    // Outside the table: the calendar (Umm al-Qura) answers.
    expect(hijriToGregorian({ year: 1446, month: 2, day: 1 }, { monthStarts: table })).toEqual({ year: 2024, month: 8, day: 5 });
    expect(gregorianToHijri({ year: 2024, month: 7, day: 6 }, { monthStarts: table })).toEqual({ year: 1445, month: 12, day: 30 });
    expect(gregorianToHijri({ year: 2024, month: 7, day: 7 }, { monthStarts: table })).toEqual({ year: 1446, month: 1, day: 1 });
    expect(gregorianToHijri({ year: 2024, month: 8, day: 5 }, { monthStarts: table })).toEqual({ year: 1446, month: 1, day: 30 });
    expect(gregorianToHijri({ year: 2024, month: 8, day: 6 }, { monthStarts: table })).toEqual({ year: 1446, month: 2, day: 2 });
    expect(gregorianToHijri({ year: 2024, month: 6, day: 6 }, { monthStarts: table })).toEqual({ year: 1445, month: 11, day: 29 });
    const short: HijriMonthTable = { year: 1445, month: 9, starts: ['2024-03-12', '2024-04-10'] };
    expect(hijriToGregorian({ year: 1445, month: 9, day: 30 }, { monthStarts: short })).toBeUndefined();
    const empty: HijriMonthTable = { year: 1445, month: 9, starts: ['2024-03-12'] };
    expect(gregorianToHijri({ year: 2024, month: 3, day: 12 }, { monthStarts: empty })).toEqual({ year: 1445, month: 9, day: 2 });
  });

  it('rejects bad arguments with errors that name them', () => {
    expect(() => hijriToGregorian(null as unknown as YMD)).toThrow(/hijriToGregorian: .*received null/);
    expect(() => gregorianToHijri('2024-01-01' as unknown as YMD)).toThrow(/gregorianToHijri: .*received string/);
    expect(() => gregorianToHijri({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => gregorianToHijri({ year: 900_000, month: 1, day: 1 })).toThrow(/out of range/);
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, { hijriCalendar: 'islamic-rgsa' as never })).toThrow(/hijriCalendar/);
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, 'civil' as never)).toThrow(/options must be an object/);
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, null as never)).toThrow(/received null/);
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, { monthStarts: { year: 1445, month: 13, starts: [] } })).toThrow(/monthStarts/);
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, { monthStarts: null as never })).toThrow(/monthStarts/);
    const bad: HijriMonthTable = { year: 1445, month: 1, starts: ['2023-07-19', 'tomorrow'] };
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, { monthStarts: bad })).toThrow(/YYYY-MM-DD/);
    const invalid: HijriMonthTable = { year: 1445, month: 1, starts: ['2023-02-30', '2023-03-30'] };
    expect(() => hijriToGregorian({ year: 1445, month: 1, day: 1 }, { monthStarts: invalid })).toThrow(RangeError);
  });
});

describe('Gregorian arithmetic', () => {
  it('converts day numbers both ways, leap years included', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(daysFromCivil(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(daysFromCivil(-44, 3, 15))).toEqual({ year: -44, month: 3, day: 15 });
    expect(weekdayOfDays(daysFromCivil(2023, 11, 30))).toBe(4);
    expect(weekdayOfDays(-1)).toBe(3);
    expect([isLeapYear(1900), isLeapYear(2000), isLeapYear(2024), isLeapYear(2023)]).toEqual([false, true, true, false]);
    expect([daysInGregorianMonth(2), daysInGregorianMonth(2, 2023), daysInGregorianMonth(4), daysInGregorianMonth(13)]).toEqual([29, 28, 30, 0]);
    expect(isValidGregorian({ year: 2023, month: 4, day: 31 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 4, day: 30 })).toBe(true);
    expect(isValidGregorian({ year: 2023, month: 0, day: 1 })).toBe(false);
  });
});
