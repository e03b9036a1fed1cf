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
   * Upper bound on the pending text (default 1,048,576). Text is normally emitted at a
   * normalization boundary (a space or line feed after a visible character); a single "word"
   * longer than this is cut between two letters, or as a last resort anywhere outside a surrogate
   * pair, so memory stays bounded.
   */
  readonly maxPendingLength?: number;
}
