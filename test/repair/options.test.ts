import { describe, expect, it } from 'vitest';
import { applyEdits, repair, type Edit, type RepairOptions } from '../../src/repair/index.js';

describe('repair: input and options', () => {
  it('accepts every string, including empty, lone surrogates and huge repeats', () => {
    expect(repair('')).toEqual({ text: '', edits: [] });
    expect(repair('\ud800 في في \udfff').text).toBe('\ud800 في \udfff');
    const big = 'ذهب الطالب إلى المدرسة. '.repeat(20000);
    expect(repair(big).text).toBe(big);
  });

  it('returns the same string object when nothing changes', () => {
    const text = 'نص سليم تماما';
    expect(repair(text).text).toBe(text);
  });

  it.each([42, null, undefined, {}, ['نص'], Symbol('s')])('throws a TypeError naming repair for %s', (value) => {
    expect(() => repair(value as string)).toThrow(TypeError);
    expect(() => repair(value as string)).toThrow(/repair/u);
  });

  it.each([
    [{ duplicateWord: 'yes' }, /duplicateWord/u],
    [{ stutter: 1 }, /stutter/u],
    [{ glued: null }, /glued/u],
    [{ gluedDigit: {} }, /gluedDigit/u],
    [{ vocabulary: 'كلمة' }, /vocabulary/u],
    [{ vocabulary: null }, /vocabulary/u],
    [{ vocabulary: [1, 2] }, /vocabulary/u],
    [{ allowRepeats: 7 }, /allowRepeats/u],
    [{ allowRepeats: [null] }, /allowRepeats/u],
  ])('rejects bad options %o', (options, message) => {
    expect(() => repair('نص', options as unknown as RepairOptions)).toThrow(TypeError);
    expect(() => repair('نص', options as unknown as RepairOptions)).toThrow(message);
  });

  it.each([null, 5, 'glued'])('rejects options that are not an object: %s', (options) => {
    expect(() => repair('نص', options as unknown as RepairOptions)).toThrow(/options/u);
  });

  it('accepts any iterable of strings as vocabulary', () => {
    function* words(): Generator<string> {
      yield 'كراسنوفكا';
      yield 'أفاد';
    }
    expect(repair('القتال حول كراسنوفكاوأفاد الجيش', { vocabulary: words() }).text).toBe('القتال حول كراسنوفكا وأفاد الجيش');
  });

  it('takes every option explicitly set to true like the defaults', () => {
    const text = 'كان يهدف يهدف إلى تحسين الخدمةالعامة بنسبة12%';
    expect(repair(text, { duplicateWord: true, stutter: true, glued: true, gluedDigit: true })).toEqual(repair(text));
  });
});

describe('applyEdits', () => {
  const edit = (start: number, end: number, replacement: string): Edit => ({ start, end, replacement, kind: 'glued' });

  it('applies sorted edits', () => {
    expect(applyEdits('abcdef', [edit(1, 1, ' '), edit(2, 4, ''), edit(6, 6, '!')])).toBe('a bef!');
    expect(applyEdits('abc', [])).toBe('abc');
  });

  it('rejects unsorted, overlapping, inverted or out-of-range edits', () => {
    expect(() => applyEdits('abcdef', [edit(3, 4, ''), edit(1, 2, '')])).toThrow(RangeError);
    expect(() => applyEdits('abcdef', [edit(1, 4, ''), edit(3, 5, '')])).toThrow(RangeError);
    expect(() => applyEdits('abcdef', [edit(4, 3, '')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(2, 9, '')])).toThrow(RangeError);
  });

  it('throws a TypeError for a non-string input', () => {
    expect(() => applyEdits(5 as unknown as string, [])).toThrow(/applyEdits.*number/u);
  });
});
