import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createNormalizeStream, normalize, type ProfileName } from '../../src/index.js';
import { runStream, splitAt } from './helpers.js';
import { runs } from '../runs.js';

// Pieces chosen to straddle every boundary hazard: whitespace runs and line breaks, CRLF, marks
// after letters, decomposed letters (alef + combining hamza), surrogate pairs (emoji, astral
// Arabic marks), presentation forms, Arabic digits with decimal and thousands separators, ZWNJ,
// tatweel, invisible controls, look-alike letters and Latin.
const pieces = [
  'كتب', 'الرئيس', 'مدرسة', 'إلى', 'على', 'أحمد', 'مؤتمر', 'رئيس', 'وزارة', 'news', 'CNN', '2024',
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2003', ' \n ', '\u3000',
  '\u064e', '\u0650', '\u0651\u064e', '\u064b', '\u0670', '\u0654', '\u0655', '\u0653',
  'ا\u0654', 'ي\u0654', 'و\u0654', 'ا\u0653',
  '😀', '\u{1F1F8}\u{1F1E6}', '\u{10EFA}', '\ud83d', '\ude00',
  '\ufef7', '\ufefb', '\ufdf2', '\ufe70', '\ufb8e', '\ufbfc', '\ufe8d\ufedf',
  '١٥', '٣٫٥', '١٬٠٠٠', '٢٠٢٤', '۱۲', '٫', '٬', '،', '؟', '؛', '٪',
  '\u0640', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff', '\u00ad',
  'ک', 'ی', 'ہ', 'ھ', '.', '(', ')', '-',
];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));
const cutsArb = fc.array(fc.nat({ max: 1200 }), { maxLength: 40 });
const profileArb = fc.constantFrom<ProfileName>('light', 'ml', 'search');

describe('createNormalizeStream', () => {
  test.prop([textArb, cutsArb, profileArb], runs(300))(
    'for random text and random chunk boundaries, the output equals normalize of the whole text',
    async (text, cuts, profile) => {
      const pieces = await runStream(splitAt(text, cuts), profile, { minBatchLength: 1 });
      expect(pieces.join('')).toBe(normalize(text, profile));
    },
  );

  test.prop([textArb, fc.integer({ min: 1, max: 7 }), profileArb], runs(150))(
    'one-unit-at-a-time and fixed-size chunking give the same result as normalize',
    async (text, size, profile) => {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const pieces = await runStream(chunks, profile, { minBatchLength: size });
      expect(pieces.join('')).toBe(normalize(text, profile));
    },
  );

  test.prop([textArb, cutsArb], runs(100))('with default batching the output is the same', async (text, cuts) => {
    const pieces = await runStream(splitAt(text, cuts), 'search');
    expect(pieces.join('')).toBe(normalize(text, 'search'));
  });

  it('emits text before the input ends once a batch is full', async () => {
    const sentence = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة.\n';
    const chunks = Array.from({ length: 50 }, () => sentence);
    const pieces = await runStream(chunks, 'light', { minBatchLength: 256 });
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(normalize(chunks.join(''), 'light'));
  });

  it('holds a CRLF and a whitespace run split across chunks until the next word', async () => {
    const pieces = await runStream(['القاهرة  \r', '\n  ', ' \n', 'الجيزة'], 'light', { minBatchLength: 1 });
    expect(pieces.join('')).toBe(normalize('القاهرة  \r\n   \nالجيزة', 'light'));
  });

  it('keeps a letter and its marks, and a surrogate pair, together across chunks', async () => {
    const text = 'قَالَ الوزيرُ 😀 ا\u0654حمد';
    const chunks = splitAt(text, [1, 2, 3, 15, 16, 17, 18]);
    expect((await runStream(chunks, 'ml', { minBatchLength: 1 })).join('')).toBe(normalize(text, 'ml'));
  });

  it('cuts a word longer than maxPendingLength between letters, keeping memory bounded', async () => {
    const word = 'كتبمدرسةوزارة'.repeat(40);
    const chunks = splitAt(word, [50, 100, 150, 200, 300, 400]);
    const pieces = await runStream(chunks, 'search', { minBatchLength: 10, maxPendingLength: 64 });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(normalize(word, 'search'));
  });

  it('after a forced cut, goes back to normal boundaries with the same result', async () => {
    const text = `${'كتبمدرسةوزارة'.repeat(20)} قال الوزير  إن\r\nالخطة ١٥٫٥ جاهزة ${'أحمد'.repeat(30)} نهاية`;
    const chunks = splitAt(text, Array.from({ length: 40 }, (_, i) => i * 13));
    const pieces = await runStream(chunks, 'search', { minBatchLength: 8, maxPendingLength: 48 });
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(normalize(text, 'search'));
  });

  it('as a last resort cuts anywhere outside a surrogate pair', async () => {
    // Beyond the hard cap (MIN_HARD_CAP units) a word with no whitespace and no letter pair is cut.
    const text = '😀'.repeat(40_000);
    const chunks = splitAt(text, [33, 65, 101, 131, 165, 70_001, 70_003, 79_000]);
    const pieces = await runStream(chunks, 'light', { minBatchLength: 8, maxPendingLength: 16 });
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.charCodeAt(0) & 0xfc00).not.toBe(0xdc00); // never starts with a low surrogate
    }
    expect(pieces.join('')).toBe(normalize(text, 'light'));
  });

  it('accepts an options object and the default profile', async () => {
    expect((await runStream(['كتـاب ', 'جديد'])).join('')).toBe(normalize('كتـاب جديد'));
    expect((await runStream(['أحمد ', 'إلى'], { profile: 'search' })).join('')).toBe(normalize('أحمد إلى', 'search'));
  });

  it('emits nothing for empty input', async () => {
    expect(await runStream([])).toEqual([]);
    expect(await runStream(['', ''])).toEqual([]);
  });

  it('returns a WHATWG TransformStream', () => {
    expect(createNormalizeStream()).toBeInstanceOf(TransformStream);
  });

  it('rejects invalid stream options with a RangeError naming the option', () => {
    expect(() => createNormalizeStream('light', { minBatchLength: 0 })).toThrow(/minBatchLength/);
    expect(() => createNormalizeStream('light', { maxPendingLength: 1.5 })).toThrow(RangeError);
    expect(() => createNormalizeStream('light', { maxPendingLength: Number.NaN })).toThrow(/maxPendingLength/);
  });

  it('errors the stream with a TypeError on a non-string chunk', async () => {
    await expect(runStream([42 as unknown as string])).rejects.toThrow(/createNormalizeStream: expected string chunks, received number/);
  });
});
