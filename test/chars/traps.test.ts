import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../src/chars/index.js';

describe('traps from existing libraries', () => {
  it('lam-alef ligatures keep their hamza or madda', () => {
    expect(normalize('\ufef7 \ufef8 \ufef5 \ufef6 \ufef9 \ufefa \ufefb \ufefc')).toBe('لأ لأ لآ لآ لإ لإ لا لا');
    expect(normalize('\ufef7\ufee3\ufee3 \ufee3\ufe98\ufea4\ufeaa\ufe93', 'search')).toBe('لامم متحده');
  });
  it('expands the multi-letter ligatures', () => {
    expect(normalize('\ufdf2')).toBe('الله');
    expect(normalize('النبي \ufdfa')).toBe('النبي صلى الله عليه وسلم');
    expect(normalize('\ufdfb')).toBe('جل جلاله');
  });
  it('folds the Farsi yeh of the rial sign and expands the basmala', () => {
    expect(normalize('١٠٠ \ufdfc')).toBe('١٠٠ ريال');
    expect(normalize('\ufdfc', { presentationForms: true, lookalikes: false })).toBe('ريال');
    expect(normalize('\ufdfd')).toBe('بسم الله الرحمن الرحيم');
  });
  it('drops the space of the space + mark forms', () => {
    expect(normalize('ب\ufe70')).toBe('بً');
    expect(normalize('ب\ufe72 ت\ufe7c')).toBe('بٌ تّ');
    expect(normalize('د\ufc5e')).toBe('دٌّ');
    expect(normalize('د\ufc5e', 'ml')).toBe('د');
    expect(normalize('\ufe71', 'light')).toBe('ً');
  });
  it('runs look-alike folding after the presentation forms', () => {
    expect(normalize('\ufb8e\ufbfc')).toBe('كي');
    expect(normalize('\ufb8e\ufbfc', { lookalikes: false })).toBe('کی');
  });
  it('maps only the Arabic presentation ranges, never NFKC of the whole string', () => {
    expect(normalize('½ ﬁ ² ① Ⅻ ｆｕｌｌ', 'search')).toBe('½ ﬁ ² ① Ⅻ ｆｕｌｌ');
    expect(normalize('\ufd3e\ufd3f \ufdfe \ufbb2', 'search')).toBe('\ufd3e\ufd3f \ufdfe \ufbb2');
  });
  it('composes decomposed input before folding', () => {
    const nfd = 'إلى أين يا مسؤول؟ آمال'.normalize('NFD');
    expect(normalize(nfd)).toBe('إلى أين يا مسؤول؟ آمال');
    expect(normalize(nfd, 'search')).toBe(normalize('إلى أين يا مسؤول؟ آمال', 'search'));
    expect(normalize('إِلَى'.normalize('NFD'), 'search')).toBe('الي');
  });
  it('composes a look-alike base with its hamza (ی + ٔ → ئ)', () => {
    expect(normalize('ی\u0654')).toBe('ئ');
    expect(normalize('\ufef1\u0654')).toBe('ئ');
  });
  it('does not fold ى or dagger alef into alef (pyarabic#39)', () => {
    expect(normalize('إلى', 'search')).toBe('الي');
    expect(normalize('هٰذا', 'search')).toBe('هذا');
  });
  it('keeps Arabic digits and hamza letters (arabic-text-normalizer deletes them)', () => {
    expect(normalize('في ١٥ مايو ٢٠٢٤ قال أحمد', 'ml')).toBe('في ١٥ مايو ٢٠٢٤ قال أحمد');
  });
  it('does not turn dagger alef into a space (AraBERT) nor delete ی and ۰–۹', () => {
    expect(normalize('هٰذا ی ۱۲', 'ml')).toBe('هذا ي ۱۲');
  });
  it('never corrupts numbers or URLs with elongation', () => {
    expect(normalize('1000000 www.aaa.com ١١١١', { profile: 'search', elongation: true })).toBe('1000000 www.aaa.com 1111');
  });
  it('folds ٫ to a decimal point, not a comma (arclean)', () => {
    expect(normalize('٣٫١٤', 'search')).toBe('3.14');
  });
});

describe('surrogates', () => {
  it('passes lone surrogates and astral characters through', () => {
    for (const p of ['light', 'ml', 'search'] as const) {
      expect(normalize('\ud800 \udc00 \u{1f600} \u{20000} ب\ud803', p)).toBe('\ud800 \udc00 \u{1f600} \u{20000} ب\ud803');
    }
  });
  it('keeps offsets right across surrogate pairs', () => {
    const r = normalizeWithOffsets('\u{1f600}ـب', 'light');
    expect(r.text).toBe('\u{1f600}ب');
    expect(Array.from(r.offsets)).toEqual([0, 1, 3, 4]);
  });
  it('decodes lone surrogates after a change (no U+FFFD)', () => {
    expect(normalize('ـ\ud800ـ\udfff', 'light')).toBe('\ud800\udfff'.slice(0, 1) + '\udfff');
  });
});

describe('fast path', () => {
  it('returns the input itself when nothing applies', () => {
    const clean = 'قال الوزير إن الخطة جاهزة.\nفقرة ثانية.';
    expect(normalize(clean)).toBe(clean);
    expect(normalize(clean, 'ml')).toBe(clean);
    const r = normalizeWithOffsets(clean);
    expect(r.text).toBe(clean);
    expect(Array.from(r.offsets)).toEqual(Array.from({ length: clean.length + 1 }, (_, i) => i));
  });
  it('returns equal text when a conservative stop finds nothing to change', () => {
    expect(normalize('اَلْ', 'light')).toBe('اَلْ');
    expect(normalize('ا\u200c', { invisibles: false })).toBe('ا\u200c');
  });
  it('handles empty input', () => {
    expect(normalize('')).toBe('');
    expect(Array.from(normalizeWithOffsets('', 'search').offsets)).toEqual([0]);
  });
  it('grows its buffer for long expansions', () => {
    const input = '\ufdfd'.repeat(1000);
    const out = normalize(input);
    expect(out.length).toBe(1000 * 22);
    const r = normalizeWithOffsets(input);
    expect(r.offsets.length).toBe(r.text.length + 1);
    expect(r.offsets[r.text.length]).toBe(1000);
    expect(r.offsets[22 * 999]).toBe(999);
  });
  it('handles long inputs without recursion and in chunks', () => {
    const input = 'أَ'.repeat(100_000) + '\ud800';
    expect(normalize(input, 'search')).toBe('ا'.repeat(100_000) + '\ud800');
  });
});
