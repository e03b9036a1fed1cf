// Tests written to kill surviving mutants (Stryker) in src/chars/boundary.ts and decode.ts: every
// character class that makes a cut unsafe, the clamping of `end`, and the decoder fallbacks.
import { describe, expect, test } from 'vitest';
import { isNormalizationBoundary, lastNormalizationBoundary } from '../../src/chars/boundary.js';
import { decodeByChunks, decodeUnits, hasLoneSurrogate, makeBufferDecoder, makeDecoder, makeUnitsDecoder } from '../../src/chars/decode.js';

describe('isNormalizationBoundary: what may stand before the space or LF', () => {
  const before: readonly (readonly [string, string, boolean])[] = [
    ['a letter', 'ب', true],
    ['a digit', '5', true],
    ['a space', ' ', false],
    ['a line feed', '\n', false],
    ['an invisible (RLM)', '\u200f', false],
    ['tatweel', 'ـ', false],
    ['a mark (fatha)', '\u064e', false],
    ['a composing mark (hamza above)', '\u0654', false],
    ['a low surrogate', '😀', false],
    ['a presentation form', 'ﺏ', false],
  ];
  for (const [what, char, expected] of before) {
    test(`${what} before a space: ${expected}`, () => {
      const text = `كتب${char} الوزير`;
      expect(isNormalizationBoundary(text, 3 + char.length)).toBe(expected);
    });
    test(`${what} before a line feed: ${expected}`, () => {
      const text = `كتب${char}\nالوزير`;
      expect(isNormalizationBoundary(text, 3 + char.length)).toBe(expected);
    });
  }
  test('only a space or LF can start the second part', () => {
    expect(isNormalizationBoundary('ab\tc', 2)).toBe(false);
    expect(isNormalizationBoundary('ab\rc', 2)).toBe(false);
    expect(isNormalizationBoundary('abc', 1)).toBe(false);
    expect(isNormalizationBoundary('a\u00a0c', 1)).toBe(false);
  });
  test('the ends are boundaries; indices outside or fractional are not', () => {
    expect(isNormalizationBoundary('', 0)).toBe(true);
    expect(isNormalizationBoundary('ab', 0)).toBe(true);
    expect(isNormalizationBoundary('ab', 2)).toBe(true);
    expect(isNormalizationBoundary('ab', 3)).toBe(false);
    expect(isNormalizationBoundary('ab', -1)).toBe(false);
    expect(isNormalizationBoundary('a b', 1.5)).toBe(false);
  });
  test('a non-string throws a TypeError naming the function', () => {
    expect(() => isNormalizationBoundary(1 as unknown as string, 0)).toThrow(/isNormalizationBoundary/u);
    expect(() => lastNormalizationBoundary(null as unknown as string)).toThrow(/lastNormalizationBoundary/u);
  });
});

describe('lastNormalizationBoundary: clamping and search', () => {
  const text = 'قال الوزير أمس'; // spaces at 3 and 10
  test('defaults to the length, and clamps end into [0, length]', () => {
    expect(lastNormalizationBoundary(text)).toBe(text.length);
    expect(lastNormalizationBoundary(text, 999)).toBe(text.length);
    expect(lastNormalizationBoundary(text, text.length)).toBe(text.length);
    expect(lastNormalizationBoundary(text, -5)).toBe(0);
    expect(lastNormalizationBoundary(text, 0)).toBe(0);
  });
  test('finds the largest boundary at or before end, flooring fractional ends', () => {
    expect(lastNormalizationBoundary(text, 13)).toBe(10);
    expect(lastNormalizationBoundary(text, 10)).toBe(10);
    expect(lastNormalizationBoundary(text, 9)).toBe(3);
    expect(lastNormalizationBoundary(text, 10.9)).toBe(10);
    expect(lastNormalizationBoundary(text, 3)).toBe(3);
    expect(lastNormalizationBoundary(text, 2)).toBe(0);
  });
  test('no boundary before end gives 0', () => {
    expect(lastNormalizationBoundary('كلمةطويلة', 5)).toBe(0);
  });
});

