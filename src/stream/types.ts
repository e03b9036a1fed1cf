/**
 * Tuning for {@link createNormalizeStream}. Both limits count UTF-16 code units; the defaults suit
 * files of any size.
 *
 * @example
 * ```ts
 * import { createNormalizeStream, type NormalizeStreamOptions } from 'tanqih';
 * const tuning: NormalizeStreamOptions = { minBatchLength: 4096 };
 * createNormalizeStream('search', tuning) instanceof TransformStream; // => true
 * ```
 */
export interface NormalizeStreamOptions {
  /**
   * Pending text is normalized once at least this many new code units have arrived (default
   * 16,384). Smaller values emit sooner; larger values make fewer passes.
   */
  readonly minBatchLength?: number;
  /**
   * Usual upper bound on the pending text (default 1,048,576). Text is normally emitted at a
   * normalization boundary (a space or line feed after a visible character); past this length the
   * stream cuts right after whitespace or between two plain letters, exactly (the output still
   * equals `normalize`). A "word" with neither is held up to `4 ×` this (at least 65,536 units),
   * then cut anywhere outside a surrogate pair: only there may the output differ from `normalize`.
   */
  readonly maxPendingLength?: number;
}
