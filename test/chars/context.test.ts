import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../src/chars/index.js';
import { decodeByChunks, decodeUnits, makeDecoder } from '../../src/chars/decode.js';

const rev = { ya: 'alef-maksura' } as const;

describe('context checks at the edges', () => {
  it('passes astral characters that are not marks, in every profile', () => {
    expect(normalize('\u{10e60} \u{10ec0}', 'ml')).toBe('\u{10e60} \u{10ec0}');
    expect(normalize('ـ\u{10e60}', 'ml')).toBe('\u{10e60}');
  });
  it('treats surrogates joined by a deletion as the character they form', () => {
    expect(normalize('\ud803ـ\udefa', 'light')).toBe('\u{10efa}');
    expect(normalize('\ud803ـ\udefa', 'ml')).toBe('');
    expect(normalize('\ud800ـ\udc00', 'ml')).toBe('\u{10000}');
    expect(normalize('\ud803\ud803ـ\udefa\udefa', 'ml')).toBe('');
  });
  it('leaves a madda or hamza that does not compose with the letter before it', () => {
    expect(normalize('و\u0653')).toBe('و\u0653');
    expect(normalize('و\u0653\u0654', 'ml')).toBe('ؤ');
    expect(normalize('ا\u06d6\u0654', 'light')).toBe('ا\u06d6\u0654');
  });
  it('composes past a deleted ZWNJ and judges the ZWNJ past the consumed hamza', () => {
    expect(normalize('ا\u200c\u0654')).toBe('أ');
    expect(normalize('ا\u200c\u0654گ')).toBe('أ\u200cگ');
    expect(normalize('ا\u200c\u0654ب')).toBe('أب');
  });
  it('looks through presentation forms and astral marks for the end of a word', () => {
    expect(normalize('علي\ufcf2ب', rev)).toBe('عليَّب');
    expect(normalize('علي\u{10efa} ', { ...rev, profile: 'ml' })).toBe('على');
    expect(normalize('علي\u{10efa}ب', { ...rev, profile: 'ml' })).toBe('عليب');
    expect(normalize('علي\u{10e60}', rev)).toBe('على\u{10e60}');
    expect(normalize('\ufdfa', rev)).toBe('صلى الله عليه وسلم');
  });
  it('needs a letter before a final ya, marks and astral marks aside', () => {
    expect(normalize('\u064eي', rev)).toBe('\u064eي');
    expect(normalize('ب\u{10efa}ي', rev)).toBe('ب\u{10efa}ى');
    expect(normalize('ي', rev)).toBe('ي');
  });
  it('decides each ZWNJ of a word once, on the whole word', () => {
    expect(normalize('پ\u200cب\u200cت')).toBe('پ\u200cب\u200cت');
    expect(normalize('ب\u200cب\u200cت\u200cگ')).toBe('ب\u200cب\u200cت\u200cگ');
    expect(normalize('ب\u200cب گ\u200c')).toBe('بب گ');
    expect(normalize('پ\u{10efa}\u200cب')).toBe('پ\u{10efa}ب');
    expect(normalize('گ\u{10efa}ب\u200cب')).toBe('گ\u{10efa}ب\u200cب');
    expect(normalize('ب\u200c\u{10efa}پ', 'ml')).toBe('ب\u200cپ');
    expect(normalize('ب\u200cب\ufb56')).toBe('ب\u200cبپ');
    expect(normalize('ب\u200cب\ufdfa')).toBe('ببصلى الله عليه وسلم');
    expect(normalize('ب\u200cبـ\u200eپ')).toBe('ب\u200cبپ');
  });
  it('keeps offsets through compositions, expansions and collapsed whitespace', () => {
    const r = normalizeWithOffsets('ا\u064e\u0654 \ufdf2\r\n  ب', 'light');
    expect(r.text).toBe('أَ الله\nب');
    expect(Array.from(r.offsets)).toEqual([0, 1, 3, 4, 4, 4, 4, 5, 9, 10]);
  });
});

describe('decoding', () => {
  it('decodes by chunks for lone surrogates and long buffers', () => {
    const units = new Uint16Array(20_000).fill(0x0628);
    units[19_999] = 0xd800;
    const s = decodeByChunks(units, 20_000);
    expect(s.length).toBe(20_000);
    expect(s.charCodeAt(19_999)).toBe(0xd800);
    expect(decodeUnits(units, 3)).toBe('ببب');
    expect(decodeUnits(units, 20_000)).toBe(s);
  });
  it('falls back when the runtime has no usable UTF-16LE TextDecoder', () => {
    expect(makeDecoder(undefined, true)).toBeUndefined();
    expect(makeDecoder(TextDecoder, false)).toBeUndefined();
    const utf8Only = function (label: string): void {
      if (label !== 'utf-8') throw new RangeError('unsupported');
    };
    expect(makeDecoder(utf8Only as unknown as typeof TextDecoder, true)).toBeUndefined();
    class Wrong {
      decode(): string {
        return 'x';
      }
    }
    expect(makeDecoder(Wrong as unknown as typeof TextDecoder, true)).toBeUndefined();
    expect(makeDecoder(TextDecoder, true)).toBeInstanceOf(TextDecoder);
  });
});
