// Tests written to kill surviving mutants (Stryker) in src/dates/month-tokens.ts, lexicon.ts
// (foldKey) and parse-month.ts: where a month name ends, names with a digit, names across gaps,
// proclitics, and the spaces around a name given to parseMonth.
import { describe, expect, it } from 'vitest';
import { findDates, parseMonth } from '../../src/index.js';

/** [text, year, month, day, systems] of each mention. */
function found(text: string): [string, number | null, number, number | null, readonly string[]][] {
  return findDates(text).map((m) => [m.text, m.year ?? null, m.month, m.day ?? null, m.systems]);
}

describe('names ending in a digit', () => {
  it('«كانون 2» is January only when the digit ends there', () => {
    expect(found('في 7 كانون 2، 2021')).toEqual([['7 كانون 2، 2021', 2021, 1, 7, ['syriac']]]);
    expect(findDates('في كانون 2021')).toEqual([]);
  });

  it('a year glued to a name that ends in a letter is read', () => {
    expect(found('في مايو2020')).toEqual([['مايو2020', 2020, 5, null, ['transliterated']]]);
  });
});

describe('where a name ends', () => {
  it('a longer word is no month', () => {
    expect(findDates('في تشرين الأولى')).toEqual([]);
    expect(findDates('خلال شهر يونيوز')).toEqual([]);
  });

  it('two-word names across a no-break space or a mark between spaces', () => {
    expect(found('في 5 كانون\u00a0الثاني 2020')).toEqual([['5 كانون\u00a0الثاني 2020', 2020, 1, 5, ['syriac']]]);
    expect(found('في 3 تشرين \u200f الثاني 2020')).toEqual([['3 تشرين \u200f الثاني 2020', 2020, 11, 3, ['syriac']]]);
  });

  it('English names in capitals', () => {
    expect(found('NOVEMBER 30, 2023')).toEqual([['NOVEMBER 30, 2023', 2023, 11, 30, ['english']]]);
  });
});

describe('proclitics on a name', () => {
  it('never on a two-letter name: باب (door) and لاب (laptop) are not آب (August)', () => {
    expect(findDates('فتح باب 2020 للنقاش')).toEqual([]);
    expect(findDates('اشترى لاب 2021 جديدا')).toEqual([]);
    expect(findDates('وصل في آب 2020')).toHaveLength(1);
  });
  it('ب is one, ل is not', () => {
    expect(found('وصل بيناير الماضي')).toEqual([['يناير', null, 1, null, ['transliterated']]]);
    expect(findDates('موعد ليناير المقبل')).toEqual([]);
  });
});

describe('parseMonth', () => {
  it('ignores spaces and tabs around and inside a name', () => {
    const march = { calendar: 'gregorian', month: 3, systems: ['transliterated', 'maghrebi', 'moroccan', 'mauritanian'] };
    expect(parseMonth(' مارس ')).toEqual(march);
    expect(parseMonth('\tمارس')).toEqual(march);
    expect(parseMonth(' كانون   الثاني ')).toEqual({ calendar: 'gregorian', month: 1, systems: ['syriac'] });
    expect(parseMonth('كانون ـ الثاني')).toEqual({ calendar: 'gregorian', month: 1, systems: ['syriac'] });
  });

  it('reads English names in any case', () => {
    expect(parseMonth('MARCH')).toEqual({ calendar: 'gregorian', month: 3, systems: ['english'] });
    expect(parseMonth('Mar')).toEqual({ calendar: 'gregorian', month: 3, systems: ['english'] });
  });
});
