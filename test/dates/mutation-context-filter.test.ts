// Tests written to kill surviving mutants (Stryker) in src/dates/refiners/context-filter.ts: the
// support each kind of risky month name needs, and coordination with a kept month.
import { describe, expect, it } from 'vitest';
import { findDates, normalize } from '../../src/index.js';
import { isCoordination } from '../../src/dates/refiners/context-filter.js';

/** [text, year, month, day] of each mention. */
function found(text: string, options?: Parameters<typeof findDates>[1]): [string, number | null, number, number | null][] {
  return findDates(text, options).map((m) => [m.text, m.year ?? null, m.month, m.day ?? null]);
}

describe('أب (father) needs a day and a year, or a paired name', () => {
  it('a day alone or a year alone is not enough', () => {
    expect(findDates('في 12 أب')).toEqual([]);
    expect(findDates('رسالة من أب 2012')).toEqual([]);
    expect(found('في 12 أب 2012')).toEqual([['12 أب 2012', 2012, 8, 12]]);
  });

  it('a paired risky name is enough', () => {
    expect(found('رسالة أب/أوت')).toEqual([['أب/أوت', null, 8, null]]);
  });
});

describe('نيسان (the car) is refused only next to car words, unless dated', () => {
  it('a year or a day makes it a month even after a car word', () => {
    expect(found('اشترى سيارة نيسان 2015')).toEqual([['نيسان 2015', 2015, 4, null]]);
    expect(found('وكيل نيسان في 3 نيسان')).toEqual([['3 نيسان', null, 4, 3]]);
    expect(findDates('اشترى سيارة نيسان 3')).toEqual([]);
  });
});

describe('Libyan names need a day, «شهر», a Libyan year or a paired name', () => {
  const libyan = { libyan: true };
  it('a Libyan year (before 1700, no era) is enough; a Gregorian year or «في» is not', () => {
    expect(findDates('هانيبال 1385', libyan).map((m) => [m.text, m.year, m.month, m.flags])).toEqual([['هانيبال 1385', 2017, 8, ['libyanYear']]]);
    expect(findDates('الطير 2010', libyan)).toEqual([]);
    expect(findDates('في هانيبال', libyan)).toEqual([]);
  });

  it('a paired risky name is enough', () => {
    expect(findDates('الربيع/مارس', libyan).map((m) => [m.text, m.month, m.systems])).toEqual([['الربيع/مارس', 3, ['libyan', 'transliterated']]]);
  });
});

describe('risky words', () => {
  it('two risky names paired support each other', () => {
    expect(findDates('قالت ماي/مايو').map((m) => [m.text, m.month, m.flags])).toEqual([['ماي/مايو', 5, ['paired']]]);
  });

  it('a chain of risky names is kept back from the supported month at its end', () => {
    expect(found('رجب وشعبان ورمضان 1445')).toEqual([
      ['رجب', null, 7, null],
      ['شعبان', null, 8, null],
      ['رمضان 1445', 1445, 9, null],
    ]);
    expect(found('في 1445 خلال رجب وشعبان')).toEqual([
      ['رجب', null, 7, null],
      ['شعبان', null, 8, null],
    ]);
  });
});

describe('coordination rescues only names that are ordinary words', () => {
  it('not أب (father), نيسان next to a car word, or a Libyan name', () => {
    expect(found('في تموز، أب 2012')).toEqual([['تموز', null, 7, null]]);
    expect(found('يونيو ثم نيسان موتور')).toEqual([['يونيو', null, 6, null]]);
    expect(found('في مارس والربيع', { libyan: true })).toEqual([['مارس', null, 3, null]]);
    expect(found('في حزيران، نيسان')).toEqual([
      ['حزيران', null, 6, null],
      ['نيسان', null, 4, null],
    ]);
  });
});

describe('isCoordination', () => {
  const n = (s: string): string => normalize(s, 'search');
  it('takes dashes, the en dash, slashes and commas with one connector word', () => {
    for (const gap of [' - ', ' – ', ' / ', ', ', '، ثم ', ' لغاية ', ' وإلى ']) expect(isCoordination(n(gap), 0, n(gap).length), gap).toBe(true);
    for (const gap of [' . ', ' — ', ' ثم إلى ']) expect(isCoordination(n(gap), 0, n(gap).length), gap).toBe(false);
  });

  it('looks at no more than 12 characters', () => {
    const gap12 = n(' ، لغاية ، -');
    expect(gap12).toHaveLength(12);
    expect(isCoordination(gap12, 0, 12)).toBe(true);
    expect(isCoordination(`${gap12}-`, 0, 13)).toBe(false);
    expect(isCoordination(gap12, 3, 3)).toBe(true);
  });
});
