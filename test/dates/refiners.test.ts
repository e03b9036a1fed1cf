import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../src/dates/refiners/overlaps.js';
import { isCoordination } from '../../src/dates/refiners/context-filter.js';
import { joinBetween } from '../../src/dates/refiners/link.js';
import { normalize } from '../../src/index.js';

/** The refiners read 'search'-normalized text. */
const n = (s: string): string => normalize(s, 'search');

describe('refiners', () => {
  it('removeOverlaps keeps the longer of overlapping spans, the earlier on a tie', () => {
    const spans = [
      { start: 10, end: 12, id: 'b' },
      { start: 0, end: 5, id: 'a' },
      { start: 3, end: 9, id: 'longer' },
      { start: 11, end: 13, id: 'tie' },
      { start: 20, end: 22, id: 'c' },
    ];
    expect(removeOverlaps(spans).map((s) => s.id)).toEqual(['longer', 'b', 'c']);
    expect(removeOverlaps([])).toEqual([]);
  });

  it('isCoordination accepts connectors only', () => {
    expect(isCoordination(' و', 0, 2)).toBe(true);
    expect(isCoordination(n(' إلى '), 0, n(' إلى ').length)).toBe(true);
    expect(isCoordination('، ', 0, 2)).toBe(true);
    expect(isCoordination(' قال ', 0, 5)).toBe(false);
    expect(isCoordination(' و و ', 0, 5)).toBe(false);
    expect(isCoordination(' ! ', 0, 3)).toBe(false);
    expect(isCoordination('x', 1, 0)).toBe(false);
    expect(isCoordination(' '.repeat(20), 0, 20)).toBe(false);
  });

  it('joinBetween tells linking words and brackets from plain gaps', () => {
    expect(joinBetween(n(' الموافق '), 0, n(' الموافق ').length)).toBe('word');
    expect(joinBetween(' (', 0, 2)).toBe('word');
    expect(joinBetween('، ', 0, 2)).toBe('plain');
    expect(joinBetween(' قال ', 0, 5)).toBeUndefined();
    expect(joinBetween(' + ', 0, 3)).toBeUndefined();
  });
});
