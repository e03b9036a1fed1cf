import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  isNormalizationBoundary,
  normalize,
  normalizeWithOffsets,
  type NormalizeOptions,
  type ProfileName,
} from '../../src/chars/index.js';
import { arabicText, fullOptions, mixedText } from './arbitraries.js';
import { reference } from './reference.js';
import { runs } from '../runs.js';

const PROFILES: readonly ProfileName[] = ['light', 'ml', 'search'];
const profile = fc.constantFrom(...PROFILES);
const anyText = fc.oneof(mixedText, arabicText);
const RUNS = runs(300);

describe('idempotence', () => {
  test.prop([anyText, profile], RUNS)('normalize(normalize(x, p), p) === normalize(x, p) for each profile', (text, p) => {
    const once = normalize(text, p);
    expect(normalize(once, p)).toBe(once);
  });
  test.prop([anyText, fullOptions], RUNS)('also for any option set', (text, o) => {
    const once = normalize(text, o);
    expect(normalize(once, o)).toBe(once);
  });
});

// Code units no rule changes or deletes in any profile.
const UNTOUCHED = new Set(Array.from('aZ/:-½ﬁ²中!(بتثجحخدذرزسشصضطظعغفقلمنپچژگ\ud83d\ude00\ud800\udfff', (c) => c.charCodeAt(0)));
// Filtered by code unit: a deletion may join two lone surrogates into a pair.
const untouched = (s: string): string => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).filter((c) => UNTOUCHED.has(c)).map((c) => String.fromCharCode(c)).join('');

describe('pass-through', () => {
  const noPresentation = anyText.map((s) => s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]/gu, ''));
  test.prop([noPresentation, profile], RUNS)('characters no rule touches come out unchanged and in order', (text, p) => {
    expect(untouched(normalize(text, p))).toBe(untouched(text));
  });
  test.prop([fc.array(fc.constantFrom(...Array.from('aZ/:-½ﬁ²中!(بتثجحخدذرزسشصضطظعغفقكلمن😀\ud800\udfff')), { maxLength: 30 }), profile], RUNS)(
    'text made only of untouched characters is returned as is',
    (parts, p) => {
      const text = parts.join('');
      expect(normalize(text, p)).toBe(text);
    },
  );
});

