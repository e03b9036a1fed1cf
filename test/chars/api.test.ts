import { describe, expect, it } from 'vitest';
import * as chars from '../../src/chars/index.js';
import * as root from '../../src/index.js';
import {
  describeNormalization,
  foldAlef,
  foldHamza,
  foldLookalikes,
  foldPresentationForms,
  foldTehMarbuta,
  foldYa,
  isNormalizationBoundary,
  lastNormalizationBoundary,
  normalize,
  NORMALIZATION_RULES,
  normalizeWhitespace,
  normalizeWithOffsets,
  stripDiacritics,
  stripInvisibles,
  stripTatweel,
  toAsciiDigits,
} from '../../src/chars/index.js';

describe('export list', () => {
  it('is exactly the documented character-normalization API', () => {
    expect(Object.keys(chars).sort()).toEqual(
      [
        'NORMALIZATION_RULES',
        'describeNormalization',
        'foldAlef',
        'foldHamza',
        'foldLookalikes',
        'foldPresentationForms',
        'foldTehMarbuta',
        'foldYa',
        'isNormalizationBoundary',
        'lastNormalizationBoundary',
        'normalize',
        'normalizeWhitespace',
        'normalizeWithOffsets',
        'stripDiacritics',
        'stripInvisibles',
        'stripTatweel',
        'toAsciiDigits',
      ].sort(),
    );
  });
  it('is re-exported from the package root', () => {
    for (const name of Object.keys(chars)) expect((root as Record<string, unknown>)[name], name).toBe((chars as Record<string, unknown>)[name]);
  });
});

describe('errors', () => {
  const fns: [string, (x: never) => unknown][] = [
    ['normalize', (x) => normalize(x)],
    ['normalizeWithOffsets', (x) => normalizeWithOffsets(x)],
    ['stripDiacritics', (x) => stripDiacritics(x)],
    ['stripTatweel', (x) => stripTatweel(x)],
    ['foldAlef', (x) => foldAlef(x)],
    ['foldYa', (x) => foldYa(x)],
    ['foldTehMarbuta', (x) => foldTehMarbuta(x)],
    ['foldHamza', (x) => foldHamza(x)],
    ['foldLookalikes', (x) => foldLookalikes(x)],
    ['toAsciiDigits', (x) => toAsciiDigits(x)],
    ['stripInvisibles', (x) => stripInvisibles(x)],
    ['foldPresentationForms', (x) => foldPresentationForms(x)],
    ['normalizeWhitespace', (x) => normalizeWhitespace(x)],
    ['isNormalizationBoundary', (x) => isNormalizationBoundary(x, 0)],
    ['lastNormalizationBoundary', (x) => lastNormalizationBoundary(x)],
  ];
  it('a non-string text throws a TypeError naming the function and the type', () => {
    for (const [name, fn] of fns) {
      expect(() => fn(42 as never), name).toThrow(TypeError);
      expect(() => fn(42 as never), name).toThrow(new RegExp(`^${name}: .*number`, 'u'));
      expect(() => fn(null as never), name).toThrow(/null/u);
      expect(() => fn(undefined as never), name).toThrow(/undefined/u);
    }
  });
  it('invalid options throw RangeError or TypeError naming the option', () => {
    const bad = (o: unknown): (() => unknown) => () => normalize('x', o as never);
    expect(bad('fast')).toThrow(RangeError);
    expect(bad('fast')).toThrow(/'profile'.*'fast'/u);
    expect(bad({ profile: 'fast' })).toThrow(RangeError);
    expect(bad({ profile: 3 })).toThrow(TypeError);
    expect(bad({ profile: 3 })).toThrow(/'profile'/u);
    expect(bad({ alef: 'yes' })).toThrow(TypeError);
    expect(bad({ alef: 'yes' })).toThrow(/normalize: option 'alef' must be a boolean, received string/u);
    expect(bad({ alefs: true })).toThrow(RangeError);
    expect(bad({ alefs: true })).toThrow(/unknown option 'alefs'/u);
    expect(bad({ ya: 'up' })).toThrow(/option 'ya'.*'up'/u);
    expect(bad({ digits: 3 })).toThrow(/option 'digits'.*number/u);
    expect(bad({ diacritics: 'all' })).toThrow(TypeError);
    expect(bad({ diacritics: null })).toThrow(/'diacritics'.*null/u);
    expect(bad({ diacritics: { keepShada: true } })).toThrow(/unknown option 'diacritics.keepShada'/u);
    expect(bad({ diacritics: { keepShadda: 1 } })).toThrow(/'diacritics.keepShadda'/u);
    expect(bad({ diacritics: { daggerAlef: 'drop' } })).toThrow(/'diacritics.daggerAlef'.*'drop'/u);
    expect(bad(42)).toThrow(TypeError);
    expect(bad(null)).toThrow(/options.*null/u);
    expect(bad([])).toThrow(/array/u);
    expect(() => normalizeWithOffsets('x', 'fast' as never)).toThrow(/^normalizeWithOffsets: /u);
    expect(() => foldYa('x', 'up' as never)).toThrow(RangeError);
    expect(() => stripDiacritics('x', { keepAll: true } as never)).toThrow(/stripDiacritics: unknown option 'diacritics.keepAll'/u);
  });
  it('never mutates or keeps the options object', () => {
    const o = Object.freeze({ profile: 'search' as const, tehMarbuta: false, diacritics: Object.freeze({ keepShadda: true }) });
    expect(normalize('مدرسةّ', o)).toBe('مدرسةّ');
    expect(o).toEqual({ profile: 'search', tehMarbuta: false, diacritics: { keepShadda: true } });
  });
});

