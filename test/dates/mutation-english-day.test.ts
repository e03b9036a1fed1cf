// English datelines: where the day comes from («30 November 2023», «November 30, 2023») and what
// is not a day (three digits, 0, 32, a number glued to the month, a day with no year after it).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';

const found = (text: string): { text: string; day: number | undefined; month: number; year: number | undefined }[] =>
  findDates(text).map((m) => ({ text: m.text, day: m.day, month: m.month, year: m.year }));

describe('English dateline: the day before the month', () => {
  it.each<[string, string, number | undefined]>([
    ['القاهرة 30 November 2023 GMT', '30 November 2023', 30],
    ['القاهرة 31 November 2023', '31 November 2023', 31],
    ['القاهرة 1 November 2023', '1 November 2023', 1],
    ['القاهرة 30th, November 2023', '30th, November 2023', 30],
    ['القاهرة ٣٠ November 2023', '٣٠ November 2023', 30],
    ['November 2023 تقرير', 'November 2023', undefined],
    ['القاهرة 0 November 2023', 'November 2023', undefined],
    ['القاهرة 32 November 2023', 'November 2023', undefined],
    ['القاهرة 130 November 2023', 'November 2023', undefined],
    ['القاهرة 2030 November 2023', 'November 2023', undefined],
    ['القاهرة 005 November 2023', 'November 2023', undefined],
    ['005 November 2023', 'November 2023', undefined],
    ['القاهرة 05 November 2023', '05 November 2023', 5],
  ])('%s → «%s»', (text, span, day) => {
    expect(found(text)).toEqual([{ text: span, day, month: 11, year: 2023 }]);
  });
});

describe('English dateline: the day after the month', () => {
  it('reads a day with a leading zero', () => {
    expect(found('القاهرة November 05, 2023')).toEqual([{ text: 'November 05, 2023', day: 5, month: 11, year: 2023 }]);
  });

  it('needs a gap between the month and the day', () => {
    expect(found('القاهرة November30, 2023')).toEqual([]);
  });

  it('needs a year after the day', () => {
    expect(found('القاهرة November 30 the meeting')).toEqual([]);
  });
});
