// The engine writes the output of short inputs to one reused scratch buffer, and copies the
// offsets of long one-to-one runs from an identity table. Neither may show: each call must give
// what a fresh pass gives, whatever ran before it, and the offsets a caller keeps are its own.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalize, normalizeWithOffsets } from '../../src/chars/index.js';
import { arabicText, fullOptions, mixedText } from './arbitraries.js';
import { reference } from './reference.js';
import { runs } from '../runs.js';

const WORDS = 'قال المتحدث باسم الوزارة إن الاجتماع سيعقد في الأسبوع المقبل ';
/** 61 units a repeat: 537 repeats stay within the identity table (32,769 offsets), 538 pass its end. */
const longClean = (repeats: number): string => WORDS.repeat(repeats);

/** The offsets a pass must give, recomputed unit by unit from the input and output. */
function expectIdentityOffsets(offsets: Uint32Array, from: number, to: number, delta: number): void {
  for (let p = from; p < to; p++) {
    if (offsets[p] !== p + delta) expect(`offset ${p}: ${offsets[p]}`).toBe(`offset ${p}: ${p + delta}`);
  }
}

describe('the scratch output buffer', () => {
  test.prop([fc.oneof(mixedText, arabicText), fc.oneof(mixedText, arabicText), fullOptions], runs(200))(
    'leaves nothing of a longer earlier call in a later output',
    (first, second, o) => {
      normalize(first.repeat(40) + 'ﻻ'.repeat(50), o);
      expect(normalize(second, o)).toBe(reference(second, o));
      normalizeWithOffsets(first.repeat(40), o);
      expect(normalizeWithOffsets(second, o).text).toBe(reference(second, o));
    },
  );
  it('is not used past its size, and a pass that outgrows it still gives the whole output', () => {
    const big = 'ﻻ'.repeat(20_000); // 20,000 units in, 40,000 out: the buffer grows
    expect(normalize(big)).toBe('لا'.repeat(20_000));
    const bigger = 'أ'.repeat(40_000);
    expect(normalize(bigger, 'search')).toBe('ا'.repeat(40_000));
    expect(normalize('ﻻ ﻻ')).toBe('لا لا');
  });
  it('never shares the offsets of one call with another', () => {
    const a = normalizeWithOffsets('كتـاب', 'light');
    const b = normalizeWithOffsets('كتـاب', 'light');
    expect(a.offsets.buffer).not.toBe(b.offsets.buffer);
    a.offsets[0] = 99;
    expect(b.offsets[0]).toBe(0);
    expect(normalizeWithOffsets('كتـاب', 'light').offsets[0]).toBe(0);
  });
});

describe('offsets of long runs copied one to one', () => {
  it('are the identity on unchanged text, short or past the identity table', () => {
    for (const repeats of [1, 3, 537, 538, 600]) {
      const text = longClean(repeats).trimEnd();
      const { text: out, offsets } = normalizeWithOffsets(text, 'light');
      expect(out).toBe(text);
      expect(offsets.length).toBe(text.length + 1);
      expectIdentityOffsets(offsets, 0, text.length + 1, 0);
    }
  });
  it('are shifted by the units deleted before the run, on both sides of the table end', () => {
    for (const repeats of [4, 536, 540, 700]) {
      const text = `ـــ${longClean(repeats).trimEnd()}`; // three tatweels deleted first
      const { text: out, offsets } = normalizeWithOffsets(text, 'light');
      expect(out).toBe(text.slice(3));
      expectIdentityOffsets(offsets, 0, out.length, 3);
      expect(offsets[out.length]).toBe(text.length);
    }
  });
  it('are filled past the table end even when the run ends just past it', () => {
    // 32,769 to 32,775 units in, three deleted first: the run ends at the table end (32,769
    // offsets) or up to six units past it
    for (const extra of [0, 1, 2, 3, 6]) {
      const text = `ـــ${'ب'.repeat(32_766 + extra)}`;
      const { offsets } = normalizeWithOffsets(text, 'light');
      expectIdentityOffsets(offsets, 0, text.length - 3, 3);
      expect(offsets[text.length - 3]).toBe(text.length);
    }
  });
  it('hold the same values when a long run starts after a change near the table end', () => {
    const head = longClean(537); // 32,757 units: the run after the tatweel crosses the table end
    const text = `${head}ـ${longClean(2)}`;
    const { text: out, offsets } = normalizeWithOffsets(text, 'light');
    expect(out).toBe(`${head}${longClean(2)}`.trimEnd());
    expectIdentityOffsets(offsets, 0, head.length, 0);
    expectIdentityOffsets(offsets, head.length, out.length, 1);
  });
});
