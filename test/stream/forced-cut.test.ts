import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { normalize, type NormalizeOptions, type ProfileName } from '../../src/index.js';
import { createNormalizeChunker, MIN_HARD_CAP } from '../../src/stream/normalize-chunker.js';
import { lastWhitespaceCut, trailingBreakLength } from '../../src/stream/boundary.js';
import { runStream, splitAt } from './helpers.js';
import { runs } from '../runs.js';

/** Units that make forced cuts hard: deleted invisibles, every kind of whitespace, CR/LF, marks. */
const UNITS = [
  '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\ufeff', '\u2060', '\u061c',
  ' ', ' ', '\n', '\n', '\r', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\u2028', '\u2029', '\u0085', '\u000b',
  'ا', 'ي', 'ى', 'ة', 'ب', 'و', 'پ', 'a', '1', '٣', '۴', '\u0654', '\u0653', '\u0655', '\u064e', '\u0651', '\u0670',
  'ـ', '٫', '٬', ',', '.', '😀', '\u2764', '\ufefb', '\ufe8d', '\ud83d', '\udc4d',
];
const unitArb = fc.constantFrom(...UNITS);
const textArb = fc.array(unitArb, { maxLength: 120 }).map((units) => units.join(''));
const profileArb = fc.constantFrom<ProfileName>('light', 'ml', 'search');
const tuningArb = fc
  .record({ minBatchLength: fc.integer({ min: 1, max: 12 }), maxPendingLength: fc.integer({ min: 1, max: 24 }) })
  .map((t) => ({ minBatchLength: Math.min(t.minBatchLength, t.maxPendingLength), maxPendingLength: t.maxPendingLength }));
/** Letter-heavy text, so that long stretches without whitespace force cuts between letters. */
const wordyArb = fc
  .array(fc.oneof({ arbitrary: unitArb, weight: 1 }, { arbitrary: fc.constantFrom('ي', 'ي', 'ا', 'b', 'ب', '\u064e'), weight: 3 }), { maxLength: 120 })
  .map((units) => units.join(''));
const optionsArb = fc.constantFrom<NormalizeOptions>(
  { ya: 'alef-maksura' },
  { profile: 'search', elongation: true },
  { elongation: true, ya: 'alef-maksura' },
  { whitespace: false },
  { profile: 'ml', invisibles: false },
);
const cutsArb = fc.array(fc.nat({ max: 130 }), { maxLength: 30 });

/** `text` split into single UTF-16 code units (surrogate pairs split too). */
function codeUnits(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.charAt(i));
}

/** Pushes `chunks` through a chunker and returns everything it emitted. */
function chunked(chunks: readonly string[], profile: ProfileName | NormalizeOptions, tuning: { minBatchLength: number; maxPendingLength: number }): string {
  const chunker = createNormalizeChunker(profile, tuning);
  let out = '';
  for (const chunk of chunks) out += chunker.push(chunk);
  return out + chunker.flush();
}

describe('forced cuts (small maxPendingLength)', () => {
  test.prop([textArb, cutsArb, profileArb, tuningArb], runs(3000))(
    'any chunking of invisible/whitespace/mark-rich text equals normalize',
    (text, cuts, profile, tuning) => {
      expect(chunked(splitAt(text, cuts), profile, tuning)).toBe(normalize(text, profile));
    },
  );

  test.prop([textArb, profileArb, fc.integer({ min: 1, max: 16 })], runs(1000))(
    'one code unit per chunk equals normalize',
    (text, profile, maxPendingLength) => {
      expect(chunked(codeUnits(text), profile, { minBatchLength: 1, maxPendingLength })).toBe(normalize(text, profile));
    },
  );

  test.prop([wordyArb, profileArb, fc.integer({ min: 1, max: 16 })], runs(1500))(
    'letter-heavy text cut one code unit at a time equals normalize',
    (text, profile, maxPendingLength) => {
      expect(chunked(codeUnits(text), profile, { minBatchLength: 1, maxPendingLength })).toBe(normalize(text, profile));
    },
  );

  test.prop([fc.oneof(textArb, wordyArb), cutsArb, optionsArb, tuningArb], runs(1500))(
    'option sets (elongation, final ya, whitespace or invisibles off) agree too',
    (text, cuts, options, tuning) => {
      expect(chunked(splitAt(text, cuts), options, tuning)).toBe(normalize(text, options));
    },
  );

  test.prop([textArb, cutsArb, profileArb, tuningArb], runs(100))('the WHATWG stream agrees', async (text, cuts, profile, tuning) => {
    expect((await runStream(splitAt(text, cuts), profile, tuning)).join('')).toBe(normalize(text, profile));
  });

  it('collapses a blank-line run made of soft hyphens and line feeds across cuts (fuzz counterexample)', () => {
    const text = '\u00ad\n'.repeat(35);
    const chunks = splitAt(text, [3, 10, 17, 30, 41, 52, 63]);
    expect(chunked(chunks, 'light', { minBatchLength: 7, maxPendingLength: 64 })).toBe('\n\n');
    expect(chunked(codeUnits(text), 'light', { minBatchLength: 1, maxPendingLength: 4 })).toBe('\n\n');
  });

  it('joins a CR and an LF that arrive in different chunks', () => {
    const text = `ا\r${'\u00ad'.repeat(10)}\nب`;
    expect(chunked(codeUnits(text), 'light', { minBatchLength: 1, maxPendingLength: 8 })).toBe('ا\nب');
  });

  it('drops a trailing space and spaces next to line breaks across cuts', () => {
    const text = `قال ${'\u200b '.repeat(20)}\n ${'\u200b '.repeat(20)}`;
    expect(chunked(codeUnits(text), 'light', { minBatchLength: 1, maxPendingLength: 3 })).toBe('قال\n');
    expect(normalize(text, 'light')).toBe('قال\n');
  });

  it('never cuts inside a run of one letter (elongation folds the run as a whole)', () => {
    const text = `\u00ad${'ي'.repeat(12)}`;
    const options: NormalizeOptions = { elongation: true, ya: 'alef-maksura' };
    expect(chunked(codeUnits(text), options, { minBatchLength: 1, maxPendingLength: 4 })).toBe(normalize(text, options));
  });

  it('keeps a leading space as normalize does', () => {
    const text = ` ${'\u00ad'.repeat(10)} ب`;
    expect(chunked(codeUnits(text), 'light', { minBatchLength: 1, maxPendingLength: 2 })).toBe(normalize(text, 'light'));
  });

  it('buffers a word with no whitespace and no letter pair up to the hard cap, then cuts it', () => {
    const tuning = { minBatchLength: 1, maxPendingLength: 4 };
    const chunker = createNormalizeChunker('light', tuning);
    let out = chunker.push('ـ'.repeat(MIN_HARD_CAP - 1));
    expect(out).toBe('');
    out += chunker.push('ـ');
    out += chunker.push('ا');
    expect(out + chunker.flush()).toBe('ا');
  });
});

describe('whitespace cut helpers', () => {
  it('lastWhitespaceCut finds the last cut after whitespace other than CR', () => {
    expect(lastWhitespaceCut('a b\r', 0)).toBe(2);
    expect(lastWhitespaceCut('a\rb', 0)).toBe(-1);
    expect(lastWhitespaceCut('a b', 2)).toBe(-1);
    expect(lastWhitespaceCut('', 0)).toBe(-1);
  });

  it('trailingBreakLength counts trailing spaces and line feeds', () => {
    expect(trailingBreakLength('ا \n\n')).toBe(3);
    expect(trailingBreakLength('ا')).toBe(0);
    expect(trailingBreakLength('\n')).toBe(1);
  });
});
