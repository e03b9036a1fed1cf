// Tests written to kill surviving mutants (Stryker) in src/dates/prefilter.ts: exact windows (the
// reach before and after an anchor, the widening to a break and its cap), which words and digit
// shapes anchor, and the invisible gaps around the separators of a numeric date.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { findInSegment } from '../../src/dates/find-dates.js';
import { dateWindows } from '../../src/dates/prefilter.js';

describe('window edges', () => {
  const word = 'الحكومة';
  it.each([
    ['line feed', '\n'],
    ['carriage return', '\r'],
    ['tab', '\t'],
    ['no-break space', '\u00a0'],
    ['space', ' '],
  ])('a window is widened to a %s', (_, br) => {
    // The anchor is at 160: 90 before it is inside a word, widened back to the break at 63.
    expect(dateWindows(`${`${word}${br}`.repeat(20)}مارس`, false)).toEqual([64, 164]);
    // 110 after the anchor at 0 is inside a word, widened forward to the break at 116.
    expect(dateWindows(`مارس${`${br}${word}`.repeat(30)}`, false)).toEqual([0, 116]);
  });

  it('widening stops after 40 characters inside a long run', () => {
    expect(dateWindows(`${'x'.repeat(200)} مارس`, false)).toEqual([71, 205]);
    expect(dateWindows(`مارس ${'x'.repeat(200)}`, false)).toEqual([0, 150]);
  });

  it('windows that only touch are kept apart; overlapping ones are merged', () => {
    expect(dateWindows(`مارس${' ك'.repeat(100)} أبريل`, false)).toEqual([0, 110, 115, 210]);
    expect(dateWindows(`مارس${' ك'.repeat(50)} أبريل`, false)).toEqual([0, 110]);
  });

  it('a window starting where the previous one ends is merged with it', () => {
    // Two spaces at 109 and 110: the first window ends at 110, the second (anchor at 200) starts there.
    const text = `مارس${'ك'.repeat(105)}  ${'ك'.repeat(88)} أبريل`;
    expect(text.indexOf('أبريل')).toBe(200);
    expect(dateWindows(text, false)).toEqual([0, 205]);
  });
});

describe('anchors', () => {
  it('month names with any one-letter proclitic, after digits and punctuation, in any case', () => {
    for (const text of ['ومارس', 'لمارس', 'كمارس', '.مارس', '-مارس', '%مارس', '1nov', '/nov', 'Nov', 'NOVEMBER', 'جانفي']) {
      expect(dateWindows(text, false), text).toEqual([0, text.length]);
    }
  });

  it('a presentation form followed by plain letters (PDF text) anchors', () => {
    expect(dateWindows('ﻣارس', false)).toEqual([0, 4]);
    expect(findDates('في 5 ﻣارس 2020').map((m) => [m.text, m.year, m.month, m.day])).toEqual([['5 ﻣارس 2020', 2020, 3, 5]]);
  });

  it('an invisible mark may be a boundary: the word after it anchors', () => {
    for (const mark of ['\u200f', '\u061c', '\u2060', '\u00ad']) {
      expect(dateWindows(`صدر${mark}مارس`, false), mark.charCodeAt(0).toString(16)).toEqual([0, 8]);
    }
  });

  it('not a month inside a word, nor the start of a month name', () => {
    for (const text of ['عمارس', 'xnov', 'ما', 'م', 'مار', 'مارج', 'no']) expect(dateWindows(text, false), text).toEqual([]);
  });

  it('Libyan names only when asked', () => {
    expect(dateWindows('الطير', true)).toEqual([0, 5]);
    expect(dateWindows('الطير', false)).toEqual([]);
    expect(dateWindows('في وهانيبال', true)).toEqual([0, 11]);
  });

  it('numeric shapes: up to four digits, then one or two, then a digit', () => {
    expect(dateWindows('1234/5/6', false)).toEqual([0, 8]);
    expect(dateWindows('12 / 12 / 2', false)).toEqual([0, 11]);
    expect(dateWindows('x12/5/2012', false)).toEqual([0, 10]);
    expect(dateWindows('1٫5٫2', false)).toEqual([0, 5]);
    expect(dateWindows('1/5/2ك', false)).toEqual([0, 6]);
    for (const text of ['12345/5/6', '12/123/6', '12/12/', '12/12/x', '12..5']) expect(dateWindows(text, false), text).toEqual([]);
  });
});

describe('invisible gaps around the separators of a numeric date', () => {
  it.each([
    ['no-break space', '\u00a0'],
    ['tab', '\t'],
    ['narrow no-break space', '\u202f'],
    ['thin space', '\u2009'],
    ['right-to-left mark', '\u200f'],
    ['left-to-right mark', '\u200e'],
    ['Arabic letter mark', '\u061c'],
    ['right-to-left embedding', '\u202b'],
    ['pop directional formatting', '\u202c'],
    ['right-to-left isolate', '\u2067'],
    ['pop directional isolate', '\u2069'],
    ['word joiner', '\u2060'],
    ['medium mathematical space', '\u205f'],
    ['ideographic space', '\u3000'],
  ])('%s: found, as by a pass over the whole text', (_, g) => {
    const text = `صدر القرار بتاريخ 27${g}/${g}8${g}/${g}1436هـ`;
    const whole: ReturnType<typeof findDates> = [];
    findInSegment(text, 0, text.length, undefined, whole);
    expect(findDates(text).map((m) => [m.start, m.calendar, m.year, m.month, m.day])).toEqual([[18, 'hijri', 1436, 8, 27]]);
    expect(findDates(text)).toEqual(whole);
  });
});