describe('describeNormalization', () => {
  it('lists the rules of each profile with their safety class', () => {
    expect(describeNormalization().rules.map((r) => r.name)).toEqual(['presentationForms', 'lookalikes', 'compose', 'tatweel', 'invisibles', 'whitespace']);
    expect(describeNormalization().profile).toBe('light');
    expect(describeNormalization('light').lossless).toBe(true);
    expect(describeNormalization('ml').lossless).toBe(false);
    const search = describeNormalization('search');
    expect(search.rules).toHaveLength(13);
    expect(search.rules.filter((r) => r.safety === 'folding').map((r) => r.name)).toEqual([
      'diacritics',
      'alef',
      'ya',
      'tehMarbuta',
      'hamza',
      'digits',
      'punctuation',
    ]);
  });
  it('follows the overrides', () => {
    expect(describeNormalization({ profile: 'ml', diacritics: false }).lossless).toBe(true);
    expect(describeNormalization({ profile: 'ml', diacritics: { keepShadda: true } }).lossless).toBe(false);
    expect(describeNormalization({ whitespace: false }).rules.map((r) => r.name)).not.toContain('whitespace');
    expect(describeNormalization({ ya: 'alef-maksura' }).rules.map((r) => r.name)).toContain('ya');
    expect(describeNormalization({ profile: 'search', digits: 'arabic-indic' }).rules.map((r) => r.name)).toContain('digits');
  });
  it('declares every rule once, six of them encoding repair', () => {
    expect(new Set(NORMALIZATION_RULES.map((r) => r.name)).size).toBe(14);
    expect(NORMALIZATION_RULES.filter((r) => r.safety === 'encoding-repair').map((r) => r.name)).toEqual(describeNormalization('light').rules.map((r) => r.name));
    expect(Object.isFrozen(NORMALIZATION_RULES)).toBe(true);
    expect(Object.isFrozen(NORMALIZATION_RULES[0])).toBe(true);
  });
  it('agrees with what the engine does: a lossless set never changes letters of clean text', () => {
    const text = 'أَعلنَ وزيرُ الماليّة إلى جانب ٣٫٥٪ في مدرسة؟';
    for (const o of ['light', 'ml', 'search', { profile: 'ml', diacritics: false }] as const) {
      const changed = normalize(text, o) !== text;
      expect(changed).toBe(!describeNormalization(o).lossless);
    }
  });
});

