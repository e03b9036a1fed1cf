// Tests written to kill surviving mutants (Stryker) in src/chars/engine.ts: context checks of the
// single-pass engine that the other suites reach only by chance.
import { describe, expect, test } from 'vitest';
import { normalize, normalizeWithOffsets } from '../../src/chars/index.js';

describe('CRLF with deleted units between CR and LF', () => {
  test('a stripped astral mark between CR and LF still makes one line break', () => {
    // U+10EFA is an astral Arabic mark (a surrogate pair) that `ml` deletes.
    expect(normalize('كتب\r\u{10efa}\nقال', 'ml')).toBe('كتب\nقال');
    const { text, offsets } = normalizeWithOffsets('كتب\r\u{10efa}\nقال', 'ml');
    expect(text).toBe('كتب\nقال');
    expect(Array.from(offsets)).toEqual([0, 1, 2, 3, 7, 8, 9, 10]);
  });
  test('a kept astral mark between CR and LF separates them', () => {
    expect(normalize('كتب\r\u{10efa}\nقال', 'light')).toBe('كتب\n\u{10efa}\nقال');
  });
});

describe('a lone surrogate before the first change is kept', () => {
  // The fast scan reports where the first change is and whether a lone surrogate comes before
  // it (the output then cannot go through a TextDecoder, which would turn it into U+FFFD).
  // Several lengths of the unchanged run, so that the first change sits at various indices.
  const pads = ['كتب الوزير ', 'كتب الوزير في ', 'قال كتب الوزير في '];
  test.each(pads)('before a letter that composes (%s)', (pad) => {
    const text = `\ud800${pad}ا\u0654`;
    expect(normalize(text)).toBe(`\ud800${pad}أ`);
    expect(normalizeWithOffsets(text).text).toBe(`\ud800${pad}أ`);
  });
  test.each(pads)('before a stripped astral mark (%s)', (pad) => {
    expect(normalize(`\ud800${pad}\u{10efa}`, 'ml')).toBe(`\ud800${pad.trimEnd()}`);
    expect(normalize(`\udc00${pad}\u{10efa}ب`, 'ml')).toBe(`\udc00${pad}ب`);
  });
  test.each(pads)('before a second space (%s)', (pad) => {
    expect(normalize(`\ud800${pad} قال`)).toBe(`\ud800${pad}قال`);
  });
});

describe('output longer than the input (the buffers grow)', () => {
  test('two ﷺ ligatures and a letter: one offset per output unit, plus the end', () => {
    const salla = 'صلى الله عليه وسلم'; // 18 units
    const { text, offsets } = normalizeWithOffsets('ﷺﷺب');
    expect(text).toBe(`${salla}${salla}ب`);
    expect(offsets.length).toBe(text.length + 1);
    expect(Array.from(offsets)).toEqual([...Array<number>(18).fill(0), ...Array<number>(18).fill(1), 2, 3]);
  });
});
