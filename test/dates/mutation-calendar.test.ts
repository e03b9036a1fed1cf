// Tests written to kill surviving mutants (Stryker) in src/dates/gregorian.ts and hijri.ts:
// calendar arithmetic checked against Date.UTC over a wide range, exact validity edges, and every
// option check of the Hijri conversions (including the caller-supplied month-start table).
import { describe, expect, test } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysInGregorianMonth,
  isLeapYear,
  isValidGregorian,
  weekdayOfDays,
} from '../../src/dates/gregorian.js';
import { gregorianToHijri, hijriToGregorian } from '../../src/dates/hijri.js';

const DAY = 86_400_000;

describe('Gregorian arithmetic against Date.UTC', () => {
  test('daysFromCivil and civilFromDays agree with Date.UTC on every 37th day from 1600 to 2400', () => {
    for (let t = Date.UTC(1600, 0, 1); t < Date.UTC(2400, 0, 1); t += 37 * DAY) {
      const d = new Date(t);
      const ymd = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const days = t / DAY;
      expect(daysFromCivil(ymd.year, ymd.month, ymd.day)).toBe(days);
      expect(civilFromDays(days)).toEqual(ymd);
      expect(weekdayOfDays(days)).toBe(d.getUTCDay());
    }
  });
  test('month ends and year ends around leap days', () => {
    for (const [y, m, d] of [[2024, 2, 29], [2024, 3, 1], [2023, 2, 28], [2000, 2, 29], [1900, 3, 1], [1999, 12, 31], [2000, 1, 1]] as const) {
      const days = Date.UTC(y, m - 1, d) / DAY;
      expect(daysFromCivil(y, m, d)).toBe(days);
      expect(civilFromDays(days)).toEqual({ year: y, month: m, day: d });
    }
  });
  test('the epoch is a Thursday; weekdays wrap for negative day numbers', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(weekdayOfDays(0)).toBe(4);
    expect(weekdayOfDays(-1)).toBe(3);
    expect(weekdayOfDays(-7)).toBe(4);
    expect(weekdayOfDays(3)).toBe(0);
  });
  test('leap years: every 4th, not every 100th, every 400th', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });
  test('month lengths; February without a year allows 29; month 0 and 13 have none', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInGregorianMonth(i + 1, 2023))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInGregorianMonth(2, 2024)).toBe(29);
    expect(daysInGregorianMonth(2)).toBe(29);
    expect(daysInGregorianMonth(0)).toBe(0);
    expect(daysInGregorianMonth(13)).toBe(0);
  });
  test('validity edges', () => {
    expect(isValidGregorian({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidGregorian({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 12, day: 31 })).toBe(true);
    expect(isValidGregorian({ year: 2023, month: 1, day: 1 })).toBe(true);
    expect(isValidGregorian({ year: 2023, month: 0, day: 1 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 13, day: 1 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 1, day: 0 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 1, day: 32 })).toBe(false);
    expect(isValidGregorian({ year: 2023.5, month: 1, day: 1 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 1.5, day: 1 })).toBe(false);
    expect(isValidGregorian({ year: 2023, month: 1, day: 1.5 })).toBe(false);
  });
});

