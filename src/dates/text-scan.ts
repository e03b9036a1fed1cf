// Char-code helpers over the normalized text. No regular expressions: every scan is linear.

/** Horizontal white space and invisible format marks (RLM, LRM, ALM, ZWJ …) between date parts. */
export function isGap(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0xad ||
    c === 0x61c ||
    c === 0x640 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A letter or combining mark of a word (Arabic or Latin script). */
export function isLetter(c: number): boolean {
  if (c < 0x41) return false;
  if (c <= 0x7a) return c <= 0x5a || c >= 0x61;
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x610 && c <= 0x61a) return true;
  if (c >= 0x620 && c <= 0x65f) return c !== 0x640;
  if (c >= 0x66e && c <= 0x6d3) return true;
  if (c >= 0x6d5 && c <= 0x6ed) return true;
  if (c >= 0x6fa && c <= 0x6ff) return true;
  if (c >= 0x750 && c <= 0x77f) return true;
  if (c >= 0x8a0 && c <= 0x8ff) return true;
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** The value of a decimal digit of any script the normalizer may leave, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** The index after the gap characters that start at `i`. */
export function skipGapForward(s: string, i: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. Past the end charCodeAt gives NaN, which is no gap.
  while (i < s.length && isGap(s.charCodeAt(i))) i++;
  return i;
}

/** The index before the gap characters that end at `end` (exclusive). */
export function skipGapBackward(s: string, end: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent. Before the start charCodeAt gives NaN, which is no gap.
  while (end > 0 && isGap(s.charCodeAt(end - 1))) end--;
  return end;
}

/** The end of the letter run that starts at `i` (`i` itself when there is none). */
export function letterRunEnd(s: string, i: number): number {
  while (i < s.length && isLetter(s.charCodeAt(i))) i++;
  return i;
}

/** The start of the letter run that ends at `end` (exclusive). */
export function letterRunStart(s: string, end: number): number {
  while (end > 0 && isLetter(s.charCodeAt(end - 1))) end--;
  return end;
}

/** The end of the digit run that starts at `i`. */
export function digitRunEnd(s: string, i: number): number {
  while (i < s.length && digitValue(s.charCodeAt(i)) >= 0) i++;
  return i;
}

/** The start of the digit run that ends at `end` (exclusive). */
export function digitRunStart(s: string, end: number): number {
  while (end > 0 && digitValue(s.charCodeAt(end - 1)) >= 0) end--;
  return end;
}

/** The number written by the digits in `[start, end)` (at most a few digits long). */
export function digitsValue(s: string, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) v = v * 10 + digitValue(s.charCodeAt(i));
  return v;
}

/** True when `c` is a comma (ASCII or Arabic). */
export function isComma(c: number): boolean {
  return c === 0x2c || c === 0x60c;
}

/** A word and its span, as found before or after a position. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The word (letter run) that ends at `end` once gaps are skipped back, or undefined. */
export function wordBefore(s: string, end: number): Word | undefined {
  const e = skipGapBackward(s, end);
  const b = letterRunStart(s, e);
  return b === e ? undefined : { start: b, end: e, text: s.slice(b, e) };
}

/** The word (letter run) that starts at `start` once gaps are skipped, or undefined. */
export function wordAfter(s: string, start: number): Word | undefined {
  const b = skipGapForward(s, start);
  const e = letterRunEnd(s, b);
  return b === e ? undefined : { start: b, end: e, text: s.slice(b, e) };
}
