import { describe, expect, it } from 'vitest';
import { ARABIC_MARK_RANGES, LOW_CCC_MARK_RANGES, MarkClass } from '../../src/chars/data/marks.js';
import {
  ALEF,
  ALEF_VARIANTS,
  ARABIC_LETTER_RANGES,
  HAMZA_CARRIER_FOLDS,
  HAMZA_COMPOSITIONS,
  HEH,
  LOOKALIKE_FOLDS,
  TEH_MARBUTA_FORMS,
  YA,
} from '../../src/chars/data/letters.js';
import { PRESENTATION_OVERRIDES, PRESENTATION_RANGES } from '../../src/chars/data/presentation.js';
import {
  ARABIC_INDIC_ZERO,
  EXTENDED_DIGIT_ZERO,
  HORIZONTAL_SPACES,
  INVISIBLE_CONTROLS,
  PUNCTUATION_FOLDS,
} from '../../src/chars/data/symbols.js';
import {
  NO_EXPANSION,
  PRESENTATION_FIRST,
  PRESENTATION_LENGTH,
  PRESENTATION_POOL,
  PRESENTATION_START,
  ROLE_PRESENTATION,
  ROLES,
} from '../../src/chars/tables.js';

const ch = (c: number): string => String.fromCodePoint(c);
const isMn = (c: number): boolean => /^\p{Mn}$/u.test(ch(c));
const isArabicLetter = (c: number): boolean => /^\p{L}$/u.test(ch(c)) && /^\p{Script=Arabic}$/u.test(ch(c));
const inRanges = (c: number, ranges: readonly (readonly [number, number, ...unknown[]])[]): boolean =>
  ranges.some(([a, b]) => c >= a && c <= b);
const ARABIC_BLOCKS: readonly [number, number][] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x08ff],
  [0x10ec0, 0x10eff],
];

describe('diacritic table', () => {
  it('holds only \\p{Mn} code points, with the astral marks U+10EFA–U+10EFF', () => {
    for (const [a, b] of ARABIC_MARK_RANGES) for (let c = a; c <= b; c++) expect(isMn(c), c.toString(16)).toBe(true);
    for (let c = 0x10efa; c <= 0x10eff; c++) expect(isMn(c), c.toString(16)).toBe(true);
  });
  it('covers every Mn of the Arabic blocks (as of Node’s Unicode)', () => {
    for (const [a, b] of ARABIC_BLOCKS) {
      for (let c = a; c <= b; c++) {
        if (!isMn(c)) continue;
        const known = c > 0xffff ? c >= 0x10efa && c <= 0x10eff : inRanges(c, ARABIC_MARK_RANGES);
        expect(known, c.toString(16)).toBe(true);
      }
    }
  });
  it('puts each mark in the class its switch names', () => {
    const cls = (c: number): number | undefined => ARABIC_MARK_RANGES.find(([a, b]) => c >= a && c <= b)?.[2];
    expect(cls(0x064e)).toBe(MarkClass.Harakat);
    expect(cls(0x064b)).toBe(MarkClass.Tanween);
    expect(cls(0x0651)).toBe(MarkClass.Shadda);
    expect(cls(0x0652)).toBe(MarkClass.Sukun);
    expect(cls(0x0654)).toBe(MarkClass.MaddaHamza);
    expect(cls(0x0670)).toBe(MarkClass.DaggerAlef);
    expect(cls(0x06d6)).toBe(MarkClass.Quranic);
  });
  it('lists exactly the marks NFD places before a hamza below (lower combining class)', () => {
    for (const [a, b] of ARABIC_BLOCKS) {
      for (let c = a; c <= Math.min(b, 0xffff); c++) {
        if (!isMn(c) || c === 0x0655) continue;
        const reordered = `\u0628\u0655${ch(c)}`.normalize('NFD').charCodeAt(1) === c;
        expect(inRanges(c, LOW_CCC_MARK_RANGES), c.toString(16)).toBe(reordered);
      }
    }
  });
  it('does not contain the non-Mn signs U+06DD, U+06DE, U+06E5, U+06E6, U+06E9', () => {
    for (const c of [0x06dd, 0x06de, 0x06e5, 0x06e6, 0x06e9, 0x0640]) expect(inRanges(c, ARABIC_MARK_RANGES)).toBe(false);
  });
});

