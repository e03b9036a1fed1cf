// Tests written to kill surviving mutants (Stryker) in src/dates/parsers/numeric-date.ts,
// english-date.ts and weekday.ts: the year ranges of numeric dates, version numbers at the very
// start of a text, English datelines with and without a day, and the words between a weekday and
// its date.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

/** [text, calendar, year, month, day, weekday, flags] of each mention. */
function core(text: string): [string, string, number | null, number, number | null, number | null, readonly string[]][] {
  return findDates(text).map((m) => [m.text, m.calendar, m.year ?? null, m.month, m.day ?? null, m.weekday ?? null, m.flags]);
}

describe('numeric dates', () => {
  it('are read from the start of a digit run only, never from inside a longer number', () => {
    expect(core('الرقم 123/05/2020 في السجل')).toEqual([]);
    expect(core('الرقم 103/05/2020 في السجل')).toEqual([]);
    expect(core('صدر في 23/05/2020')).toEqual([['23/05/2020', 'gregorian', 2020, 5, 23, null, []]]);
  });
  it('a year from 1300 to 1500 with no era is inferred Hijri', () => {
    expect(core('في 1/1/1300')).toEqual([['1/1/1300', 'hijri', 1300, 1, 1, null, ['inferredCalendar']]]);
    expect(core('في 1/1/1500')).toEqual([['1/1/1500', 'hijri', 1500, 1, 1, null, ['inferredCalendar']]]);
    expect(core('في 1/1/1299')).toEqual([['1/1/1299', 'gregorian', 1299, 1, 1, null, []]]);
    expect(core('في 1/1/1501')).toEqual([['1/1/1501', 'gregorian', 1501, 1, 1, null, []]]);
  });

  it('a Gregorian year from 1000 to 2199', () => {
    expect(core('في 1/1/1000')).toEqual([['1/1/1000', 'gregorian', 1000, 1, 1, null, []]]);
    expect(core('في 1/1/2199')).toEqual([['1/1/2199', 'gregorian', 2199, 1, 1, null, []]]);
    expect(findDates('في 1/1/2200')).toEqual([]);
  });

  it('a Hijri era needs a year from 1000 to 1700', () => {
    expect(findDates('12/5/0999هـ')).toEqual([]);
    expect(findDates('في 1/5/2012 هـ')).toEqual([]);
  });

  it('year first, with a one-digit day and an era', () => {
    expect(core('في 2012/05/1 م')).toEqual([['2012/05/1 م', 'gregorian', 2012, 5, 1, null, []]]);
  });

  it('a version number at the very start of the text is no date', () => {
    expect(findDates('1.2.5.2012')).toEqual([]);
    expect(core('1-2-2012')).toEqual([['1-2-2012', 'gregorian', 2012, 2, 1, null, []]]);
  });

  it('two dates in a row', () => {
    expect(core('من 1.5.2012 إلى 3.5.2012')).toEqual([
      ['1.5.2012', 'gregorian', 2012, 5, 1, null, []],
      ['3.5.2012', 'gregorian', 2012, 5, 3, null, []],
    ]);
  });
});

describe('English datelines', () => {
  it('a day with a leading zero after the month', () => {
    expect(core('Updated: November 05, 2023')).toEqual([['November 05, 2023', 'gregorian', 2023, 11, 5, null, []]]);
  });

  it('a day glued to the month is not read', () => {
    expect(findDates('Nov30 2023')).toEqual([]);
  });

  it('ordinal suffixes in any case, before or after the month', () => {
    expect(core('November 3rd, 2021')).toEqual([['November 3rd, 2021', 'gregorian', 2021, 11, 3, null, []]]);
    expect(core('30TH November 2023')).toEqual([['30TH November 2023', 'gregorian', 2023, 11, 30, null, []]]);
  });

  it('a year past 2199 or before 1000 is no year', () => {
    expect(findDates('November 30, 2300')).toEqual([]);
    expect(findDates('May 5, 0999')).toEqual([]);
  });

  it('a number before the month that is no day is left out', () => {
    expect(core('130 November 2023')).toEqual([['November 2023', 'gregorian', 2023, 11, null, null, []]]);
    expect(core('32 November 2023')).toEqual([['November 2023', 'gregorian', 2023, 11, null, null, []]]);
    expect(core('0 November 2023')).toEqual([['November 2023', 'gregorian', 2023, 11, null, null, []]]);
    expect(core('1st November 2023')).toEqual([['1st November 2023', 'gregorian', 2023, 11, 1, null, []]]);
    expect(core('31 December 2023')).toEqual([['31 December 2023', 'gregorian', 2023, 12, 31, null, []]]);
    expect(core('Nov 2023, 5')).toEqual([['Nov 2023', 'gregorian', 2023, 11, null, null, []]]);
  });
});

describe('weekdays', () => {
  it('through at most two linking words', () => {
    expect(core('الاثنين أي ل 6 مايو 2024')).toEqual([['الاثنين أي ل 6 مايو 2024', 'gregorian', 2024, 5, 6, 1, []]]);
    expect(core('الاثنين الموافق أي ل 6 مايو 2024')).toEqual([['6 مايو 2024', 'gregorian', 2024, 5, 6, null, []]]);
  });

  it('before a Hijri numeric date, checked against it', () => {
    expect(core('الأحد 1/1/1440 هـ')).toEqual([['الأحد 1/1/1440 هـ', 'hijri', 1440, 1, 1, 0, ['weekdayMismatch(2)']]]);
  });
});
