// Cuts removed spans out of a page and lays the rest out as paragraphs: one per source line,
// separated by a blank line, white space inside a paragraph collapsed to one space.
import { isSpace } from '../boilerplate/chars.js';
import type { Span } from '../types.js';

/** Text with a map back to the source: `map[i]` is the source index of unit `i`; `map[text.length]` the source length. */
export interface MappedText {
  readonly text: string;
  readonly map: Uint32Array;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Builds the kept text of `src` outside `cuts` (sorted, non-overlapping). */
export function keptText(src: string, cuts: readonly Span[]): MappedText {
  const n = src.length;
  const buf = new Uint16Array(n + 2 * (cuts.length + 1));
  const map = new Uint32Array(buf.length + 1);
  let len = 0;
  let content = false;
  let gap = -1; // source index where pending white space began
  let para = false;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const cut = cuts[k];
    if (cut !== undefined && i >= cut.start) {
      k++;
      if (cut.end > i) {
        if (content && gap < 0) gap = i;
        i = cut.end - 1;
        continue;
      }
    }
    const c = src.charCodeAt(i);
    if (isBreak(c) || isSpace(c)) {
      if (content) {
        if (gap < 0) gap = i;
        if (isBreak(c)) para = true;
      }
      continue;
    }
    if (gap >= 0) {
      if (para) {
        buf[len] = 0x0a;
        map[len++] = gap;
        buf[len] = 0x0a;
        map[len++] = gap;
      } else {
        buf[len] = 0x20;
        map[len++] = gap;
      }
    }
    gap = -1;
    para = false;
    buf[len] = c;
    map[len++] = i;
    content = true;
  }
  map[len] = n;
  return { text: decode(buf, len), map: map.slice(0, len + 1) };
}

function decode(buf: Uint16Array, len: number): string {
  const parts: string[] = [];
  for (let i = 0; i < len; i += 8192) parts.push(String.fromCharCode(...buf.subarray(i, Math.min(len, i + 8192))));
  return parts.join('');
}
