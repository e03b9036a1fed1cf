// Tests written to kill surviving mutants (Stryker) in src/dates/hijri.ts: the shape check of the
// 'YYYY-MM-DD' entries of a caller-supplied month-start table (length and both dashes), beyond the
// malformed entries mutation-calendar.test.ts already tries.
import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriToGregorian } from '../../src/index.js';

describe('month-start table entries', () => {
  it.each(['2024-03-123', '2024-03-1', '2024/03-12', '2024-03/12', ' 2024-03-12', '2024-03-12 '])('«%s» is rejected', (entry) => {
    const monthStarts = { year: 1445, month: 9, starts: [entry, '2024-04-10'] };
    expect(() => gregorianToHijri({ year: 2024, month: 3, day: 20 }, { monthStarts })).toThrow(
      new RangeError(`options.monthStarts: entries must be 'YYYY-MM-DD' dates, received ${entry}`),
    );
  });

  it('a number is rejected, not read as a date', () => {
    const monthStarts = { year: 1445, month: 9, starts: [20240312 as unknown as string, '2024-04-10'] };
    expect(() => hijriToGregorian({ year: 1445, month: 9, day: 1 }, { monthStarts })).toThrow(RangeError);
  });

  it('a well-formed table is read', () => {
    const monthStarts = { year: 1445, month: 9, starts: ['2024-03-12', '2024-04-10'] };
    expect(gregorianToHijri({ year: 2024, month: 3, day: 20 }, { monthStarts })).toEqual({ year: 1445, month: 9, day: 9 });
  });
});
