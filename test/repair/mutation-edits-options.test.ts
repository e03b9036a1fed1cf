// Tests written to kill surviving mutants (Stryker) in src/repair/edits.ts, key.ts and options.ts:
// exact boundaries of applyEdits' validation, resolveEdits' tie-breaking, wordKey's folds, and
// every option check of resolveOptions.
import { describe, expect, test } from 'vitest';
import { applyEdits, resolveEdits } from '../../src/repair/edits.js';
import { keySet, wordKey } from '../../src/repair/key.js';
import { resolveOptions } from '../../src/repair/options.js';
import type { Edit } from '../../src/repair/types.js';

const edit = (start: number, end: number, replacement: string): Edit => ({ start, end, replacement, kind: 'glued' });

describe('applyEdits boundaries', () => {
  test('edits that are not an array throw a TypeError naming applyEdits and the argument', () => {
    // @ts-expect-error -- deliberately wrong at run time
    expect(() => applyEdits('abc')).toThrow(/applyEdits: expected edits to be an array, received undefined/u);
    // @ts-expect-error -- deliberately wrong at run time
    expect(() => applyEdits('abc', null)).toThrow(TypeError);
  });
  const input = 'كان يهدف يهدف';
  test('no edits gives the input back', () => {
    expect(applyEdits(input, [])).toBe(input);
  });
  test('adjacent edits (start === previous end) are accepted', () => {
    expect(applyEdits('abcd', [edit(0, 2, 'X'), edit(2, 4, 'Y')])).toBe('XY');
  });
  test('an insertion (start === end) is accepted, also at the very end', () => {
    expect(applyEdits('ab', [edit(1, 1, ' ')])).toBe('a b');
    expect(applyEdits('ab', [edit(2, 2, '!')])).toBe('ab!');
    expect(applyEdits('ab', [edit(0, 0, '>')])).toBe('>ab');
  });
  test('an edit ending exactly at the input length is accepted, one past is not', () => {
    expect(applyEdits('abc', [edit(1, 3, 'Z')])).toBe('aZ');
    expect(() => applyEdits('abc', [edit(1, 4, 'Z')])).toThrow(RangeError);
  });
  test('overlapping, unsorted or inverted edits throw a RangeError naming applyEdits and the edit', () => {
    expect(() => applyEdits('abcd', [edit(0, 2, 'X'), edit(1, 3, 'Y')])).toThrow(/applyEdits.*1–3/u);
    expect(() => applyEdits('abcd', [edit(2, 3, 'X'), edit(0, 1, 'Y')])).toThrow(RangeError);
    expect(() => applyEdits('abcd', [edit(3, 2, 'X')])).toThrow(RangeError);
    expect(() => applyEdits('abcd', [edit(-1, 1, 'X')])).toThrow(RangeError);
  });
  test('a non-string input throws a TypeError naming the type', () => {
    expect(() => applyEdits(5 as unknown as string, [])).toThrow(/applyEdits.*number/u);
  });
});

describe('resolveEdits tie-breaking', () => {
  test('sorts by start, the longer edit first at the same start', () => {
    const kept = resolveEdits([edit(4, 6, 'c'), edit(0, 1, 'a'), edit(0, 3, 'b')]);
    expect(kept.map((e) => [e.start, e.end])).toEqual([[0, 3], [4, 6]]);
  });
  test('drops a replacement that starts inside a kept one, keeps one that starts at its end', () => {
    const kept = resolveEdits([edit(0, 3, 'x'), edit(2, 5, 'y'), edit(3, 4, 'z')]);
    expect(kept.map((e) => e.replacement)).toEqual(['x', 'z']);
  });
  test('drops an insertion inside a kept replacement, keeps one at its end', () => {
    const kept = resolveEdits([edit(0, 3, 'x'), edit(1, 1, ' '), edit(3, 3, '!')]);
    expect(kept.map((e) => e.replacement)).toEqual(['x', '!']);
  });
  test('keeps one insertion per position', () => {
    const kept = resolveEdits([edit(2, 2, 'a'), edit(2, 2, 'b'), edit(5, 5, 'c')]);
    expect(kept.map((e) => e.replacement)).toEqual(['a', 'c']);
  });
  test('a replacement wins over an insertion at its start (the longer edit sorts first)', () => {
    const kept = resolveEdits([edit(2, 2, ' '), edit(2, 4, 'x')]);
    expect(kept.map((e) => [e.start, e.end])).toEqual([[2, 4]]);
  });
});

