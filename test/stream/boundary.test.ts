import { describe, expect, it } from 'vitest';
import {
  isPlainLetterUnit,
  isWhitespaceUnit,
  lastLetterCut,
  lastUnitCut,
  leftContextStart,
  LEFT_CONTEXT_LIMIT,
} from '../../src/stream/boundary.js';

const code = (s: string): number => s.charCodeAt(0);

describe('boundary helpers', () => {
  it('classifies whitespace units', () => {
    for (const s of [' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']) {
      expect(isWhitespaceUnit(code(s))).toBe(true);
    }
    for (const s of ['a', '\u0000', '\u0008', '!', '\u0084', 'ب', '\u200b', '\u200c', '\u200e', '\u2030', '\ufeff']) {
      expect(isWhitespaceUnit(code(s))).toBe(false);
    }
  });

  it('classifies plain letters', () => {
    for (const s of ['ء', 'غ', 'ف', 'ي', 'a', 'z', 'A', 'Z', '0', '9']) expect(isPlainLetterUnit(code(s))).toBe(true);
    for (const s of ['ـ', '\u064b', 'ى'.normalize('NFD').slice(1) || '\u0670', '٠', '@', '[', '`', '{', '/', ':', '\ud83d', 'ک']) {
      expect(isPlainLetterUnit(code(s))).toBe(false);
    }
  });

  it('finds the last letter cut and the last unit cut', () => {
    expect(lastLetterCut('ab', 0)).toBe(1);
    expect(lastLetterCut('a b', 0)).toBe(-1);
    expect(lastLetterCut('abbb', 0)).toBe(1);
    expect(lastLetterCut('ييي', 0)).toBe(-1);
    expect(lastUnitCut('abc', 0)).toBe(2);
    expect(lastUnitCut('a😀', 0)).toBe(1);
    expect(lastUnitCut('😀', 0)).toBe(1); // nothing earlier is allowed: keep progress
    expect(lastUnitCut('a', 0)).toBe(1);
  });

  it('starts left context at the previous word, within a limit', () => {
    expect(leftContextStart('قال الوزير  اليوم', 12)).toBe(4);
    expect(leftContextStart('الوزير اليوم', 7)).toBe(0);
    const long = 'ب'.repeat(1000) + ' ج';
    expect(leftContextStart(long, 1001)).toBe(1001 - LEFT_CONTEXT_LIMIT);
  });
});
