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

/** Not white space (fast path for the common code units). */
function isWordUnit(c: number): boolean {
  if (c > 0x20) return c !== 0xa0 && c !== 0x85 && !(c >= 0x1680 && isSpace(c));
  return !isSpace(c);
}

/**
 * Builds the kept text of `src` outside `cuts` (sorted, non-overlapping). Source text is copied in
 * slices; only cuts, line breaks and white space other than a single space start a new slice.
 */
export function keptText(src: string, cuts: readonly Span[]): MappedText {
  const n = src.length;
  const parts: string[] = [];
  const map = new Uint32Array(n + 2 * cuts.length + 3);
  let len = 0;
  let content = false;
  let gap = -1; // source index where pending white space began
  let para = false;
  let k = 0;
  let nextCut = cuts.length > 0 ? (cuts[0] as Span).start : n;
  let runStart = -1; // start of the source slice being copied
  let i = 0;
  while (i < n) {
    if (i >= nextCut) {
      const cut = cuts[k] as Span;
      k++;
      nextCut = k < cuts.length ? (cuts[k] as Span).start : n;
      if (cut.end > i) {
        if (runStart >= 0) {
          parts.push(src.slice(runStart, i));
          for (let j = runStart; j < i; j++) map[len++] = j;
          runStart = -1;
        }
        if (content && gap < 0) gap = i;
        i = cut.end;
        continue;
      }
    }
    const c = src.charCodeAt(i);
    if (isWordUnit(c)) {
      if (runStart < 0) {
        if (gap >= 0) {
          parts.push(para ? '\n\n' : ' ');
          map[len++] = gap;
          if (para) map[len++] = gap;
        }
        gap = -1;
        para = false;
        runStart = i;
        content = true;
      }
      i++;
      continue;
    }
    // a single plain space between two words, not before a cut, stays inside the slice
    if (c === 0x20 && runStart >= 0 && i + 1 < nextCut) {
      if (isWordUnit(src.charCodeAt(i + 1))) {
        i++;
        continue;
      }
    }
    if (runStart >= 0) {
      parts.push(src.slice(runStart, i));
      for (let j = runStart; j < i; j++) map[len++] = j;
      runStart = -1;
    }
    if (content) {
      if (gap < 0) gap = i;
      if (isBreak(c)) para = true;
    }
    i++;
  }
  if (runStart >= 0) {
    parts.push(src.slice(runStart, n));
    for (let j = runStart; j < n; j++) map[len++] = j;
  }
  map[len] = n;
  return { text: parts.join(''), map: map.subarray(0, len + 1) };
}
