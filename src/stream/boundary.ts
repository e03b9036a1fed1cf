/**
 * Fallback cuts for a stream whose pending text grew past its limit without a normalization
 * boundary (see `lastNormalizationBoundary` in the chars area), i.e. one huge "word".
 *
 * @internal
 */

/** True for the code units `normalize` treats as whitespace (line breaks included). @internal */
export function isWhitespaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * The last position `c` with `from < c < text.length` right after a whitespace unit other than CR
 * (a CR may still fold a later LF into its own line break); -1 when there is none. The engine
 * never relates the units on the two sides of such a cut except through the whitespace run that
 * spans it: composition, ZWNJ, ZWJ emoji contexts, digit separators and letter context all stop
 * at whitespace. The output on the left is final except for its trailing spaces and line feeds.
 *
 * @internal
 */
export function lastWhitespaceCut(text: string, from: number): number {
  for (let c = text.length - 1; c > from && c > 0; c--) {
    const u = text.charCodeAt(c - 1);
    if (u !== 0x0d && isWhitespaceUnit(u)) return c;
  }
  return -1;
}

/** Length of the run of spaces and line feeds at the end of `text` (normalized output). @internal */
export function trailingBreakLength(text: string): number {
  let i = text.length;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a)) i--;
  return text.length - i;
}

/** True for a base Arabic letter (ء..غ, ف..ي) or an ASCII letter or digit. @internal */
export function isPlainLetterUnit(c: number): boolean {
  return (
    (c >= 0x621 && c <= 0x63a) ||
    (c >= 0x641 && c <= 0x64a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  );
}

/**
 * The last position `c > after` between two different plain letters (not inside a run of one
 * letter, which the optional elongation rule folds as a whole): a fallback for a pending text longer
 * than the stream's limit with no whitespace in it (one huge "word"). -1 when there is none.
 *
 * @internal
 */
export function lastLetterCut(text: string, after: number): number {
  for (let c = text.length - 1; c > after && c > 0; c--) {
    const u = text.charCodeAt(c);
    if (isPlainLetterUnit(u) && isPlainLetterUnit(text.charCodeAt(c - 1)) && text.charCodeAt(c - 1) !== u) return c;
  }
  return -1;
}

/**
 * The last position `c > after` that does not split a surrogate pair: the last-resort cut that
 * keeps memory bounded on input with neither whitespace nor letters (the end if none qualifies).
 *
 * @internal
 */
export function lastUnitCut(text: string, after: number): number {
  const c = text.length - 1;
  if (c <= after) return text.length;
  const prev = text.charCodeAt(c - 1);
  const isPair = prev >= 0xd800 && prev <= 0xdbff && (text.charCodeAt(c) & 0xfc00) === 0xdc00;
  return isPair && c - 1 > after ? c - 1 : c;
}

/** How far back a stream keeps already-emitted text as left context for the next pass. @internal */
export const LEFT_CONTEXT_LIMIT = 256;

/**
 * Where the left context before cut `c` starts: the start of the word before the whitespace run
 * that ends at `c`, but no further back than {@link LEFT_CONTEXT_LIMIT} code units.
 *
 * @internal
 */
export function leftContextStart(text: string, c: number): number {
  const floor = Math.max(0, c - LEFT_CONTEXT_LIMIT);
  let i = c;
  while (i > floor && isWhitespaceUnit(text.charCodeAt(i - 1))) i--;
  while (i > floor && !isWhitespaceUnit(text.charCodeAt(i - 1))) i--;
  return i;
}
