// Small matching helpers over the normalized page text.
import { isDash, isSpace, isWordChar } from './chars.js';

/** Whether `word` occurs at `pos` and is not glued to a following word character. */
export function wordAt(norm: string, pos: number, word: string): boolean {
  return norm.startsWith(word, pos) && !isWordChar(norm.charCodeAt(pos + word.length));
}

/** The first entry of `list` that starts at `pos` as a whole word, or `undefined`. */
export function firstWordAt(norm: string, pos: number, list: readonly string[]): string | undefined {
  for (const w of list) if (wordAt(norm, pos, w)) return w;
  return undefined;
}

/** Skips white space forward from `i` (up to `to`). */
export function skipSpace(norm: string, i: number, to: number): number {
  while (i < to && isSpace(norm.charCodeAt(i))) i++;
  return i;
}

/** Skips label separators forward: white space, `:` `|` `-` `–` `—` `.` `…` `>` `»` `(` `[`. */
export function skipSeparators(norm: string, i: number, to: number): number {
  while (i < to) {
    const c = norm.charCodeAt(i);
    if (isSpace(c) || isDash(c) || c === 0x3a || c === 0x7c || c === 0x2e || c === 0x2026 || c === 0x3e || c === 0xbb || c === 0x28 || c === 0x5b || c === 0xfe55 || c === 0xff1a) i++;
    else break;
  }
  return i;
}

/** Moves `end` back over white space and closing/label punctuation (`)` `]` `:` `|` dashes). */
export function trimEnd(norm: string, start: number, end: number): number {
  while (end > start) {
    const c = norm.charCodeAt(end - 1);
    if (isSpace(c) || isDash(c) || c === 0x29 || c === 0x5d || c === 0x3a || c === 0x7c) end--;
    else break;
  }
  return end;
}

/** Whether any of `[from, to)` is a character for which `test` holds. */
export function some(norm: string, from: number, to: number, test: (c: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(norm.charCodeAt(i))) return true;
  return false;
}

/** The last non-space character code before `i` (stopping at `floor`), or -1. */
export function prevNonSpace(norm: string, i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor && isSpace(norm.charCodeAt(j))) j--;
  return j >= floor ? j : -1;
}
