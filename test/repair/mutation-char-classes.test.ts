// The repair scanner's character classes, pinned at the edges of every range: a letter range that
// grew by one unit would let a mark or a digit into a word key; a mark range that shrank would split
// a vowelled word in two.
import { describe, expect, it } from 'vitest';
import {
  C_BIDI, C_BREAK, C_DIGIT, C_LATIN, C_LETTER, C_MARK, C_SPACE, CHAR_CLASS,
  isArabicLetter, isArabicMark, isBidiMark, isDigit, isInlineSpace, isLatinLetter, isLineBreak, isTanween,
} from '../../src/repair/chars.js';

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** [predicate, code units it accepts, code units it rejects] */
const EDGES: readonly [string, (c: number) => boolean, readonly number[], readonly number[]][] = [
  ['isArabicLetter', isArabicLetter,
    [0x0621, 0x0627, 0x063a, 0x0641, 0x064a, 0x0671, 0x06a9, 0x06d3, 0x06d5, 0x06ee, 0x06ef, 0x06fa, 0x06fc, 0x06ff, 0xfb50, 0xfdfb, 0xfe70, 0xfefc],
    [0x0620, 0x0640, 0x064b, 0x0670, 0x06d4, 0x06d6, 0x06f9, 0x06fd, 0x06fe, 0xfb4f, 0xfd3e, 0xfd3f, 0xfdfc, 0xfe6f, 0xfefd, 0x41]],
  ['isArabicMark', isArabicMark,
    [0x064b, 0x0650, 0x065f, 0x0670, 0x0610, 0x061a, 0x06d6, 0x06dc, 0x06df, 0x06e8, 0x06ea, 0x06ed, 0x200c, 0x200d],
    [0x064a, 0x0660, 0x060f, 0x061b, 0x066f, 0x06d5, 0x06dd, 0x06de, 0x06e9, 0x06ee, 0x200b, 0x200e, 0x0640]],
  ['isTanween', isTanween, [0x064b, 0x064c, 0x064d], [0x064a, 0x064e, 0x0651]],
  ['isDigit', isDigit,
    [0x30, 0x39, 0x0660, 0x0669, 0x06f0, 0x06f9],
    [0x2f, 0x3a, 0x065f, 0x066a, 0x06ef, 0x06fa]],
  ['isLatinLetter', isLatinLetter,
    [0x41, 0x5a, 0x61, 0x7a, 0xc0, 0xe9, 0x24f],
    [0x40, 0x5b, 0x60, 0x7b, 0xbf, 0xd7, 0xf7, 0x250]],
  ['isInlineSpace', isInlineSpace,
    [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x2000, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff],
    [0x0a, 0x0d, 0x1f, 0x21, 0x1fff, 0x200b, 0x2028, 0x202e, 0x2060]],
  ['isLineBreak', isLineBreak, [0x0a, 0x0d, 0x85, 0x2028, 0x2029], [0x09, 0x0b, 0x0c, 0x20, 0x84, 0x202a]],
  ['isBidiMark', isBidiMark, [0x200e, 0x200f, 0x061c], [0x200d, 0x2010, 0x061b, 0x061d, 0x202b]],
];

describe('repair character classes at the edges of their ranges', () => {
  for (const [name, accepts, inside, outside] of EDGES) {
    it(`${name} accepts ${inside.map(hex).join(' ')}`, () => {
      expect(inside.filter((c) => !accepts(c)).map(hex)).toEqual([]);
    });
    it(`${name} rejects ${outside.map(hex).join(' ')}`, () => {
      expect(outside.filter((c) => accepts(c)).map(hex)).toEqual([]);
    });
  }

  it('the class table gives each unit the bits of its predicates (tatweel counts as a mark)', () => {
    const expected: [number, number][] = [
      [0x0628, C_LETTER], [0x0640, C_MARK], [0x064e, C_MARK], [0x0663, C_DIGIT], [0x65, C_LATIN],
      [0x20, C_SPACE], [0x2028, C_BREAK], [0x200f, C_BIDI], [0x2e, 0],
    ];
    expect(expected.map(([c]) => [c, CHAR_CLASS[c]])).toEqual(expected);
  });
});
