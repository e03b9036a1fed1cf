import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyEdits, repair, type Edit } from '../../src/repair/index.js';
import { testKey } from './helpers.js';
import { runs } from '../runs.js';

// Ordinary words, none a tail or a glued form of another, none listed as a legitimate repeat.
const WORDS = [
  'الحكومة', 'أعلنت', 'وزير', 'الخارجية', 'يزور', 'بغداد', 'غدا', 'مع', 'وفد', 'كبير', 'لبحث', 'التعاون',
  'الاقتصادي', 'في', 'مجالات', 'الطاقة', 'والنقل', 'وقال', 'إن', 'المحادثات', 'ستتناول', 'أيضا', 'ملف',
  'المياه', 'والحدود', 'بين', 'البلدين', 'على', 'هامش', 'الزيارة', 'يلتقي', 'رئيس', 'البرلمان', 'ورجال',
  'الأعمال', 'العراقيين', 'الثلاثاء', 'المقبل', 'سعر', 'النفط', 'ارتفع', 'صباح', 'اليوم', 'مدرسة', 'طلاب',
];
const PUNCT = ['، ', '. ', ' ', ' ', ' ', ' ', '\n', ': ', ' (', ') ', ' "', '" '];

const word = fc.constantFrom(...WORDS);
const number = fc.integer({ min: 0, max: 99999 }).map(String);
const sep = fc.constantFrom(...PUNCT);

/** Defect-free text: words and numbers with separators, no word next to itself. */
const cleanText = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: number }), sep), { maxLength: 40 })
  .map((parts) => {
    let out = '';
    let last = '';
    for (const [w, s] of parts) {
      if (w === last) continue;
      out += w + s;
      last = w;
    }
    return out;
  });

/** Text with injected defects: doubled words and phrases, glued words, words glued to numbers. */
const defect = fc.oneof(
  word.map((w) => `${w} ${w}`),
  fc.tuple(word, word).map(([a, b]) => `${a} ${b} ${a} ${b}`),
  fc.tuple(word, word).map(([a, b]) => `${a}${b}`),
  fc.tuple(word, number).map(([a, n]) => `${a}${n}`),
  fc.tuple(number, word).map(([n, a]) => `${n}${a}`),
  word.map((w) => `${w} ${w} ${w}`),
  fc.constantFrom('أنه نه', 'حسبما ما', 'لمقتل مقتل', 'بي بي سي', 'ولي ولي العهد', 'لـ50', 'https://x.example/a b', '#وسم_ما'),
);
const dirtyText = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: defect }, { weight: 1, arbitrary: number }), sep), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const anyText = fc.oneof(dirtyText, cleanText, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const RUNS = runs(250);

/** Whether `small` can be obtained from `big` by deleting characters. */
function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
  return j === small.length;
}

const nonSpace = (s: string): string => s.replace(/\s+/gu, '');

/** A deletion removes only a copy of what precedes it: the same words, or a tail of the previous word. */
function removesOnlyRepeats(input: string, e: Edit): boolean {
  const removed = input.slice(e.start, e.end).trim().split(/\s+/u).map(testKey);
  const before = input.slice(0, e.start).trim().split(/\s+/u).map(testKey);
  if (e.kind === 'duplicate-word') {
    const previous = before.slice(-removed.length);
    return previous.length === removed.length && previous.every((w, i) => w.endsWith(removed[i] ?? '\u0000'));
  }
  return e.kind === 'stutter' && removed.length === 1 && (before.at(-1) ?? '').endsWith(removed[0] ?? '\u0000');
}

describe('repair invariants', () => {
  test.prop([anyText], RUNS)('is idempotent', (text) => {
    const once = repair(text).text;
    expect(repair(once).text).toBe(once);
  });

  test.prop([cleanText], RUNS)('text without defects comes back identical, with no edits', (text) => {
    const r = repair(text);
    expect(r.text).toBe(text);
    expect(r.edits).toEqual([]);
  });

  test.prop([anyText], RUNS)('applying the edits to the input reproduces the text', (text) => {
    const r = repair(text);
    expect(applyEdits(text, r.edits)).toBe(r.text);
    let pos = 0;
    for (const e of r.edits) {
      expect(e.start).toBeGreaterThanOrEqual(pos);
      expect(e.end).toBeGreaterThanOrEqual(e.start);
      pos = e.end;
    }
    expect(pos).toBeLessThanOrEqual(text.length);
  });

  test.prop([anyText], RUNS)('only spaces are added and only repeated material is removed', (text) => {
    const r = repair(text);
    for (const e of r.edits) {
      if (e.start === e.end) {
        expect(e.replacement).toBe(' ');
        expect(['glued', 'glued-digit']).toContain(e.kind);
      } else {
        expect(e.replacement).toBe('');
        expect(removesOnlyRepeats(text, e), `${e.kind} ${JSON.stringify(text.slice(e.start, e.end))}`).toBe(true);
      }
    }
    // the letters of the input are never changed or reordered
    expect(isSubsequence(nonSpace(r.text), nonSpace(text))).toBe(true);
  });

  test.prop([fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 5 })], RUNS)('a URL, e-mail or hashtag is never edited', (pairs) => {
    const glued = pairs.map(([a, b]) => a + b).join('_');
    for (const chunk of [`https://news.example/${glued}`, `${glued}@example.com`, `#${glued}`]) {
      expect(repair(`قال ${chunk} اليوم`).text).toBe(`قال ${chunk} اليوم`);
    }
  });

  test.prop([dirtyText, fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()], RUNS)(
    'a switched-off kind never appears among the edits',
    (text, duplicateWord, stutter, glued, gluedDigit) => {
      const off = new Set<string>();
      if (!duplicateWord) off.add('duplicate-word');
      if (!stutter) off.add('stutter');
      if (!glued) off.add('glued');
      if (!gluedDigit) off.add('glued-digit');
      const r = repair(text, { duplicateWord, stutter, glued, gluedDigit });
      expect(r.edits.filter((e) => off.has(e.kind))).toEqual([]);
      expect(applyEdits(text, r.edits)).toBe(r.text);
    },
  );
});
