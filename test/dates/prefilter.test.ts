import { describe, expect, it } from 'vitest';
import { dateWindows } from '../../src/dates/prefilter.js';

describe('dateWindows', () => {
  it('returns nothing for text without month names or numeric dates', () => {
    expect(dateWindows('', false)).toEqual([]);
    expect(dateWindows('قال الوزير إن المشروع سيكتمل قريبا 2.5 و 13-103', false)).toEqual([]);
    expect(dateWindows('في الربيع', false)).toEqual([]);
  });

  it('anchors month names (with a proclitic, diacritics, tatweel), numeric dates, unknown letters', () => {
    expect(dateWindows('في مارس', false)).toEqual([0, 7]);
    expect(dateWindows('ومارس', false)).toEqual([0, 5]);
    expect(dateWindows('مَـارس', false)).toEqual([0, 6]);
    expect(dateWindows('12 / 5 /2012', false)).toEqual([0, 12]);
    expect(dateWindows('٣٠‏/١١‏/٢٠٢٣', false)).toEqual([0, 12]);
    expect(dateWindows('ﻣﺎﺭﺱ', false)).toEqual([0, 4]);
    expect(dateWindows('في الربيع', true)).toEqual([0, 9]);
    expect(dateWindows('6مارس', false)).toEqual([0, 5]);
  });

  it('keeps windows sorted, disjoint and cut at white space', () => {
    const filler = 'كلام '.repeat(100);
    const text = `${filler}مارس${filler}أبريل${filler}`;
    const w = dateWindows(text, false);
    expect(w).toHaveLength(4);
    for (let i = 0; i < w.length; i += 2) {
      expect(w[i]! < w[i + 1]!).toBe(true);
      if (i > 0) expect(w[i]! > w[i - 1]!).toBe(true);
      expect(w[i] === 0 || text[w[i]! - 1] === ' ').toBe(true);
    }
    expect(dateWindows(`مارس ${'كلام '.repeat(10)}أبريل`, false)).toHaveLength(2);
  });

  it('ignores digits that do not start a date shape', () => {
    expect(dateWindows('12345/6/2012', false)).toEqual([]);
    expect(dateWindows('12/345/2012', false)).toEqual([]);
    expect(dateWindows('12/5', false)).toEqual([]);
    expect(dateWindows('12/5/', false)).toEqual([]);
    expect(dateWindows('12 5', false)).toEqual([]);
  });
});
