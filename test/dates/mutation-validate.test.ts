// Tests written to kill surviving mutants (Stryker) in src/dates/refiners/validate.ts: whole
// mentions, so that a field filled when it must not be (an equivalent for a date without a year) or
// filled wrongly (the Hijri date of a Hijri mention) shows.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

describe('dates without a year', () => {
  it('carry no Gregorian or Hijri equivalent, with or without a weekday', () => {
    expect(findDates('يوم 3 مايو')).toEqual([
      { start: 4, end: 10, text: '3 مايو', calendar: 'gregorian', month: 5, day: 3, systems: ['transliterated'], flags: [] },
    ]);
    expect(findDates('الاثنين 27 رمضان')).toEqual([
      { start: 0, end: 16, text: 'الاثنين 27 رمضان', calendar: 'hijri', month: 9, day: 27, weekday: 1, systems: ['hijri'], flags: [] },
    ]);
  });

  it('a Hijri day past 30 is invalid even without a year', () => {
    expect(findDates('في 31 رمضان').map((m) => [m.day, m.flags])).toEqual([[31, ['invalidDate']]]);
    expect(findDates('في 30 رمضان').map((m) => [m.day, m.flags])).toEqual([[30, []]]);
  });
});

describe('full dates', () => {
  it('a Hijri mention carries itself as its Hijri date and the converted Gregorian one', () => {
    expect(findDates('في 5 شعبان 1445 هـ')).toEqual([
      {
        start: 3,
        end: 18,
        text: '5 شعبان 1445 هـ',
        calendar: 'hijri',
        year: 1445,
        month: 8,
        day: 5,
        systems: ['hijri'],
        gregorian: { year: 2024, month: 2, day: 15 },
        hijri: { year: 1445, month: 8, day: 5 },
        flags: [],
      },
    ]);
  });

  it('a leap day with its weekday', () => {
    expect(findDates('الخميس 29 فبراير 2024')).toEqual([
      {
        start: 0,
        end: 21,
        text: 'الخميس 29 فبراير 2024',
        calendar: 'gregorian',
        year: 2024,
        month: 2,
        day: 29,
        weekday: 4,
        systems: ['transliterated'],
        gregorian: { year: 2024, month: 2, day: 29 },
        hijri: { year: 1445, month: 8, day: 19 },
        flags: [],
      },
    ]);
  });

  it('a 30th of a 29-day Hijri month is kept, flagged, without equivalents; a numeric one is dropped', () => {
    expect(findDates('في 30 شعبان 1445')).toEqual([
      { start: 3, end: 16, text: '30 شعبان 1445', calendar: 'hijri', year: 1445, month: 8, day: 30, systems: ['hijri'], flags: ['invalidDate'] },
    ]);
    expect(findDates('في 30/8/1445هـ')).toEqual([]);
    expect(findDates('في 30/2/2024')).toEqual([]);
  });
});
