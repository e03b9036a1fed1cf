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