describe('wordKey folds', () => {
  test('plain words come back as the slice', () => {
    expect(wordKey('قال الوزير', 4, 10)).toBe('الوزير');
  });
  test('tatweel and marks are dropped; أ إ ٱ fold to ا; آ is kept', () => {
    expect(wordKey('أَحْمَد', 0, 7)).toBe('احمد');
    expect(wordKey('إعـــلان', 0, 8)).toBe('اعلان');
    expect(wordKey('ٱلله', 0, 4)).toBe('الله');
    expect(wordKey('آمن', 0, 3)).toBe('آمن');
  });
  test('only the [start, end) range is read', () => {
    expect(wordKey('أب أم', 3, 5)).toBe('ام');
    expect(wordKey('أب أم', 0, 2)).toBe('اب');
    expect(wordKey('بـب', 0, 1)).toBe('ب');
  });
  test('a fold after plain letters is still seen', () => {
    expect(wordKey('ماأ', 0, 3)).toBe('ماا');
    expect(wordKey('مـا', 0, 3)).toBe('ما');
  });
  test('keySet keys every word', () => {
    expect([...keySet(['أحمد', 'كتـاب'])]).toEqual(['احمد', 'كتاب']);
  });
});

describe('resolveOptions', () => {
  test('defaults: every rule on, empty word sets', () => {
    const o = resolveOptions(undefined);
    expect([o.duplicateWord, o.stutter, o.glued, o.gluedDigit]).toEqual([true, true, true, true]);
    expect(o.vocabulary.size + o.allowRepeats.size).toBe(0);
    const empty = resolveOptions({});
    expect([empty.duplicateWord, empty.stutter, empty.glued, empty.gluedDigit]).toEqual([true, true, true, true]);
  });
  test('each flag can be switched off on its own', () => {
    expect(resolveOptions({ duplicateWord: false }).duplicateWord).toBe(false);
    expect(resolveOptions({ stutter: false }).stutter).toBe(false);
    expect(resolveOptions({ glued: false }).glued).toBe(false);
    expect(resolveOptions({ gluedDigit: false }).gluedDigit).toBe(false);
    expect(resolveOptions({ glued: false }).stutter).toBe(true);
  });
  test('a non-boolean flag throws a TypeError naming the option and the type', () => {
    expect(() => resolveOptions({ stutter: 'no' } as never)).toThrow(/option stutter must be a boolean, received string/u);
    expect(() => resolveOptions({ gluedDigit: 0 } as never)).toThrow(/gluedDigit.*number/u);
  });
  test('word lists are keyed (folded) sets', () => {
    const o = resolveOptions({ vocabulary: ['أحمد', 'كتـاب'], allowRepeats: new Set(['بي']) });
    expect([...o.vocabulary]).toEqual(['احمد', 'كتاب']);
    expect([...o.allowRepeats]).toEqual(['بي']);
  });
  test('bad word lists throw TypeErrors naming the option', () => {
    expect(() => resolveOptions({ vocabulary: null } as never)).toThrow(/vocabulary must be an iterable of strings, received null/u);
    expect(() => resolveOptions({ vocabulary: 'نص' })).toThrow(/vocabulary.*string/u);
    expect(() => resolveOptions({ allowRepeats: { a: 1 } } as never)).toThrow(/allowRepeats.*object/u);
    expect(() => resolveOptions({ vocabulary: [1] } as never)).toThrow(/vocabulary must contain only strings, found number/u);
  });
  test('options that are not an object throw a TypeError naming the type', () => {
    expect(() => resolveOptions(null as never)).toThrow(/options must be an object, received null/u);
    expect(() => resolveOptions(3 as never)).toThrow(/received number/u);
  });
});
