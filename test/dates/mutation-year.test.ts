// Tests written to kill surviving mutants (Stryker) in src/dates/parsers/year.ts and
// year-words.ts: era markers, numbers after a month that are not years, and years in words.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

/** [text, year, flags] of each mention. */
function years(text: string): [string, number | null, readonly string[]][] {
  return findDates(text).map((m) => [m.text, m.year ?? null, m.flags]);
}

describe('era markers', () => {
  it('«و.ر» must be the whole word: «و.رئيس» is «and the president»', () => {
    expect(years('التقى في 3 مارس 2020 و.رئيس الوزراء')).toEqual([['3 مارس 2020', 2020, []]]);
    expect(years('في 3 مارس 1377 و.ر')).toEqual([['3 مارس 1377 و.ر', 2009, ['libyanYear']]]);
    // Without its dot it is no era marker.
    expect(years('في 3 مارس 1377 و ر')).toEqual([['3 مارس 1377', 1377, []]]);
    expect(years('في 3 مارس 1377 و-ر')).toEqual([['3 مارس 1377', 1377, []]]);
  });

  it('glued or spaced, Gregorian or Hijri, after digits or after a year in words', () => {
    expect(years('في يونيو 2020م')).toEqual([['يونيو 2020م', 2020, []]]);
    expect(years('في يونيو 2020 هجريا')).toEqual([['يونيو 2020 هجريا', 2020, ['eraConflict']]]);
    expect(years('في يوليو عام ألفين وعشرين م')).toEqual([['يوليو عام ألفين وعشرين م', 2020, []]]);
    expect(years('في يوليو عام ألفين وعشرين هـ')).toEqual([['يوليو عام ألفين وعشرين هـ', 2020, ['eraConflict']]]);
  });

  it('one to three digits are a year only after «عام/سنة» or before an era', () => {
    expect(years('في يونيو 992 م')).toEqual([['يونيو 992 م', 992, []]]);
    expect(years('في يونيو عام 99 م')).toEqual([['يونيو عام 99 م', 99, []]]);
    expect(years('في يونيو عام 992')).toEqual([['يونيو عام 992', 992, []]]);
    expect(years('في رمضان هـ')).toEqual([['رمضان', null, []]]);
  });
});

describe('numbers after a month that are not years', () => {
  it('one to three digits with no era are no year, not even a Libyan one', () => {
    expect(findDates('بلغ استهلاك الماء 45 لترا', { libyan: true })).toEqual([]);
    expect(findDates('في 13 هانيبال 45', { libyan: true }).map((m) => [m.text, m.year, m.flags])).toEqual([['13 هانيبال', undefined, []]]);
  });

  it('five digits are no year, even before an era-like «م»', () => {
    expect(years('أقيم سباق يونيو 10000 م للرجال')).toEqual([['يونيو', null, []]]);
    expect(years('في رمضان 12345 هـ')).toEqual([['رمضان', null, []]]);
  });

  it('a year followed by a space and a number, or a dash and a year, is a year', () => {
    expect(years('قتل في يونيو 2017 5 أشخاص')).toEqual([['يونيو 2017', 2017, []]]);
    expect(years('خلال الموسم مايو 2020-2021')).toEqual([['مايو 2020', 2020, []]]);
  });

  it('a decimal with a zero after the point', () => {
    expect(years('في يونيو 2017.0 نقطة')).toEqual([['يونيو', null, []]]);
  });

  it('a decimal after «من العام» still leaves the time phrase that supports مارس', () => {
    expect(years('بيانات مارس من العام 2019.5')).toEqual([['مارس', null, []]]);
  });

  it('five digits, or a decimal with a comma', () => {
    expect(years('في يونيو 20000 جندي')).toEqual([['يونيو', null, []]]);
    expect(years('في يونيو 2017,5')).toEqual([['يونيو', null, []]]);
    expect(years('في يونيو 2017،5')).toEqual([['يونيو', null, []]]);
    expect(years('في يونيو 2017، 5 آلاف')).toEqual([['يونيو 2017', 2017, []]]);
  });
});

describe('«من» after a month', () => {
  it('is a time phrase only before a year word', () => {
    expect(findDates('مايو من الوزير')).toEqual([]);
    expect(years('في مارس من سنة 2017')).toEqual([['مارس من سنة 2017', 2017, []]]);
    expect(years('مايو المقبل 2025')).toEqual([['مايو المقبل 2025', 2025, []]]);
  });
});

describe('years in words', () => {
  it('teens, hundreds and tens joined by «و»', () => {
    expect(years('في يوليو عام ألف وتسعمائة وتسعة عشر')).toEqual([['يوليو عام ألف وتسعمائة وتسعة عشر', 1919, []]]);
    expect(years('في يوليو عام ألفين وأحد عشر')).toEqual([['يوليو عام ألفين وأحد عشر', 2011, []]]);
    expect(years('في يوليو عام ألف وثمانمائة واثنين وتسعين')).toEqual([['يوليو عام ألف وثمانمائة واثنين وتسعين', 1892, []]]);
  });

  it('stop at a lone «و», a second thousand, or «عشر» after a joined ten', () => {
    expect(years('في يوليو عام ألفين و عشرين')).toEqual([['يوليو عام ألفين', 2000, []]]);
    expect(years('في يوليو عام ألفين وألف')).toEqual([['يوليو عام ألفين', 2000, []]]);
    expect(years('في يوليو عام ألفين وعشرة عشر')).toEqual([['يوليو عام ألفين وعشرة', 2010, []]]);
  });

  it('stop at a unit or a ten not joined by «و» («ألفين خمسة» is 2000, then another number)', () => {
    expect(years('في يوليو عام ألفين خمسة')).toEqual([['يوليو عام ألفين', 2000, []]]);
    expect(years('في يوليو عام ألفين عشرين')).toEqual([['يوليو عام ألفين', 2000, []]]);
  });

  it('are read only after «عام/سنة»', () => {
    expect(years('في يوليو ألفين وعشرين')).toEqual([['يوليو', null, []]]);
  });

  it('must start with a thousand', () => {
    expect(years('في يوليو عام ثلاثة آلاف')).toEqual([['يوليو', null, []]]);
  });
});
