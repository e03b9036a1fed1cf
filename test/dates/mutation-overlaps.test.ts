// Tests written to kill surviving mutants (Stryker) in src/dates/refiners/overlaps.ts: a longer
// span replaces an overlapping shorter one wherever they sit in the text, not only at its start.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { removeOverlaps } from '../../src/dates/refiners/overlaps.js';

describe('removeOverlaps', () => {
  it('a later, longer span replaces the one it overlaps, away from the start of the text', () => {
    const spans = [
      { start: 40, end: 44, id: 'short' },
      { start: 42, end: 50, id: 'longer' },
      { start: 60, end: 70, id: 'next' },
    ];
    expect(removeOverlaps(spans).map((s) => s.id)).toEqual(['longer', 'next']);
  });

  it('a month name and a longer numeric date over its year: the numeric date is kept', () => {
    expect(findDates('في مايو 2012/5/13 م').map((m) => [m.text, m.day])).toEqual([['2012/5/13 م', 13]]);
  });
});
