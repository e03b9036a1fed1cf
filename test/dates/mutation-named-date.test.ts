// Tests written to kill surviving mutants (Stryker) in src/dates/parsers/named-date.ts: pairs with
// every dash, dates written around a month between separators, the year limits of each calendar,
// and the words before a name with a proclitic.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

/** The comparable core of each mention, with its flags. */
function core(text: string, options?: Parameters<typeof findDates>[1]): [string, string, number | null, number, number | null, readonly string[]][] {
  return findDates(text, options).map((m) => [m.text, m.calendar, m.year ?? null, m.month, m.day ?? null, m.flags]);
}

describe('paired names', () => {
  it('pair the same month across an en dash or an em dash, with or without spaces', () => {
    expect(core('في 3 أيار – مايو 2021')).toEqual([['3 أيار – مايو 2021', 'gregorian', 2021, 5, 3, ['paired']]]);
    expect(core('في 3 أيار—مايو 2021')).toEqual([['3 أيار—مايو 2021', 'gregorian', 2021, 5, 3, ['paired']]]);
  });
});

describe('a Hijri and a Gregorian month of the same number', () => {
  it('are never one paired name: two mentions, linked', () => {
    expect(findDates('في محرم/يناير 2024').map((m) => [m.text, m.calendar, m.month, m.flags, m.linked])).toEqual([
      ['محرم', 'hijri', 1, [], { start: 8, end: 18 }],
      ['يناير 2024', 'gregorian', 1, [], { start: 3, end: 7 }],
    ]);
    expect(findDates('في يناير/محرم 1445').map((m) => [m.text, m.calendar, m.year, m.month])).toEqual([
      ['يناير', 'gregorian', undefined, 1],
      ['محرم 1445', 'hijri', 1445, 1],
    ]);
  });
});

describe('a month between two separators', () => {
  it('reads slashes and spaced dashes, with an era', () => {
    expect(core('في 21/سبتمبر/2012')).toEqual([['21/سبتمبر/2012', 'gregorian', 2012, 9, 21, []]]);
    expect(core('في 21 - سبتمبر - 2012 م')).toEqual([['21 - سبتمبر - 2012 م', 'gregorian', 2012, 9, 21, []]]);
  });

  it('keeps a Hijri year up to 1700 on a Hijri month, and flags a later one', () => {
    expect(core('في 9 / محرم / 1444 هـ')).toEqual([['9 / محرم / 1444 هـ', 'hijri', 1444, 1, 9, []]]);
    expect(core('في 9 / محرم / 1700')).toEqual([['9 / محرم / 1700', 'hijri', 1700, 1, 9, []]]);
    expect(core('في 9 / محرم / 1701')).toEqual([['9 / محرم / 1701', 'hijri', null, 1, 9, ['gregorianYear']]]);
  });

  it('needs one or two digits for the day, not after another separator, and not day 0', () => {
    expect(core('الرقم 123-يناير-2020')).toEqual([['يناير', 'gregorian', null, 1, null, []]]);
    expect(core('الرقم 1-3-يناير-2020')).toEqual([['يناير', 'gregorian', null, 1, null, []]]);
    expect(core('الرقم 0-يناير-2020')).toEqual([['يناير', 'gregorian', null, 1, null, []]]);
    expect(core('الرقم -يناير-2020')).toEqual([['يناير', 'gregorian', null, 1, null, []]]);
  });
});

describe('the year after a Hijri month', () => {
  it('four digits from 1000 to 1700 are a Hijri year; later ones are Gregorian', () => {
    expect(core('في رمضان 1000')).toEqual([['رمضان 1000', 'hijri', 1000, 9, null, []]]);
    expect(core('في رمضان 0999')).toEqual([['رمضان', 'hijri', null, 9, null, []]]);
    expect(core('في رمضان 1700')).toEqual([['رمضان 1700', 'hijri', 1700, 9, null, []]]);
    expect(core('في رمضان 1701')).toEqual([['رمضان 1701', 'hijri', null, 9, null, ['gregorianYear']]]);
  });

  it('three digits after «سنة» are a year; an «م» era makes it Gregorian', () => {
    expect(core('في رمضان سنة 923')).toEqual([['رمضان سنة 923', 'hijri', 923, 9, null, []]]);
    expect(core('في 10 محرم 1445م')).toEqual([['10 محرم 1445م', 'hijri', null, 1, 10, ['gregorianYear']]]);
  });
});

describe('the year after a Gregorian month', () => {
  it('four digits from 1000 to 2199, or fewer with an era', () => {
    expect(core('في 3 يونيو 1000')).toEqual([['3 يونيو 1000', 'gregorian', 1000, 6, 3, []]]);
    expect(core('في 3 يونيو 0999')).toEqual([['3 يونيو', 'gregorian', null, 6, 3, []]]);
    expect(core('في يونيو 2199')).toEqual([['يونيو 2199', 'gregorian', 2199, 6, null, []]]);
    expect(core('في يونيو 2200')).toEqual([['يونيو', 'gregorian', null, 6, null, []]]);
    expect(core('في يونيو 20 م')).toEqual([['يونيو 20 م', 'gregorian', 20, 6, null, []]]);
  });
});

describe('a name with a proclitic', () => {
  it('takes no day before it', () => {
    expect(core('العدد 12 وفبراير')).toEqual([['فبراير', 'gregorian', null, 2, null, []]]);
  });

  it('the words before it are read without their own proclitic', () => {
    expect(core('وشهر رمضان')).toEqual([['رمضان', 'hijri', null, 9, null, []]]);
    expect(findDates('باع وسيارة نيسان')).toEqual([]);
  });
});

describe('the word before a name with a proclitic', () => {
  it('is the word before the proclitic: «تويوتا ونيسان» is two car makers', () => {
    expect(findDates('تنافس سيارات تويوتا ونيسان في السوق')).toEqual([]);
    expect(core('في مارس ونيسان')).toEqual([
      ['مارس', 'gregorian', null, 3, null, []],
      ['نيسان', 'gregorian', null, 4, null, []],
    ]);
  });
});

describe('نيسان before a Latin word', () => {
  it('is the car maker', () => {
    expect(findDates('نيسان Sunny')).toEqual([]);
    expect(core('في نيسان 2020 Sunny')).toEqual([['نيسان 2020', 'gregorian', 2020, 4, null, []]]);
  });
});

describe('the year after a Libyan month', () => {
  const libyan = { libyan: true };
  it('is Libyan only below 1700 and without an era marker; a Gregorian month never takes one', () => {
    expect(core('في 13 هانيبال 1385', libyan)).toEqual([['13 هانيبال 1385', 'gregorian', 2017, 8, 13, ['libyanYear']]]);
    expect(core('في 13 هانيبال 1700', libyan)).toEqual([['13 هانيبال 1700', 'gregorian', 1700, 8, 13, []]]);
    expect(core('في 13 هانيبال 1385 م', libyan)).toEqual([['13 هانيبال 1385 م', 'gregorian', 1385, 8, 13, []]]);
    expect(core('في 3 مارس 1377')).toEqual([['3 مارس 1377', 'gregorian', 1377, 3, 3, []]]);
  });
});
