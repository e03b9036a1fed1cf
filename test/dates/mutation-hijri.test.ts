// Tests written to kill surviving mutants (Stryker) in src/dates/hijri.ts: Hijri dates whose first
// estimate lands in a neighbouring month, so that the search must step back across a month edge
// (Dhu al-Qadah 1420 and Ramadan 1317 under Umm al-Qura).
import { describe, expect, it } from 'vitest';
import { findDates, hijriToGregorian } from '../../src/index.js';

describe('the estimate-and-search of hijriToGregorian', () => {
  it('converts dates whose estimate starts in the wrong month', () => {
    expect(hijriToGregorian({ year: 1420, month: 11, day: 1 })).toEqual({ year: 2000, month: 2, day: 7 });
    expect(hijriToGregorian({ year: 1420, month: 11, day: 5 })).toEqual({ year: 2000, month: 2, day: 11 });
    expect(hijriToGregorian({ year: 1420, month: 11, day: 29 })).toEqual({ year: 2000, month: 3, day: 6 });
    expect(hijriToGregorian({ year: 1420, month: 11, day: 30 })).toBeUndefined();
    expect(hijriToGregorian({ year: 1317, month: 9, day: 1 })).toEqual({ year: 1900, month: 1, day: 3 });
  });

  it('links a printed pair from that month with no offset', () => {
    expect(findDates('صدر في 5 ذو القعدة 1420هـ الموافق 11 فبراير 2000م').map((m) => [m.text, m.gregorian, m.linkedOffset, m.flags])).toEqual([
      ['5 ذو القعدة 1420هـ', { year: 2000, month: 2, day: 11 }, 0, []],
      ['11 فبراير 2000م', { year: 2000, month: 2, day: 11 }, 0, []],
    ]);
  });
});
