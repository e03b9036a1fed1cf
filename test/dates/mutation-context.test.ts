// Tests written to kill surviving mutants (Stryker) in the parsers of src/dates: the context read
// around a month name (day words, «من», years that are not years) and what it decides.
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../src/index.js';

/** The comparable core of each mention. */
function core(text: string, options?: Parameters<typeof findDates>[1]): [string, string, number | null, number, number | null][] {
  return findDates(text, options).map((m: DateMention) => [m.text, m.calendar, m.year ?? null, m.month, m.day ?? null]);
}

describe('risky names after «من»', () => {
  it('needs a time noun before «من»; nothing before it is no support', () => {
    // «من» opens the quoted sentence: no word before it, so رمضان stays a name.
    expect(findDates('قال: من رمضان نتعلم الصبر')).toEqual([]);
    expect(findDates('من رمضان إلى الجميع')).toEqual([]);
    expect(core('اعتبارا من رمضان')).toEqual([['رمضان', 'hijri', null, 9, null]]);
  });
});

describe('two-word ordinals that are not days', () => {
  it('«الأسبوع الحادي عشر من مارس» is a week, yet it shows مارس is a month', () => {
    expect(core('خلال الأسبوع الحادي عشر من مارس')).toEqual([['مارس', 'gregorian', null, 3, null]]);
    expect(core('في الأسبوع الثالث والعشرين من يونيو')).toEqual([['يونيو', 'gregorian', null, 6, null]]);
    expect(core('مباراة الأسبوع الحادي عشر من مارس المقبل')).toEqual([['مارس', 'gregorian', null, 3, null]]);
  });
});

describe('a year too small for a Hijri month', () => {
  it('leaves four digits below 1000 after a Hijri month out of the mention', () => {
    expect(core('صدر العدد في 5 رمضان 0999 للمرة الأولى')).toEqual([['5 رمضان', 'hijri', null, 9, 5]]);
    expect(findDates('في 5 رمضان 0999').map((m) => [m.end, m.flags])).toEqual([[10, []]]);
  });
});
