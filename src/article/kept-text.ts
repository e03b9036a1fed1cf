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

/** 1 for every code unit that is not white space (built once at load, read-only). */
const WORD_UNIT: Uint8Array = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isSpace(c) ? 0 : 1;
  return t;
})();

/** Not white space. */
function isWordUnit(c: number): boolean {
  return WORD_UNIT[c] === 1;
}

/**
 * Builds the kept text of `src` outside `cuts` (sorted, non-overlapping). Source text is copied in
 * slices; only cuts, line breaks and white space other than a single space start a new slice.
 */
export function keptText(src: string, cuts: readonly Span[]): MappedText {
  const n = src.length;
  const parts: string[] = [];
  // every unit written consumes a source unit, except the second \n of a paragraph break, which
  // follows a consumed line break: at most 2n units (n + 3 was too short when line breaks were
  // doubled, and the writes past the end were lost)
  const map = new Uint32Array(2 * n + 2 * cuts.length + 3);
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
      // the rest of the run in one tight loop: word units, and single spaces between them
      const limit = nextCut < n ? nextCut : n;
      let j = i + 1;
      while (j < limit) {
        const d = src.charCodeAt(j);
        if (WORD_UNIT[d] === 1) j++;
        else if (d === 0x20 && j + 1 < limit && WORD_UNIT[src.charCodeAt(j + 1)] === 1) j += 2;
        else break;
      }
      i = j;
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
