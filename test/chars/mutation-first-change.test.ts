// The fast path's scan (firstChange) must find the first unit that may change, and no earlier:
// output cannot show an early stop (the pass gives the same text from any earlier start), but
// every unit it gives up early on is copied again, and clean text is no longer returned without a
// second buffer. So its exact answer is a contract.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/chars/config.js';
import { firstChange } from '../../src/chars/engine.js';
import type { NormalizeOptions, ProfileName } from '../../src/chars/index.js';

const at = (text: string, profile: ProfileName | NormalizeOptions): number => firstChange(text, resolveConfig('normalize', profile));

describe('firstChange: the first unit that may change, never an earlier one', () => {
  it.each<[string, string, ProfileName, number]>([
    ['clean Arabic prose', 'كتب الطالب الدرس', 'light', 16],
    ['an emoji (a surrogate pair that is no mark)', 'نص 😀 نص', 'ml', 8],
    ['an astral character next to the marks block (U+10C00)', 'نص \ud803\udc00 نص', 'ml', 8],
    ['an astral mark the profile keeps', 'كتب\ud803\udefa', 'light', 5],
    ['a fatha then a combining hamza on a letter that cannot compose', 'ب\u064e\u0654', 'light', 3],
    ['a lone surrogate in clean text', 'ب\udc00ب', 'light', 3],
    ['an astral mark that ml strips (first of the range)', 'كتب\ud803\udefa', 'ml', 3],
    ['an astral mark that ml strips (last of the range)', 'كتب\ud803\udeff', 'ml', 3],
    ['an astral mark after a lone surrogate', 'ب\udc00ب\ud803\udefa', 'ml', 3],
    ['alef before a combining hamza', 'با\u0654', 'light', 1],
    ['alef before a combining hamza, after a lone surrogate', 'ب\udc00ا\u0654', 'light', 2],
    ['a second space', 'ب  ب', 'light', 2],
    ['a second space after a lone surrogate', 'ب\udc00  ب', 'light', 3],
    ['a trailing space', 'ب ', 'light', 1],
  ])('%s', (_label, text, profile, index) => {
    expect(at(text, profile)).toBe(index);
  });
});

describe('firstChange under the elongation rule: the first of two equal letters', () => {
  const elongation: NormalizeOptions = { elongation: true };
  it.each<[string, string, number]>([
    ['no letter twice', 'جميل جدا', 8],
    ['a letter twice', 'جمييل', 2],
    ['a letter three times', 'جميييل', 2],
    ['a letter twice after a lone surrogate', 'ب\udc00جمييل', 4],
    ['the same digit twice (no letter)', 'عام 2000', 8],
  ])('%s', (_label, text, index) => {
    expect(at(text, elongation)).toBe(index);
  });
});

describe('firstChange: where the fast path stops on astral marks, lone surrogates and a trailing space', () => {
  it.each<[string, string, ProfileName | NormalizeOptions, number]>([
    ['an astral mark that ml keeps with keepQuranic', 'كتب\u{10EFA}', { profile: 'ml', diacritics: { keepQuranic: true } }, 5],
    ['an astral mark that ml strips', 'كتب\u{10EFA}', 'ml', 3],
    ['two equal lone surrogates (no letter repeated)', 'ب\udc00\udc00', 'light', 3],
    ['two equal lone surrogates under elongation', 'ب\udc00\udc00', { elongation: true }, 3],
    ['a trailing space without the whitespace rule', 'ب ', { whitespace: false }, 2],
    ['a trailing space with it', 'ب ', 'light', 1],
    ['the empty string', '', 'light', 0],
  ])('%s', (_label, text, options, index) => {
    expect(at(text, options)).toBe(index);
  });
});
