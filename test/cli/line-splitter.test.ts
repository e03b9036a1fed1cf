import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createLineSplitter } from '../../src/cli/line-splitter.js';

function splitAll(chunks: readonly string[]): string[] {
  const splitter = createLineSplitter();
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.flush()];
}

describe('createLineSplitter', () => {
  test.prop([fc.array(fc.constantFrom('خبر', 'a', ' ', '\n', '\r\n', '\r', '{"x":1}', '😀'), { maxLength: 60 }), fc.array(fc.nat({ max: 200 }), { maxLength: 12 })])(
    'chunking never changes the lines, which equal a split on LF with CR stripped',
    (parts, cuts) => {
      const text = parts.join('');
      const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
      const chunks: string[] = [];
      let from = 0;
      for (const p of points) {
        chunks.push(text.slice(from, p));
        from = p;
      }
      chunks.push(text.slice(from));
      const expected = text === '' ? [] : text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
      if (text.endsWith('\n')) expected.pop();
      expect(splitAll(chunks)).toEqual(expected);
    },
  );

  test('keeps empty lines and a last line without a break', () => {
    expect(splitAll(['a\n\nb'])).toEqual(['a', '', 'b']);
    expect(splitAll(['a\r', '\nb\r'])).toEqual(['a', 'b']);
    expect(splitAll([])).toEqual([]);
  });
});
