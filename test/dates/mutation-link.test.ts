// Tests written to kill surviving mutants (Stryker) in src/dates/refiners/link.ts: what may stand
// between a Hijri date and its Gregorian equivalent, the offset edges, and chains of three dates.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';

/** [text, linked, linkedOffset, flags] of each mention. */
function links(text: string): [string, { start: number; end: number } | null, number | null, readonly string[]][] {
  return findDates(text).map((m) => [m.text, m.linked ?? null, m.linkedOffset ?? null, m.flags]);
}

describe('what joins two full dates', () => {
  it('a comma alone links two full dates, in either order', () => {
    expect(links('الأحد 10 مارس 2024، 29 شعبان 1445')).toEqual([
      ['الأحد 10 مارس 2024', { start: 20, end: 33 }, 0, []],
      ['29 شعبان 1445', { start: 0, end: 18 }, 0, []],
    ]);
  });

  it('square brackets, a colon after «الموافق», a dash, «أي», «لـ» glued to the day', () => {
    expect(links('في 11 مارس 2024 [1 رمضان 1445]')).toEqual([
      ['11 مارس 2024', { start: 17, end: 29 }, 0, []],
      ['1 رمضان 1445', { start: 3, end: 15 }, 0, []],
    ]);
    expect(links('في 1 رمضان 1445 الموافق: 11 مارس 2024')[0]?.[1]).toEqual({ start: 25, end: 37 });
    expect(links('في 1 رمضان 1445 - 11 مارس 2024')[0]?.[1]).toEqual({ start: 18, end: 30 });
    expect(links('في 1 رمضان 1445 أي 11 مارس 2024 م')[1]).toEqual(['11 مارس 2024 م', { start: 3, end: 15 }, 0, []]);
    expect(links('في 1 رمضان 1445 والموافق لـ11 مارس 2024')[0]?.[1]).toEqual({ start: 27, end: 39 });
  });

  it('«ل» glued to an ordinal day links, the ordinal itself staying in the second date', () => {
    expect(links('في 20 شعبان 1445هـ الموافق للأول من مارس 2024')).toEqual([
      ['20 شعبان 1445هـ', { start: 28, end: 45 }, 0, []],
      ['لأول من مارس 2024', { start: 3, end: 18 }, 0, []],
    ]);
    expect(links('يوم 20 شعبان الموافق للأول من مارس').map((r) => r[1])).toEqual([{ start: 22, end: 34 }, { start: 4, end: 12 }]);
  });

  it('any other word keeps full dates apart', () => {
    expect(links('1 رمضان 1445 وقال 11 مارس 2024')).toEqual([
      ['1 رمضان 1445', null, null, []],
      ['11 مارس 2024', null, null, []],
    ]);
    expect(links('في 1 رمضان 1445، بل 11 مارس 2024').map((r) => r[1])).toEqual([null, null]);
    expect(links('في 1 رمضان 1445 (الموافق ليوم الاثنين) 11 مارس 2024').map((r) => r[1])).toEqual([null, null]);
  });

  it('links through at most 24 characters', () => {
    const gap24 = ' (الموافق) أي الموافقة: ';
    const gap25 = ' (الموافق) أي الموافقة:- ';
    expect(gap24).toHaveLength(24);
    expect(links(`في 1 رمضان 1445${gap24}11 مارس 2024`)[0]?.[1]).toEqual({ start: 39, end: 51 });
    expect(links(`في 1 رمضان 1445${gap25}11 مارس 2024`).map((r) => r[1])).toEqual([null, null]);
  });

  it('two dates of the same calendar are never linked', () => {
    expect(links('في 11 مارس 2024 و12 مارس 2024').map((r) => r[1])).toEqual([null, null]);
    expect(links('في 1 رمضان 1445 الموافق 2 رمضان 1445').map((r) => r[1])).toEqual([null, null]);
  });
});

describe('partial dates', () => {
  it('link through «الموافق» without an offset, not through a comma', () => {
    expect(links('في 1 رمضان 1445 الموافق 11 مارس')).toEqual([
      ['1 رمضان 1445', { start: 24, end: 31 }, null, []],
      ['11 مارس', { start: 3, end: 15 }, null, []],
    ]);
    expect(links('في 1 رمضان 1445، 11 مارس').map((r) => r[1])).toEqual([null, null]);
  });
});

describe('offsets', () => {
  it('up to two days either way is an offset; three is a mismatch', () => {
    expect(links('في 1 رمضان 1445 الموافق 13 مارس 2024')[0]?.slice(2)).toEqual([2, ['hijriOffset(+2)']]);
    expect(links('في 1 رمضان 1445 الموافق 9 مارس 2024')[1]?.slice(2)).toEqual([-2, ['hijriOffset(-2)']]);
    expect(links('في 1 رمضان 1445 الموافق 12 مارس 2024')[1]?.slice(2)).toEqual([1, ['hijriOffset(+1)']]);
    expect(links('في 1 رمضان 1445 الموافق 14 مارس 2024')).toEqual([
      ['1 رمضان 1445', null, null, ['linkMismatch(+3)']],
      ['14 مارس 2024', null, null, ['linkMismatch(+3)']],
    ]);
    expect(links('في 1 رمضان 1445 الموافق 8 مارس 2024').map((r) => r[3])).toEqual([['linkMismatch(-3)'], ['linkMismatch(-3)']]);
  });

  it('a mismatched Gregorian date may still link with the Hijri date after it', () => {
    expect(links('في 1 رمضان 1445 الموافق 20 مارس 2024 (10 رمضان 1445)')).toEqual([
      ['1 رمضان 1445', null, null, ['linkMismatch(+9)']],
      ['20 مارس 2024', { start: 38, end: 51 }, 0, ['linkMismatch(+9)']],
      ['10 رمضان 1445', { start: 24, end: 36 }, 0, []],
    ]);
  });

  it('a linked pair is not linked again with a third date', () => {
    expect(links('في 1 رمضان 1445 الموافق 11 مارس 2024 (1 رمضان 1445)')).toEqual([
      ['1 رمضان 1445', { start: 24, end: 36 }, 0, []],
      ['11 مارس 2024', { start: 3, end: 15 }, 0, []],
      ['1 رمضان 1445', null, null, []],
    ]);
  });
});
