// Tests written to kill surviving mutants (Stryker) in src/chars/engine.ts: the context checks of
// the rules (composition past other units, what counts as "between digits", the word of a ZWNJ).
import { describe, expect, test } from 'vitest';
import { normalize } from '../../src/chars/index.js';

describe('composition looks past transparent units only', () => {
  test('a presentation-form letter between a letter and a hamza stops the composition', () => {
    // ﺏ (U+FE8F) becomes ب: the hamza then follows ب, which does not compose.
    expect(normalize('اﺏ\u0654')).toBe('اب\u0654');
    expect(normalize('قال اﺏ\u0654')).toBe('قال اب\u0654');
  });
  test('a presentation form made of a tanween is looked past', () => {
    expect(normalize('ا\ufe72\u0654')).toBe('أ\u064c');
  });
});

describe('digit separators', () => {
  test('a kept mark between the separator and the digit means it is not between digits', () => {
    expect(normalize('3٫\u064e5', { digits: 'ascii' })).toBe('3٫\u064e5');
    expect(normalize('3٫\u064e5', { digits: 'ascii', diacritics: true })).toBe('3.5');
  });
});

describe('the word of a ZWNJ', () => {
  test('the word ends at the space before it: a Persian letter in the previous word does not count', () => {
    expect(normalize('گ بب\u200cب')).toBe('گ ببب');
    expect(normalize('گ\nبب\u200cب')).toBe('گ\nببب');
    expect(normalize('گب\u200cب')).toBe('گب\u200cب');
  });
  test('a letter that an enabled fold makes Arabic does not keep the ZWNJ', () => {
    expect(normalize('ب\u200cٲ')).toBe('ب\u200cٲ');
    expect(normalize('ب\u200cٲ', { alef: true })).toBe('با');
    expect(normalize('ب\u200cۃ')).toBe('ب\u200cۃ');
    expect(normalize('ب\u200cۃ', { tehMarbuta: true })).toBe('به');
  });
  test('a ligature with a space in its expansion ends the word', () => {
    // ﷺ expands to four words: the ZWNJ's word stops inside it and does not reach گ.
    expect(normalize('ب\u200cب\ufdfaگ')).toBe('ببصلى الله عليه وسلمگ');
    expect(normalize('ب\u200cب\ufdf2گ')).toBe('ب\u200cباللهگ');
  });
  test('a kept ZWNJ earlier in the word does not end it', () => {
    // The lone high surrogate ends the word that the first ZWNJ looked at; the deleted tatweel then
    // joins it with the low surrogate into an astral mark, which ml deletes. The second ZWNJ's word
    // reaches back over the first ZWNJ to گ.
    expect(normalize('گ\u200cب\ud803ـ\udefaب\u200cب', 'ml')).toBe('گ\u200cبب\u200cب');
    expect(normalize('ك\u200cب\ud803ـ\udefaب\u200cب', 'ml')).toBe('كببب');
  });
});

describe('composition with look-alike folds off', () => {
  test('a Persian letter whose Arabic fold would compose is left with its hamza', () => {
    // ی folds to ي, which composes with a hamza above; with look-alikes off ی itself does not.
    expect(normalize('ی\u0654', { lookalikes: false })).toBe('ی\u0654');
    expect(normalize('ی\u0654')).toBe('ئ');
    expect(normalize('کی\u0654 ', { lookalikes: false })).toBe('کی\u0654');
  });
});

describe('composition: what blocks and what is looked past', () => {
  test('a letter inside a ligature does not compose with a hamza after the ligature', () => {
    // ﱕ (U+FC55) is ي + ج: the hamza follows ج.
    expect(normalize('\ufc55\u0654')).toBe('يج\u0654');
  });
  test('a madda that does not compose blocks a later hamza (same combining class)', () => {
    expect(normalize('و\u0653\u0654')).toBe('و\u0653\u0654');
  });
  test('a ligature ending with a low-class mark still blocks when its letter does', () => {
    // ﱛ (U+FC5B) is ذ + dagger alef.
    expect(normalize('ا\ufc5b\u0654')).toBe('اذ\u0670\u0654');
  });
  test('a deleted astral mark is looked past, another astral character is not', () => {
    expect(normalize('ا\u{10efa}\u0654', 'ml')).toBe('أ');
    expect(normalize('ا\u{10c00}\u0654', 'ml')).toBe('ا\u{10c00}');
    expect(normalize('ا\u{10c00}\u0654')).toBe('ا\u{10c00}\u0654');
  });
});

describe('elongation at the very start', () => {
  test('three equal letters at the start collapse', () => {
    expect(normalize('ببب كتب', { elongation: true })).toBe('ب كتب');
    expect(normalize('ههههه', { elongation: true })).toBe('ه');
  });
});

describe('final ya (alef-maksura direction): what is looked past for the next letter', () => {
  const rev = { ya: 'alef-maksura' } as const;
  test('a kept astral mark is looked past', () => {
    expect(normalize('علي\u{10efa}ب', rev)).toBe('علي\u{10efa}ب');
    expect(normalize('علي\u{10efa}', rev)).toBe('على\u{10efa}');
  });
  test('another astral character is not', () => {
    expect(normalize('علي\u{10c00}ب', rev)).toBe('على\u{10c00}ب');
  });
  test('a kept ZWNJ or ZWJ is looked past', () => {
    expect(normalize('علي\u200cب', { ...rev, invisibles: false })).toBe('علي\u200cب');
    expect(normalize('علي\u200dب', { ...rev, invisibles: false })).toBe('علي\u200dب');
    expect(normalize('علي\u200c', { ...rev, invisibles: false })).toBe('على\u200c');
  });
});

describe('ZWJ between emoji', () => {
  test('a ZWJ after an astral character that is not an emoji is deleted', () => {
    expect(normalize('\u{10c00}\u200d\u2764')).toBe('\u{10c00}\u2764');
    expect(normalize('\u{1f468}\u200d\u2764')).toBe('\u{1f468}\u200d\u2764');
  });
});