describe('one-rule helpers', () => {
  it('each applies its rule and nothing else', () => {
    const text = 'ﻷنَّ  أحمدَ ـ إلى مدرسة مسؤول ٣٫٥ کی\u200f، ؟';
    expect(stripDiacritics(text)).toBe('ﻷن  أحمد ـ إلى مدرسة مسؤول ٣٫٥ کی\u200f، ؟');
    expect(stripDiacritics('مُحَمَّدٌ', { keepShadda: true })).toBe('محمّد');
    expect(stripTatweel(text)).toBe('ﻷنَّ  أحمدَ  إلى مدرسة مسؤول ٣٫٥ کی\u200f، ؟');
    expect(foldAlef(text)).toBe('ﻷنَّ  احمدَ ـ الى مدرسة مسؤول ٣٫٥ کی\u200f، ؟');
    expect(foldYa(text)).toBe('ﻷنَّ  أحمدَ ـ إلي مدرسة مسؤول ٣٫٥ کی\u200f، ؟');
    expect(foldYa('إلي', 'alef-maksura')).toBe('إلى');
    expect(foldTehMarbuta(text)).toBe('ﻷنَّ  أحمدَ ـ إلى مدرسه مسؤول ٣٫٥ کی\u200f، ؟');
    expect(foldHamza(text)).toBe('ﻷنَّ  أحمدَ ـ إلى مدرسة مسوول ٣٫٥ کی\u200f، ؟');
    expect(foldLookalikes(text)).toBe('ﻷنَّ  أحمدَ ـ إلى مدرسة مسؤول ٣٫٥ كي\u200f، ؟');
    expect(toAsciiDigits(text)).toBe('ﻷنَّ  أحمدَ ـ إلى مدرسة مسؤول 3.5 کی\u200f، ؟');
    expect(stripInvisibles(text)).toBe('ﻷنَّ  أحمدَ ـ إلى مدرسة مسؤول ٣٫٥ کی، ؟');
    expect(foldPresentationForms(text)).toBe('لأنَّ  أحمدَ ـ إلى مدرسة مسؤول ٣٫٥ کی\u200f، ؟');
    expect(normalizeWhitespace(text)).toBe('ﻷنَّ أحمدَ ـ إلى مدرسة مسؤول ٣٫٥ کی\u200f، ؟');
  });
});

describe('normalization boundaries', () => {
  it('accepts the ends and a space or LF after a visible character', () => {
    const text = 'قال  الوزير\nإن';
    expect(isNormalizationBoundary(text, 0)).toBe(true);
    expect(isNormalizationBoundary(text, text.length)).toBe(true);
    expect(isNormalizationBoundary(text, 3)).toBe(true);
    expect(isNormalizationBoundary(text, 4)).toBe(false);
    expect(isNormalizationBoundary(text, 11)).toBe(true);
    expect(isNormalizationBoundary(text, 2)).toBe(false);
    expect(isNormalizationBoundary(text, -1)).toBe(false);
    expect(isNormalizationBoundary(text, 99)).toBe(false);
    expect(isNormalizationBoundary(text, 1.5)).toBe(false);
    expect(isNormalizationBoundary('بَ ب', 2)).toBe(false);
    expect(isNormalizationBoundary('ـ ب', 1)).toBe(false);
  });
  it('finds the last safe cut', () => {
    expect(lastNormalizationBoundary('قال الوزير', 9)).toBe(3);
    expect(lastNormalizationBoundary('قال الوزير')).toBe(10);
    expect(lastNormalizationBoundary('كلمة', 2)).toBe(0);
    expect(lastNormalizationBoundary('قال الوزير', 99)).toBe(10);
    expect(lastNormalizationBoundary('قال الوزير', -5)).toBe(0);
  });
});
