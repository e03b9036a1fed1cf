import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ARABIC, MAYBE_GLUED, tokenize } from '../../src/repair/tokenize.js';
import { runs } from '../runs.js';

// The glue hint and the medial-ya counts, written out rule by rule over the letters of each word
// (marks skipped, أ إ ٱ read as ا): the tokenizer computes them in its scan, with shortcuts.
const ALEF = 'ا';
const isTanween = (ch: string): boolean => ch >= '\u064b' && ch <= '\u064d';
const isMark = (ch: string): boolean => (ch >= '\u064b' && ch <= '\u065f') || ch === '\u0670' || ch === 'ـ';
const foldAlef = (ch: string): string => ('أإٱ'.includes(ch) ? ALEF : ch);

interface Expected {
  hints: boolean[];
  medialMaksura: number;
  medialYa: number;
}

function expected(words: readonly string[]): Expected {
  const out: Expected = { hints: [], medialMaksura: 0, medialYa: 0 };
  for (const word of words) {
    const letters: string[] = [];
    // tanweenBefore[k]: a tanween stands somewhere before letter k
    const tanweenBefore: boolean[] = [];
    let tanween = false;
    for (const ch of word) {
      if (isMark(ch)) {
        if (isTanween(ch)) tanween = true;
        continue;
      }
      tanweenBefore.push(tanween);
      letters.push(foldAlef(ch));
    }
    let hint = false;
    for (let k = 1; k < letters.length; k++) {
      const prev = letters[k - 1];
      if (prev === 'ى') out.medialMaksura++;
      if (prev === 'ي') out.medialYa++;
      if (tanweenBefore[k] === true) hint = true; // tanween followed by a letter
      if (k >= 2 && (prev === 'ة' || prev === 'ى')) hint = true; // ة or ى inside the word
      if (k >= 3 && prev === ALEF && letters[k] === 'ل') hint = true; // ال inside the word
      if (k === 2 && letters[0] === 'ل' && prev === 'ل' && letters[k] === 'ك') hint = true; // «للك…»
    }
    // a letter after a leading tanween (k = 0) counts too
    if (letters.length > 0 && tanweenBefore[0] === true) hint = true;
    out.hints.push(hint);
  }
  return out;
}

const piece = fc.constantFrom('ا', 'أ', 'إ', 'ٱ', 'ل', 'ك', 'ة', 'ى', 'ي', 'م', 'ن', 'و', 'ب', 'ً', 'ٌ', 'ٍ', 'َ', 'ّ', 'ـ');
const word = fc.array(piece, { minLength: 1, maxLength: 9 }).map((p) => p.join(''));

describe('tokenize: glue hint and medial counts', () => {
  test.prop([fc.array(word, { minLength: 1, maxLength: 12 })], runs(400))(
    'match the rules written out letter by letter',
    (words) => {
      const list = tokenize(words.join(' '));
      const want = expected(words);
      const got: boolean[] = [];
      for (let t = 0; t < list.count; t++) {
        expect(list.kinds[t]).toBe(ARABIC);
        got.push(((list.flags[t] as number) & MAYBE_GLUED) !== 0);
      }
      expect(got).toEqual(want.hints);
      expect(list.medialMaksura).toBe(want.medialMaksura);
      expect(list.medialYa).toBe(want.medialYa);
    },
  );

  test.each([
    ['مدرسةالعلوم', true],
    ['فتىالحي', true],
    ['كتاباً', false],
    ['كتاباًجديدا', true],
    ['الكتاب', false],
    ['بالكتاب', false],
    ['كتابالعلم', true],
    ['للكاتب', true],
    ['لكل', false],
    ['لمكافحة', false],
    ['ملك', false],
    ['الجيل', false],
    ['المستوىالعام', true],
    ['مصطفى', false],
  ])('%s: hint %s', (text, hint) => {
    const list = tokenize(text);
    expect(list.count).toBe(1);
    expect(((list.flags[0] as number) & MAYBE_GLUED) !== 0).toBe(hint);
  });
});
