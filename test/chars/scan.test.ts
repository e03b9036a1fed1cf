import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalize, normalizeWithOffsets, type NormalizeOptions } from '../../src/chars/index.js';
import { resolveConfig } from '../../src/chars/config.js';
import { SCAN_BASE, SCAN_CHANGE, SCAN_DELTA_SHIFT, SCAN_FLAGS, SCAN_FOLD, SCAN_KIND, SCAN_KIND_COUNT, SCAN_NEXT_SHIFT, SCAN_SPACE } from '../../src/chars/scan.js';
import { arabicText, fullOptions } from './arbitraries.js';
import { reference } from './reference.js';
import { runs } from '../runs.js';

const bitsOf = (profile: 'light' | 'search', c: string): number =>
  resolveConfig('t', profile).scanBits[SCAN_KIND[c.charCodeAt(0)] as number] as number;

describe('scan bits', () => {
  it('flag nothing on letters that never change and fold bits on one-unit folds', () => {
    expect(bitsOf('search', 'ب')).toBe(0);
    expect(bitsOf('search', 'x')).toBe(0);
    expect(bitsOf('search', 'ة') & SCAN_FOLD).toBe(SCAN_FOLD);
    expect(bitsOf('light', 'ة')).toBe(0);
    expect(bitsOf('search', '\u0640') & SCAN_CHANGE).toBe(SCAN_CHANGE);
  });
  it('make a space look at the next unit, and a composing letter at a following mark', () => {
    expect(bitsOf('light', ' ') & SCAN_SPACE).toBe(SCAN_SPACE);
    expect((bitsOf('light', ' ') >>> SCAN_NEXT_SHIFT) & SCAN_SPACE).toBe(SCAN_SPACE);
    expect(bitsOf('light', 'ا') & SCAN_BASE).toBe(SCAN_BASE);
  });
  it('fit the kinds of all 65,536 units in one byte', () => {
    expect(SCAN_KIND_COUNT).toBeLessThanOrEqual(256);
    expect(Math.max(...SCAN_KIND)).toBe(SCAN_KIND_COUNT - 1);
  });
  it.each<[string, NormalizeOptions | 'search']>([
    ['search', 'search'],
    ['search, Arabic-Indic digits', { profile: 'search', digits: 'arabic-indic' }],
    ['light with alef, hamza, punctuation', { profile: 'light', alef: true, hamza: true, punctuation: true }],
    ['light with digits and teh marbuta', { profile: 'light', digits: true, tehMarbuta: true }],
    // folds left to the rules (final ya and elongation need context): no difference at all
    ['search with elongation', { profile: 'search', elongation: true }],
    ['search, ya to alef maksura', { profile: 'search', ya: 'alef-maksura' }],
  ])('hold each one-unit fold of %s as a difference the copy loop adds', (_name, options) => {
    const cfg = resolveConfig('t', options);
    let foldable = 0;
    for (let c = 0; c < 0x10000; c++) {
      const t = cfg.scanBits[SCAN_KIND[c] as number] as number;
      const delta = t >> SCAN_DELTA_SHIFT;
      if ((t & SCAN_FOLD) === 0) {
        expect(delta).toBe(0);
        continue;
      }
      foldable++;
      expect(c + delta).toBe(cfg.folds[c - 0x600]);
    }
    const inline = typeof options === 'string' || (options.elongation !== true && options.ya !== 'alef-maksura');
    if (inline) expect(foldable).toBeGreaterThan(4);
    else expect(foldable).toBe(0);
  });
  it('keep the difference out of the bits the next unit is looked at with', () => {
    const cfg = resolveConfig('t', 'search');
    const at = (c: string): number => cfg.scanBits[SCAN_KIND[c.charCodeAt(0)] as number] as number;
    // ة asks nothing of the next unit; its difference sits above the flags.
    expect(at('ة') >>> SCAN_NEXT_SHIFT).not.toBe(0);
    expect((at('ة') >>> SCAN_NEXT_SHIFT) & SCAN_FLAGS).toBe(0);
    expect(normalize('مدرسة  كبيرة ٣٫٥', 'search')).toBe('مدرسه كبيره 3.5');
  });
});

describe('fast path and copied runs', () => {
  it('checks a separator only after a digit', () => {
    expect(normalize('3٫5', 'search')).toBe('3.5');
    expect(normalize('٣٫٥', 'search')).toBe('3.5');
    expect(normalize('ب٫ 5', 'search')).toBe('ب٫ 5');
  });
  it('takes back a copied letter that composes with a later mark', () => {
    expect(normalize('كتاب ا\u064e\u0654', 'light')).toBe('كتاب أَ');
    expect(normalizeWithOffsets('كتاب ا\u064e\u0654', 'light').offsets).toEqual(Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 8]));
    expect(normalize('\u{1f600} ا\u0654', 'light')).toBe('\u{1f600} أ');
  });
  it('sends a folded letter followed by a mark back to the rules', () => {
    expect(normalize('أ\u0654', { profile: 'search', diacritics: false })).toBe('ا');
    expect(normalize('ى\u064e\u0654', { profile: 'search', diacritics: false })).toBe('يَ');
    expect(normalize('ة\u0654', { profile: 'light', tehMarbuta: true })).toBe('ه\u0654');
  });
  it('judges whitespace on the output, across deleted units', () => {
    expect(normalize('a \u0640 b', 'light')).toBe('a b');
    expect(normalize('a\n\n\n\nb', 'light')).toBe('a\n\nb');
    expect(normalize('a \nb', 'light')).toBe('a\nb');
    expect(normalize('a\n b', 'light')).toBe('a\nb');
    expect(normalize('كتاب  ', 'search')).toBe('كتاب');
    expect(normalizeWithOffsets('a\n\n\n\nb', 'light').offsets).toEqual(Uint32Array.from([0, 1, 2, 5, 6]));
  });
  it('still finds elongation and context folds', () => {
    expect(normalize('جميييل', { profile: 'search', elongation: true })).toBe('جميل');
    expect(normalize('قال: ٢٠٢٤، و', 'search')).toBe('قال: 2024, و');
    expect(normalize('علي', { profile: 'light', ya: 'alef-maksura' })).toBe('على');
  });
});

const CLEAN = 'قال المتحدث باسم الوزارة في بيان صدر اليوم ان الاجتماع سيعقد الاسبوع المقبل\n';

describe('long clean runs before tricky text', () => {
  test.prop([fc.nat({ max: 3 }), arabicText, fullOptions], runs(150))('agree with the reference', (k, tail, o) => {
    const text = CLEAN.repeat(k + 1) + tail + CLEAN;
    expect(normalize(text, o)).toBe(reference(text, o));
    expect(normalizeWithOffsets(text, o).text).toBe(normalize(text, o));
  });
});
