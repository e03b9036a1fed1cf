// Tests written to kill surviving Stryker mutants of src/repair/chars.ts: the mark ranges that keys
// ignore (seen through the vocabulary and allowRepeats options), the bidi marks allowed between two
// copies of a word, and tatweel, which is not a letter.
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/index.js';

describe('repair character classes', () => {
  it.each([
    ['U+0610 (Quranic sallallahou)', '\u0610'],
    ['U+0615 (Quranic small high tah)', '\u0615'],
    ['U+061A (Quranic small kasra)', '\u061a'],
    ['U+065F (wavy hamza below)', '\u065f'],
    ['U+06EA (empty centre low stop)', '\u06ea'],
    ['U+06EC (rounded high stop with filled centre)', '\u06ec'],
  ])('vocabulary keys ignore %s', (_label, mark) => {
    expect(repair('وصل سعيدخالد أمس', { vocabulary: [`سعيد${mark}`, 'خالد'] }).text).toBe('وصل سعيد خالد أمس');
  });

  it('allowRepeats keys ignore U+065F', () => {
    const input = 'هتفوا ارحل ارحل من الساحة';
    expect(repair(input, { allowRepeats: ['ارحل\u065f'] }).edits).toEqual([]);
  });

  it.each([
    ['an LRM', '\u200e'],
    ['an ALM', '\u061c'],
  ])('a space and %s between two copies keep them in a row', (_label, mark) => {
    expect(repair(`كان يهدف ${mark}يهدف إلى التطوير`).text).toBe('كان يهدف إلى التطوير');
  });

  it('ي (the last letter of the basic range) after ـًا starts a new word', () => {
    expect(repair('وقال أيضًايجب الحذر').text).toBe('وقال أيضًا يجب الحذر');
  });

  it('a tatweel after the alef of ـًا is not a letter that starts a new word', () => {
    const input = 'قال أيضًاـالمسؤول إن';
    expect(repair(input)).toEqual({ text: input, edits: [] });
  });
});
