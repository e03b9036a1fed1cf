// The page model: raw lines, each with its slice of the `search`-normalized text, so markers are
// matched on folded text and every hit maps back to raw offsets.
import { normalizeWithOffsets } from '../chars/index.js';
import { isSpace } from './chars.js';

/** One line of the raw text and its normalized slice. */
export interface Line {
  /** Raw start. */
  readonly start: number;
  /** Raw end, before the line break. */
  readonly end: number;
  /** Raw start of the next line (after the line break). */
  readonly next: number;
  /** Normalized start (trimmed of white space). */
  readonly ns: number;
  /** Normalized end (trimmed of white space). */
  readonly ne: number;
}

/** A page ready for scanning. */
export interface Page {
  readonly raw: string;
  /** `search`-normalized text. */
  readonly norm: string;
  /** `offsets[i]`: raw index of normalized unit `i`; `offsets[norm.length] === raw.length`. */
  readonly offsets: Uint32Array;
  readonly lines: readonly Line[];
}

/** Builds the page model in one pass over the text plus one over the normalized text. */
export function buildPage(raw: string): Page {
  const { text: norm, offsets } = normalizeWithOffsets(raw, 'search');
  const lines: Line[] = [];
  const n = raw.length;
  // next position of each kind of line break, refreshed only once passed (linear overall)
  let lf = raw.indexOf('\n');
  let cr = raw.indexOf('\r');
  let start = 0;
  let k = 0;
  for (;;) {
    if (lf >= 0 && lf < start) lf = raw.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = raw.indexOf('\r', start);
    let end = n;
    if (lf >= 0) end = lf;
    if (cr >= 0 && cr < end) end = cr;
    let next = end;
    if (end < n) next = raw.charCodeAt(end) === 0x0d && raw.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    k = lowerBound(offsets, start, k, norm.length);
    let ns = k;
    k = lowerBound(offsets, end, k, norm.length);
    let ne = k;
    while (ns < ne && isSpace(norm.charCodeAt(ns))) ns++;
    while (ne > ns && isSpace(norm.charCodeAt(ne - 1))) ne--;
    lines.push({ start, end, next, ns, ne });
    if (end >= n) break;
    start = next;
  }
  return { raw, norm, offsets, lines };
}

/** First index `i` in `[lo, hi]` with `offsets[i] >= target` (offsets are non-decreasing). */
function lowerBound(offsets: Uint32Array, target: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** Raw index of normalized index `i`. */
export function rawAt(page: Page, i: number): number {
  return page.offsets[i] as number;
}

/** Whether a line has no words. */
export function isBlank(line: Line): boolean {
  return line.ns >= line.ne;
}

/** Normalized text of a line (trimmed). */
export function lineText(page: Page, line: Line): string {
  return page.norm.slice(line.ns, line.ne);
}

/** Token bounds `[s0, e0, s1, e1, …]` of the normalized range `[from, to)`, split on white space. */
export function tokenize(norm: string, from: number, to: number, max: number = Infinity): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to && out.length < max * 2) {
    while (i < to && isSpace(norm.charCodeAt(i))) i++;
    if (i >= to) break;
    const s = i;
    while (i < to && !isSpace(norm.charCodeAt(i))) i++;
    out.push(s, i);
  }
  return out;
}

/** Counts white-space separated tokens in `[from, to)`, stopping early past `cap`. */
export function countTokens(norm: string, from: number, to: number, cap: number = Infinity): number {
  let n = 0;
  let inTok = false;
  for (let i = from; i < to; i++) {
    const sp = isSpace(norm.charCodeAt(i));
    if (!sp && !inTok) {
      n++;
      if (n > cap) return n;
    }
    inTok = !sp;
  }
  return n;
}
