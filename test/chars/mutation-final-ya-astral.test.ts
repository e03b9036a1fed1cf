// The final-ya rule (ya: 'alef-maksura') looks back past marks for a letter, astral marks
// (U+10EFA–U+10EFF, a surrogate pair) included; a lone surrogate is no mark and stops the look.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/chars/index.js';

const finalYa = (text: string): string => normalize(text, { ya: 'alef-maksura' });

describe('final ya: looking back past astral marks', () => {
  it.each<[string, string, string]>([
    ['one astral mark after the letter', 'عل\u{10EFA}ي قال', 'عل\u{10EFA}ى قال'],
    ['two astral marks after the letter', 'عل\u{10EFA}\u{10EFB}ي قال', 'عل\u{10EFA}\u{10EFB}ى قال'],
    ['an astral mark after a space', ' \u{10EFA}ي قال', ' \u{10EFA}ي قال'],
    ['an astral mark at the start', '\u{10EFA}ي قال', '\u{10EFA}ي قال'],
    ['a lone low surrogate of the mark range after a letter', 'ل\udefaي قال', 'ل\udefaي قال'],
    ['a lone low surrogate of the mark range at the start', '\udefaي قال', '\udefaي قال'],
    ['a lone high surrogate after a letter', 'عل\ud803ي قال', 'عل\ud803ي قال'],
  ])('%s', (_label, text, expected) => {
    expect(finalYa(text)).toBe(expected);
  });
});
