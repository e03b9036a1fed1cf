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
  let k = 0; // walks the normalized text in step with the raw lines
  let start = 0;
  const n = raw.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = raw.charCodeAt(end);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
      end++;
    }
    let next = end;
    if (end < n) next = raw.charCodeAt(end) === 0x0d && raw.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    while (k < norm.length && (offsets[k] as number) < start) k++;
    let ns = k;
    while (k < norm.length && (offsets[k] as number) < end) k++;
    let ne = k;
    while (ns < ne && isSpace(norm.charCodeAt(ns))) ns++;
    while (ne > ns && isSpace(norm.charCodeAt(ne - 1))) ne--;
    lines.push({ start, end, next, ns, ne });
    if (end >= n) break;
    start = next;
  }
  return { raw, norm, offsets, lines };
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