describe('decoder fallbacks', () => {
  test('no decoder without TextDecoder or on a big-endian machine', () => {
    expect(makeDecoder(undefined, true)).toBeUndefined();
    expect(makeDecoder(TextDecoder, false)).toBeUndefined();
  });
  test('the real TextDecoder is used on little-endian machines', () => {
    const decoder = makeDecoder(TextDecoder, true);
    expect(decoder).toBeDefined();
    expect(decoder!.decode(new Uint16Array([0xfeff, 0x628]))).toBe('\ufeff\u0628');
  });
  test('a decoder that drops the BOM or throws is refused', () => {
    class BomEater {
      decode(): string {
        return '\u0627';
      }
    }
    const Broken = function (): never {
      throw new Error('no utf-16le');
    };
    expect(makeDecoder(BomEater as unknown as typeof TextDecoder, true)).toBeUndefined();
    expect(makeDecoder(Broken as unknown as typeof TextDecoder, true)).toBeUndefined();
  });
  test('decodeByChunks decodes exactly `length` units across chunk borders', () => {
    const n = 8192 * 2 + 5;
    const units = new Uint16Array(n + 3);
    for (let i = 0; i < units.length; i++) units[i] = 0x621 + (i % 26);
    const expected = String.fromCharCode(...Array.from(units.subarray(0, n)));
    expect(decodeByChunks(units, n)).toBe(expected);
    expect(decodeByChunks(units, 8192)).toBe(expected.slice(0, 8192));
    expect(decodeByChunks(units, 0)).toBe('');
  });
  test('decodeUnits keeps lone surrogates and respects length', () => {
    const units = new Uint16Array([0x628, 0xd800, 0x62a, 0x62b]);
    expect(decodeUnits(units, 3)).toBe('\u0628\ud800\u062a');
    const plain = new Uint16Array([0x628, 0x629, 0x62a]);
    expect(decodeUnits(plain, 2)).toBe('\u0628\u0629');
  });
});

describe('decoding through Buffer and the choice of decoder', () => {
  const units = new Uint16Array([0x628, 0xd800, 0x62a, 0x62b]);
  test('the Buffer decoder keeps lone surrogates and stops at `length`, on a subarray too', () => {
    const viaBuffer = makeBufferDecoder(Buffer, true);
    expect(viaBuffer).toBeDefined();
    expect(viaBuffer!(units, 3)).toBe('\u0628\ud800\u062a');
    expect(viaBuffer!(units.subarray(1), 2)).toBe('\ud800\u062a');
    expect(viaBuffer!(units, 0)).toBe('');
  });
  test('no Buffer decoder without Buffer, without Buffer.from, on a big-endian machine, or when it mangles units', () => {
    expect(makeBufferDecoder(undefined, true)).toBeUndefined();
    expect(makeBufferDecoder(Buffer, false)).toBeUndefined();
    expect(makeBufferDecoder(function NoFrom() {}, true)).toBeUndefined();
    const replacing = Object.assign(function Replacing() {}, {
      from: (data: ArrayBuffer, offset: number, length: number) => ({
        toString: () => new TextDecoder('utf-16le').decode(new Uint8Array(data, offset, length)),
      }),
    });
    expect(makeBufferDecoder(replacing, true)).toBeUndefined();
    const throwing = Object.assign(function Throwing() {}, {
      from: () => {
        throw new Error('no views');
      },
    });
    expect(makeBufferDecoder(throwing, true)).toBeUndefined();
  });
  test('makeUnitsDecoder prefers Buffer, then TextDecoder for units without a lone surrogate, then chunks', () => {
    const viaBuffer = (_units: Uint16Array, length: number): string => `buffer:${length}`;
    expect(makeUnitsDecoder(viaBuffer, new TextDecoder('utf-16le'))(units, 3)).toBe('buffer:3');
    const viaTextDecoder = makeUnitsDecoder(undefined, new TextDecoder('utf-16le'));
    expect(viaTextDecoder(units, 3)).toBe('\u0628\ud800\u062a');
    expect(viaTextDecoder(new Uint16Array([0x628, 0x629, 0x62a]), 2)).toBe('\u0628\u0629');
    const marked = makeUnitsDecoder(undefined, { decode: () => 'decoder' } as unknown as TextDecoder);
    expect(marked(new Uint16Array([0x628, 0xd83d, 0xde00]), 3)).toBe('decoder');
    expect(marked(units, 3)).toBe('\u0628\ud800\u062a');
    const noDecoder = makeUnitsDecoder(undefined, undefined);
    expect(noDecoder(units, 4)).toBe('\u0628\ud800\u062a\u062b');
  });
  test.each<[string, number[], number, boolean]>([
    ['no surrogate', [0x628, 0x629], 2, false],
    ['a pair', [0x628, 0xd83d, 0xde00, 0x629], 4, false],
    ['the two ends of the surrogate ranges as pairs', [0xd800, 0xdc00, 0xdbff, 0xdfff], 4, false],
    ['a lone high surrogate', [0x628, 0xd800, 0x629], 3, true],
    ['a lone low surrogate', [0x628, 0xdc00, 0x629], 3, true],
    ['a lone low surrogate at the top of its range', [0xdfff], 1, true],
    ['two high surrogates', [0xd83d, 0xd83d, 0xde00], 3, true],
    ['a high surrogate at the end', [0x628, 0xd83d], 2, true],
    ['a pair cut by `length`', [0x628, 0xd83d, 0xde00], 2, true],
    ['a lone surrogate past `length`', [0x628, 0x629, 0xd800], 2, false],
    ['units just outside the ranges', [0xd7ff, 0xe000], 2, false],
    ['a low surrogate after a pair', [0xd83d, 0xde00, 0xde00], 3, true],
  ])('hasLoneSurrogate: %s', (_label, list, length, expected) => {
    expect(hasLoneSurrogate(new Uint16Array(list), length)).toBe(expected);
  });
});
