import { describe, expect, it } from 'vitest';
import { resolveEdits } from '../../src/repair/edits.js';
import { wordKey } from '../../src/repair/key.js';
import { stem } from '../../src/repair/lexicon.js';
import { createTokenList, pushToken, tokenize, ARABIC, LATIN, NUMBER, PROTECTED } from '../../src/repair/tokenize.js';
import type { Edit } from '../../src/repair/types.js';
import {
  addWord, createWordTable, extraBits, EXTRA_VOCABULARY, hashKey, hashRange, isKnown, wordCount, type KeyHash,
} from '../../src/repair/word-table.js';

describe('word table', () => {
  it('counts words by key and grows past its first capacity', () => {
    const t = createWordTable(1);
    const h: KeyHash = { h1: 0, h2: 0 };
    for (let i = 0; i < 5000; i++) {
      hashKey(`كلمة${String(i)}`, h);
      addWord(t, h, 1, 0);
      addWord(t, h, 1, 0);
    }
    hashKey('كلمة4999', h);
    expect(wordCount(t, h)).toBe(2);
    hashKey('كلمة0', h);
    expect(wordCount(t, h)).toBe(2);
    expect(extraBits(t, h)).toBe(0);
    hashKey('غائبة', h);
    expect(wordCount(t, h)).toBe(0);
    expect(isKnown(t, h)).toBe(false);
    expect(extraBits(t, h)).toBe(0);
    addWord(t, h, 0, EXTRA_VOCABULARY);
    expect(isKnown(t, h)).toBe(true);
    expect(wordCount(t, h)).toBe(0);
    expect(extraBits(t, h)).toBe(EXTRA_VOCABULARY);
  });

  it('hashes a text range like its key string', () => {
    const text = 'قال إِنَّ الـكتاب';
    const a: KeyHash = { h1: 0, h2: 0 };
    const b: KeyHash = { h1: 0, h2: 0 };
    for (const [s, e] of [[0, 3], [4, 9], [10, 17]] as const) {
      hashRange(text, s, e, a);
      hashKey(wordKey(text, s, e), b);
      expect(a).toEqual(b);
    }
  });
});

describe('keys and stems', () => {
  it('strips marks and tatweel and folds أ إ ٱ but not آ', () => {
    expect(wordKey('أَحْمَـد', 0, 8)).toBe('احمد');
    expect(wordKey('آن', 0, 2)).toBe('آن');
    expect(wordKey('إلى', 0, 3)).toBe('الى');
  });
  it('stems drop proclitics and the article', () => {
    expect(stem('والكثير')).toBe('كثير');
    expect(stem('ويعبر')).toBe('يعبر');
    expect(stem('الأرمن'.replace('أ', 'ا'))).toBe('ارمن');
  });
});

describe('tokenize', () => {
  it('splits Arabic, Latin and numbers and flags protected chunks', () => {
    const t = tokenize('قال BBC 3.5 www.x.com #وسم عن_قرب');
    const kinds = Array.from(t.kinds.slice(0, t.count));
    expect(kinds).toEqual([ARABIC, LATIN, NUMBER, LATIN, LATIN, LATIN, ARABIC, ARABIC, ARABIC]);
    const flags = Array.from(t.flags.slice(0, t.count));
    expect(flags).toEqual([0, 0, 0, PROTECTED, PROTECTED, PROTECTED, PROTECTED, PROTECTED, PROTECTED]);
  });
});

describe('token lists', () => {
  it('grow when full and keep what they hold', () => {
    const list = createTokenList(1);
    for (let i = 0; i < 100; i++) {
      const t = pushToken(list, i, i + 1, i % 3, i % 2);
      list.h1[t] = -i;
      list.h2[t] = i * 7;
      list.letters[t] = i + 1;
    }
    expect(list.count).toBe(100);
    expect([list.starts[99], list.ends[99], list.kinds[99], list.flags[99], list.h1[99], list.h2[99], list.letters[99]]).toEqual([99, 100, 0, 1, -99, 693, 100]);
    expect([list.starts[0], list.kinds[5], list.letters[50]]).toEqual([0, 2, 51]);
  });
});

describe('resolveEdits', () => {
  const e = (start: number, end: number, replacement: string): Edit => ({ start, end, replacement, kind: 'glued' });
  it('drops overlaps and repeated insertions; a deletion wins over an insertion at its start', () => {
    expect(resolveEdits([e(5, 5, ' '), e(5, 8, ''), e(6, 6, ' '), e(8, 8, ' '), e(8, 8, ' '), e(2, 2, ' ')])).toEqual([
      e(2, 2, ' '),
      e(5, 8, ''),
      e(8, 8, ' '),
    ]);
    expect(resolveEdits([e(1, 4, ''), e(3, 6, '')])).toEqual([e(1, 4, '')]);
  });
});
