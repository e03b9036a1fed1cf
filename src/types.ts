/**
 * A half-open range `[start, end)` of UTF-16 code-unit indices into the string that was passed in
 * (the indices `String.prototype.slice` uses).
 *
 * @example
 * ```ts
 * import type { Span } from 'tanqih';
 * const span: Span = { start: 0, end: 4 };
 * 'مصر اليوم'.slice(span.start, span.end); // => 'مصر '
 * ```
 */
export interface Span {
  /** Index of the first code unit. */
  readonly start: number;
  /** Index one past the last code unit. */
  readonly end: number;
}
