// Tests written to kill surviving mutants (Stryker) in src/dates/text-scan.ts: the letter and digit
// classes the date parsers read the normalized text with, at the edges of every range. Some of these
// ranges (presentation forms, Arabic-Indic digits) are folded away by the 'search' normalization
// before findDates scans, so the helpers are tested directly, as their doc comments promise.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { digitValue, isGap, isLetter, wordAfter, wordBefore } from '../../src/dates/text-scan.js';

const code = (c: string): number => c.charCodeAt(0);

describe('isLetter', () => {
  it('takes Latin-1 and Latin Extended letters, not the multiplication and division signs', () => {
    expect(['À', 'é', 'ÿ', 'Ā', 'ɏ'].map((c) => isLetter(code(c)))).toEqual([true, true, true, true, true]);
    expect(isLetter(0xd7)).toBe(false);
    expect(isLetter(0xf7)).toBe(false);
    expect(isLetter(0xbf)).toBe(false);
    expect(isLetter(0x250)).toBe(false);
  });

  it('takes Arabic letters and marks of every block, range by range', () => {
    // Quranic marks, base letters, extended letters (پ گ ڤ), letters after the high hamza,
    // Persian/Urdu additions, Arabic Supplement, Extended-A.
    for (const c of [0x610, 0x61a, 0x620, 0x65f, 0x66e, 0x67e, 0x6af, 0x6d3, 0x6d5, 0x6ed, 0x6fa, 0x6ff, 0x750, 0x77f, 0x8a0, 0x8ff]) {
      expect(isLetter(c), c.toString(16)).toBe(true);
    }
    // Tatweel, the Arabic-Indic digits and signs, the full stop ۔, the Extended digits, the
    // block ends.
    for (const c of [0x60f, 0x61b, 0x640, 0x660, 0x669, 0x66d, 0x6d4, 0x6ee, 0x6f0, 0x6f9, 0x700, 0x74f, 0x780, 0x89f, 0x900]) {
      expect(isLetter(c), c.toString(16)).toBe(false);
    }
  });

  it('takes presentation forms A and B up to ﻼ, not the byte order mark after them', () => {
    for (const c of [0xfb50, 0xfdff, 0xfe70, 0xfefc]) expect(isLetter(c), c.toString(16)).toBe(true);
    for (const c of [0xfb4f, 0xfe00, 0xfe6f, 0xfefd, 0xfeff]) expect(isLetter(c), c.toString(16)).toBe(false);
  });

  it('decides whether a Latin-1 character after a month name ends it', () => {
    // «مايو×2»: the sign is no letter, so the name ends there and the date is read.
    expect(findDates('في 3 مايو×2').map((m) => m.text)).toEqual(['3 مايو']);
    // «مايوé»: the name runs on into a letter, so it is no month.
    expect(findDates('في 3 مايوé')).toEqual([]);
  });
});

describe('digitValue', () => {
  it('reads ASCII, Arabic-Indic and Extended Arabic-Indic digits', () => {
    const values = (digits: string): number[] => Array.from({ length: digits.length }, (_, i) => digitValue(digits.charCodeAt(i)));
    expect(values('0369')).toEqual([0, 3, 6, 9]);
    expect(values('٠٣٦٩')).toEqual([0, 3, 6, 9]);
    expect(values('۰۳۶۹')).toEqual([0, 3, 6, 9]);
  });

  it('gives -1 next to every digit range', () => {
    for (const c of [0x2f, 0x3a, 0x65f, 0x66a, 0x6ef, 0x6fa, 0xff10]) expect(digitValue(c), c.toString(16)).toBe(-1);
  });
});

describe('isGap', () => {
  it('takes spaces, tab, soft hyphen, ALM, tatweel, and the invisible marks of every range', () => {
    for (const c of [0x20, 0x09, 0xa0, 0xad, 0x61c, 0x640, 0x2000, 0x200f, 0x202a, 0x202f, 0x205f, 0x2066, 0x2069, 0x3000, 0xfeff]) {
      expect(isGap(c), c.toString(16)).toBe(true);
    }
    for (const c of [0x0a, 0x0d, 0x1f, 0x21, 0x9f, 0x63f, 0x641, 0x1fff, 0x2010, 0x2029, 0x2030, 0x205e, 0x2060, 0x2065, 0x206a, 0x2fff, 0x3001, 0xfefe]) {
      expect(isGap(c), c.toString(16)).toBe(false);
    }
  });
});

describe('wordBefore and wordAfter', () => {
  it('skip gaps to the nearest letter run, or give undefined', () => {
    expect(wordBefore('في  مارس', 4)).toEqual({ start: 0, end: 2, text: 'في' });
    expect(wordAfter('في  مارس', 2)).toEqual({ start: 4, end: 8, text: 'مارس' });
    expect(wordBefore('12 مارس', 3)).toBeUndefined();
    expect(wordAfter('مارس 12', 4)).toBeUndefined();
    expect(wordAfter('مارس', 4)).toBeUndefined();
  });
});