describe('letter tables', () => {
  it('letter ranges are exactly the Arabic-script letters (Lo) of the Arabic blocks', () => {
    for (const [a, b] of ARABIC_BLOCKS) {
      for (let c = a; c <= Math.min(b, 0xffff); c++) {
        const lo = /^\p{Lo}$/u.test(ch(c));
        expect(inRanges(c, ARABIC_LETTER_RANGES), c.toString(16)).toBe(lo);
      }
    }
  });
  it('every fold target is an Arabic letter (a look-alike may add the hamza mark)', () => {
    const targets = [ALEF, YA, HEH, ...HAMZA_CARRIER_FOLDS.map(([, to]) => to)];
    for (const [, to] of LOOKALIKE_FOLDS) {
      for (const u of Array.from(to)) if (u !== '\u0654') targets.push(u.charCodeAt(0));
    }
    for (const t of targets) expect(isArabicLetter(t), t.toString(16)).toBe(true);
    for (const c of [...ALEF_VARIANTS, ...TEH_MARBUTA_FORMS, ...LOOKALIKE_FOLDS.map(([c]) => c)]) {
      expect(isArabicLetter(c), c.toString(16)).toBe(true);
    }
  });
  it('look-alike folds are canonically equivalent where Unicode says so (ۀ = ە + ٔ)', () => {
    expect('\u06c0'.normalize('NFD')).toBe('\u06d5\u0654');
    expect('\u06c2'.normalize('NFD')).toBe('\u06c1\u0654');
    expect('\u06d3'.normalize('NFD')).toBe('\u06d2\u0654');
  });
  it('hamza compositions are exactly NFC’s', () => {
    for (const [base, mark] of HAMZA_COMPOSITIONS) expect(ch(base) + ch(mark)).not.toBe((ch(base) + ch(mark)).normalize('NFC'));
    for (const [base, mark, composed] of HAMZA_COMPOSITIONS) expect((ch(base) + ch(mark)).normalize('NFC')).toBe(ch(composed));
    let count = 0;
    for (let b = 0x0620; b <= 0x06ff; b++) {
      for (const m of [0x0653, 0x0654, 0x0655]) if ((ch(b) + ch(m)).normalize('NFC').length === 1) count++;
    }
    expect(count).toBe(HAMZA_COMPOSITIONS.length);
  });
});

describe('symbol tables', () => {
  it('digits are decimal digits', () => {
    for (let k = 0; k < 10; k++) {
      expect(/^\p{Nd}$/u.test(ch(ARABIC_INDIC_ZERO + k))).toBe(true);
      expect(/^\p{Nd}$/u.test(ch(EXTENDED_DIGIT_ZERO + k))).toBe(true);
    }
  });
  it('punctuation sources are punctuation (or the percent sign) and targets ASCII', () => {
    for (const [from, to] of PUNCTUATION_FOLDS) {
      expect(/^\p{P}$/u.test(ch(from)), from.toString(16)).toBe(true);
      expect(to).toBeLessThan(0x80);
    }
  });
  it('invisible controls are format characters', () => {
    for (const c of INVISIBLE_CONTROLS) expect(/^\p{Cf}$/u.test(ch(c)), c.toString(16)).toBe(true);
  });
  it('horizontal spaces are space separators or tab', () => {
    for (const c of HORIZONTAL_SPACES) expect(c === 9 || /^\p{Zs}$/u.test(ch(c)), c.toString(16)).toBe(true);
  });
});

describe('presentation-form table', () => {
  it('maps each form to its NFKC decomposition, minus a leading space, with the documented overrides', () => {
    const overrides = new Map(PRESENTATION_OVERRIDES);
    let mapped = 0;
    for (const [a, b] of PRESENTATION_RANGES) {
      for (let c = a; c <= b; c++) {
        const k = c - PRESENTATION_FIRST;
        const start = PRESENTATION_START[k]!;
        const got = start === NO_EXPANSION ? undefined : String.fromCharCode(...PRESENTATION_POOL.subarray(start, start + PRESENTATION_LENGTH[k]!));
        const nfkc = ch(c).normalize('NFKC');
        const want = overrides.get(c) ?? (nfkc === ch(c) ? undefined : nfkc.replace(/^ /u, ''));
        expect(got, c.toString(16)).toBe(want);
        expect(((ROLES[c] ?? 0) & ROLE_PRESENTATION) !== 0).toBe(want !== undefined);
        if (want !== undefined) mapped++;
      }
    }
    expect(mapped).toBeGreaterThan(700);
  });
  it('expands only to Arabic letters, marks, tatweel and spaces', () => {
    for (const u of PRESENTATION_POOL) {
      expect(isArabicLetter(u) || isMn(u) || u === 0x20 || u === 0x0640, u.toString(16)).toBe(true);
    }
  });
  it('has the traps of the spec', () => {
    expect(new Map(PRESENTATION_OVERRIDES).get(0xfdfc)).toBe('ريال');
    expect('\ufdfc'.normalize('NFKC')).toBe('ر\u06cc\u0627ل');
    expect('\ufdfd'.normalize('NFKC')).toBe('\ufdfd');
    expect('\ufe70'.normalize('NFKC')).toBe(' \u064b');
  });
});
