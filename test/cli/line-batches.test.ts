import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { countByteLineFeeds, countLineFeeds, createByteLineBatcher, createLineBatcher, splitLines } from '../../src/cli/line-batches.js';
import { splitAt } from '../stream/helpers.js';

const partsArb = fc.array(fc.constantFrom('خبر', 'a', ' ', '\n', '\r\n', '\r', '{"x":1}', '😀'), { maxLength: 60 });
const cutsArb = fc.array(fc.nat({ max: 200 }), { maxLength: 12 });

describe('line batches', () => {
  test.prop([partsArb, cutsArb, fc.integer({ min: 1, max: 40 })])(
    'batches hold whole lines, concatenate back to the input, and their lines are the input lines',
    (parts, cuts, minChars) => {
      const text = parts.join('');
      const batcher = createLineBatcher(minChars);
      const batches = [...splitAt(text, cuts).flatMap((c) => batcher.push(c)), ...batcher.flush()];
      expect(batches.join('')).toBe(text);
      for (const batch of batches.slice(0, -1)) expect(batch.endsWith('\n')).toBe(true);
      for (const batch of batches) expect(batch).not.toBe('');
      expect(batches.flatMap(splitLines)).toEqual(splitLines(text));
      expect(batches.reduce((n, b) => n + countLineFeeds(b), 0)).toBe(countLineFeeds(text));
    },
  );

  it('splits lines at LF, drops a CR before it, keeps empty lines and a last unterminated line', () => {
    expect(splitLines('a\r\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLines('a\n')).toEqual(['a']);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('x\r')).toEqual(['x']);
    expect(splitLines('')).toEqual([]);
    expect(countLineFeeds('a\nb\n\n')).toBe(3);
    expect(countLineFeeds('')).toBe(0);
  });

  it('holds a long line back until its line feed arrives', () => {
    const batcher = createLineBatcher(4);
    expect(batcher.push('abcdefgh')).toEqual([]);
    expect(batcher.push('ij\nk')).toEqual(['abcdefghij\n']);
    expect(batcher.flush()).toEqual(['k']);
    expect(batcher.flush()).toEqual([]);
  });

  test.prop([partsArb, cutsArb, fc.integer({ min: 1, max: 60 })])(
    'byte batches hold whole lines, own their buffers and concatenate back to the input',
    (parts, cuts, minBytes) => {
      const bytes = new TextEncoder().encode(parts.join(''));
      const batcher = createByteLineBatcher(minBytes);
      const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
      const batches: Uint8Array[] = [];
      let from = 0;
      for (const p of [...points, bytes.length]) {
        batches.push(...batcher.push(bytes.subarray(from, p)));
        from = p;
      }
      batches.push(...batcher.flush());
      const total = batches.reduce((n, b) => n + b.length, 0);
      expect(total).toBe(bytes.length);
      expect(Buffer.concat(batches).equals(Buffer.from(bytes))).toBe(true);
      for (const batch of batches.slice(0, -1)) expect(batch[batch.length - 1]).toBe(0x0a);
      for (const batch of batches) {
        expect(batch.byteOffset).toBe(0);
        expect(batch.buffer.byteLength).toBe(batch.length); // transferable without sharing
        expect(batch.buffer).not.toBe(bytes.buffer);
      }
      expect(batches.reduce((n, b) => n + countByteLineFeeds(b), 0)).toBe(countLineFeeds(parts.join('')));
    },
  );
});