describe('Hijri conversion options', () => {
  const date = { year: 1445, month: 9, day: 1 };
  test('known Umm al-Qura dates both ways', () => {
    expect(hijriToGregorian(date)).toEqual({ year: 2024, month: 3, day: 11 });
    expect(gregorianToHijri({ year: 2024, month: 3, day: 11 })).toEqual(date);
    expect(hijriToGregorian({ year: 1445, month: 5, day: 16 })).toEqual({ year: 2023, month: 11, day: 30 });
    expect(hijriToGregorian({ year: 1445, month: 9, day: 30 })).toEqual({ year: 2024, month: 4, day: 9 });
  });
  test('invalid Hijri parts give undefined', () => {
    for (const bad of [{ ...date, month: 0 }, { ...date, month: 13 }, { ...date, day: 0 }, { ...date, day: 31 }, { ...date, year: 1445.5 }]) {
      expect(hijriToGregorian(bad)).toBeUndefined();
    }
  });
  test('the civil calendar differs from Umm al-Qura where the spec says', () => {
    expect(gregorianToHijri({ year: 2023, month: 11, day: 30 }, { hijriCalendar: 'islamic-civil' })).toEqual({ year: 1445, month: 5, day: 17 });
    expect(gregorianToHijri({ year: 2023, month: 11, day: 30 }, {})).toEqual({ year: 1445, month: 5, day: 16 });
  });
  test('bad options throw, naming the function and the option', () => {
    expect(() => hijriToGregorian(date, null as never)).toThrow(/hijriToGregorian: options must be an object, received null/u);
    expect(() => gregorianToHijri({ year: 2024, month: 3, day: 11 }, 'x' as never)).toThrow(TypeError);
    expect(() => hijriToGregorian(date, { hijriCalendar: 'islamic' as never })).toThrow(/options.hijriCalendar/u);
    expect(() => hijriToGregorian(date, { hijriCalendar: 'toString' as never })).toThrow(RangeError);
    expect(() => hijriToGregorian(null as never)).toThrow(/hijriToGregorian: expected a \{ year, month, day \} object, received null/u);
  });
  test('invalid Gregorian dates and years out of range are RangeErrors', () => {
    expect(() => gregorianToHijri({ year: 2023, month: 2, day: 29 })).toThrow(/not a valid Gregorian date: 2023-2-29/u);
    expect(() => gregorianToHijri({ year: 300_000, month: 1, day: 1 })).toThrow(/year out of range/u);
  });

  describe('a caller-supplied month-start table', () => {
    // Ramadan 1445 starting a day later than Umm al-Qura (as in Morocco), then Shawwal.
    const monthStarts = { year: 1445, month: 9, starts: ['2024-03-12', '2024-04-10', '2024-05-09'] };
    test('overrides the calendar inside the table, both ways', () => {
      expect(hijriToGregorian({ year: 1445, month: 9, day: 1 }, { monthStarts })).toEqual({ year: 2024, month: 3, day: 12 });
      expect(hijriToGregorian({ year: 1445, month: 9, day: 29 }, { monthStarts })).toEqual({ year: 2024, month: 4, day: 9 });
      expect(hijriToGregorian({ year: 1445, month: 9, day: 30 }, { monthStarts })).toBeUndefined();
      expect(hijriToGregorian({ year: 1445, month: 10, day: 1 }, { monthStarts })).toEqual({ year: 2024, month: 4, day: 10 });
      expect(gregorianToHijri({ year: 2024, month: 3, day: 12 }, { monthStarts })).toEqual({ year: 1445, month: 9, day: 1 });
      expect(gregorianToHijri({ year: 2024, month: 4, day: 9 }, { monthStarts })).toEqual({ year: 1445, month: 9, day: 29 });
      expect(gregorianToHijri({ year: 2024, month: 4, day: 10 }, { monthStarts })).toEqual({ year: 1445, month: 10, day: 1 });
      expect(gregorianToHijri({ year: 2024, month: 5, day: 8 }, { monthStarts })).toEqual({ year: 1445, month: 10, day: 29 });
    });
    test('falls back to the calendar outside the table', () => {
      expect(gregorianToHijri({ year: 2024, month: 3, day: 11 }, { monthStarts })).toEqual({ year: 1445, month: 9, day: 1 });
      expect(gregorianToHijri({ year: 2024, month: 5, day: 9 }, { monthStarts })).toEqual(gregorianToHijri({ year: 2024, month: 5, day: 9 }));
      expect(hijriToGregorian({ year: 1445, month: 8, day: 1 }, { monthStarts })).toEqual(hijriToGregorian({ year: 1445, month: 8, day: 1 }));
    });
    test('a table crossing the year end numbers months into the next year', () => {
      const table = { year: 1445, month: 12, starts: ['2024-06-07', '2024-07-07', '2024-08-05'] };
      expect(gregorianToHijri({ year: 2024, month: 7, day: 7 }, { monthStarts: table })).toEqual({ year: 1446, month: 1, day: 1 });
      expect(hijriToGregorian({ year: 1446, month: 1, day: 2 }, { monthStarts: table })).toEqual({ year: 2024, month: 7, day: 8 });
    });
    test('a table with a single start covers nothing', () => {
      const one = { year: 1445, month: 9, starts: ['2024-03-12'] };
      expect(gregorianToHijri({ year: 2024, month: 3, day: 12 }, { monthStarts: one })).toEqual(gregorianToHijri({ year: 2024, month: 3, day: 12 }));
    });
    test('malformed tables and entries are rejected', () => {
      expect(() => hijriToGregorian(date, { monthStarts: { year: 1445, month: 13, starts: [] } })).toThrow(/options.monthStarts must be/u);
      expect(() => hijriToGregorian(date, { monthStarts: { year: 1445, month: 0, starts: [] } })).toThrow(TypeError);
      expect(() => hijriToGregorian(date, { monthStarts: { year: 1445.5, month: 9, starts: [] } })).toThrow(TypeError);
      expect(() => hijriToGregorian(date, { monthStarts: { year: 1445, month: 9, starts: 'x' } as never })).toThrow(TypeError);
      expect(() => hijriToGregorian(date, { monthStarts: null as never })).toThrow(TypeError);
      for (const entry of ['2024/03/12', '2024-3-12', '2024-02-30', '2024-03-1x', '20240312']) {
        expect(() => gregorianToHijri({ year: 2024, month: 3, day: 20 }, { monthStarts: { year: 1445, month: 9, starts: [entry, '2024-04-10'] } })).toThrow(/YYYY-MM-DD/u);
      }
    });
  });
});