const BASIC_LETTERS = /[\u0621-\u063A\u0641-\u064A]/gu;
const cleanText = fc
  .array(fc.constantFrom(...Array.from('ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة'), ...Array.from('\u064e\u064f\u0650\u0651\u0652\u064b\u0670'), ' ', ' ', '\n', ...Array.from('٠١٢،؟.aZ')), {
    maxLength: 50,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s === s.normalize('NFC'));

describe('light is lossless', () => {
  test.prop([cleanText], RUNS)('never changes the letters of clean NFC text', (text) => {
    const out = normalize(text, 'light');
    expect(out.match(BASIC_LETTERS)?.join('') ?? '').toBe(text.match(BASIC_LETTERS)?.join('') ?? '');
    expect(out.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
  });
});

describe('offsets', () => {
  test.prop([anyText, fc.oneof(profile, fullOptions)], RUNS)('are well formed and point at producing characters', (text, o) => {
    const { text: out, offsets } = normalizeWithOffsets(text, o);
    expect(out).toBe(normalize(text, o as NormalizeOptions | ProfileName));
    expect(offsets.length).toBe(out.length + 1);
    expect(offsets[out.length]).toBe(text.length);
    for (let i = 0; i < out.length; i++) expect(offsets[i]).toBeLessThanOrEqual(offsets[i + 1]!);
    // Everything before the first source is deleted material (0 when the input starts with a kept character).
    if (out.length > 0) expect(normalize(text.slice(0, offsets[0]), o as NormalizeOptions | ProfileName).trim()).toBe('');
    for (let i = 0; i < out.length; i++) {
      const src = offsets[i]!;
      expect(src).toBeLessThan(text.length);
      expect(canProduce(text.charCodeAt(src), out.charCodeAt(i))).toBe(true);
    }
  });
});

/** Whether input unit `c` can produce output unit `u` under some rule (closure of every mapping). */
function canProduce(c: number, u: number): boolean {
  const from = String.fromCharCode(c);
  const images = new Set<string>([from]);
  const add = (s: string): void => {
    for (const ch of s) images.add(ch);
  };
  if (c >= 0xfb50 && c <= 0xfefc) {
    add(from.normalize('NFKC'));
    add('ريال بسم الله الرحمن الرحيم');
  }
  const step: Record<string, string> = {
    'ک': 'ك', 'ی': 'يئى', 'ے': 'يۓئى', 'ۓ': 'ئيى', 'ہ': 'هۂ', 'ۂ': 'ه\u0654', 'ۀ': 'ه\u0654', 'ە': 'هۀ', 'ھ': 'ه',
    'ا': 'آأإ', 'و': 'ؤ', 'ي': 'ئى', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ى': 'ي',
    'ة': 'ه', 'ۃ': 'ه', 'ؤ': 'و', 'ئ': 'يى', '\u0670': 'ا', '٫': '.', '٬': ',', '،': ',', '؛': ';', '؟': '?', '٪': '%',
    '٭': '*', '۔': '.', '\t': ' ', '\u00a0': ' ', '\u3000': ' ', '\u2009': ' ', '\u1680': ' ', '\r': '\n', '\u2028': '\n',
    '\u2029': '\n', '\u0085': '\n',
  };
  for (let round = 0; round < 4; round++) {
    for (const ch of Array.from(images)) {
      add(step[ch] ?? '');
      const d = ch.charCodeAt(0);
      if (d >= 0x660 && d <= 0x669) add(String(d - 0x660) + String.fromCharCode(d));
      if (d >= 0x6f0 && d <= 0x6f9) add(String(d - 0x6f0) + String.fromCharCode(d - 0x90));
      if (d >= 0x30 && d <= 0x39) add(String.fromCharCode(d - 0x30 + 0x660));
    }
  }
  return images.has(String.fromCharCode(u));
}

describe('reference implementation', () => {
  it('is itself right on hand-checked cases', () => {
    const light = {
      presentationForms: true, lookalikes: true, compose: true, tatweel: true, invisibles: true, whitespace: true,
      diacritics: false, alef: false, ya: false, tehMarbuta: false, hamza: false, digits: false, punctuation: false, elongation: false,
    };
    const search = { ...light, diacritics: true, alef: true, ya: true, tehMarbuta: true, hamza: true, digits: true, punctuation: true };
    expect(reference('كتـاب  \ufef7 ا\u064e\u0654\r\n', light)).toBe('كتاب لأ أَ\n');
    expect(reference('إلى المدرسةِ ٣٫٥؟ پ\u200cها ب\u200cب', search)).toBe('الي المدرسه 3.5? پ\u200cها بب');
    expect(reference('جميييل علي', { ...light, elongation: true, ya: 'alef-maksura' })).toBe('جميل على');
  });
  test.prop([anyText, profile], RUNS)('the single pass equals one-regex-per-rule on the profiles', (text, p) => {
    const o = {
      presentationForms: true,
      lookalikes: true,
      compose: true,
      tatweel: true,
      invisibles: true,
      whitespace: true,
      diacritics: p !== 'light',
      alef: p === 'search',
      ya: p === 'search',
      tehMarbuta: p === 'search',
      hamza: p === 'search',
      digits: p === 'search',
      punctuation: p === 'search',
      elongation: false,
    };
    expect(normalize(text, p)).toBe(reference(text, o));
  });
  test.prop([anyText, fullOptions], runs(500))('and on any option set', (text, o) => {
    expect(normalize(text, o)).toBe(reference(text, o));
  });
});

describe('boundaries', () => {
  test.prop([anyText, fc.oneof(profile, fullOptions)], RUNS)('cutting at a boundary changes nothing', (text, o) => {
    const opts = o as NormalizeOptions | ProfileName;
    const whole = normalizeWithOffsets(text, opts);
    for (let i = 0; i <= text.length; i++) {
      if (!isNormalizationBoundary(text, i)) continue;
      const a = normalizeWithOffsets(text.slice(0, i), opts);
      const b = normalizeWithOffsets(text.slice(i), opts);
      expect(a.text + b.text).toBe(whole.text);
      expect([...Array.from(a.offsets.subarray(0, a.text.length)), ...Array.from(b.offsets, (x) => x + i)]).toEqual(Array.from(whole.offsets));
    }
  });
});
