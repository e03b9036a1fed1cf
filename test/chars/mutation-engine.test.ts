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
