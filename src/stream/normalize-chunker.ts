import { normalize, normalizeWithOffsets } from '../chars/index.js';
import type { NormalizeOptions, ProfileName } from '../chars/index.js';
import { lastLetterCut, lastUnitCut, lastWordCut, leftContextStart } from './boundary.js';
import type { NormalizeStreamOptions } from './types.js';

/** Default for {@link NormalizeStreamOptions.minBatchLength}. @internal */
export const DEFAULT_MIN_BATCH_LENGTH = 16_384;
/** Default for {@link NormalizeStreamOptions.maxPendingLength}. @internal */
export const DEFAULT_MAX_PENDING_LENGTH = 1_048_576;

/**
 * Incremental, chunk-boundary-safe normalizer: `push` chunks, then `flush` once. The
 * concatenation of everything returned equals `normalize(allChunks.join(''), options)`.
 *
 * @internal
 */
export interface NormalizeChunker {
  /** Adds a chunk; returns the normalized text that is now final (possibly ''). */
  push(chunk: string): string;
  /** Ends the input; returns the rest of the normalized text. */
  flush(): string;
}

function checkLength(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`createNormalizeStream: option ${name} must be a positive integer, received ${String(value)}`);
  }
  return value;
}

/** Index of the first output unit whose source offset is at least `at`. @internal */
function firstUnitFrom(offsets: Uint32Array, at: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Creates a {@link NormalizeChunker}. Throws like `normalize` on invalid normalization options and a
 * RangeError naming the option on invalid stream options.
 *
 * @internal
 */
export function createNormalizeChunker(
  options?: NormalizeOptions | ProfileName,
  streamOptions?: NormalizeStreamOptions,
): NormalizeChunker {
  normalize('', options); // validates the options now rather than on the first chunk
  const minBatch = checkLength('minBatchLength', streamOptions?.minBatchLength, DEFAULT_MIN_BATCH_LENGTH);
  const maxPending = Math.max(
    minBatch,
    checkLength('maxPendingLength', streamOptions?.maxPendingLength, DEFAULT_MAX_PENDING_LENGTH),
  );
  // `pending` holds text not yet emitted, preceded by `skip` units of already-emitted left context.
  let pending = '';
  let skip = 0;

  const emitUpTo = (cut: number): string => {
    const { text, offsets } = normalizeWithOffsets(pending, options);
    const out = text.slice(firstUnitFrom(offsets, skip), firstUnitFrom(offsets, cut));
    const start = leftContextStart(pending, cut);
    pending = pending.slice(start);
    skip = cut - start;
    return out;
  };

  return {
    push(chunk: string): string {
      if (typeof chunk !== 'string') {
        throw new TypeError(`createNormalizeStream: expected string chunks, received ${typeof chunk}`);
      }
      pending += chunk;
      if (pending.length - skip < minBatch) return '';
      let cut = lastWordCut(pending, skip);
      if (cut < 0) {
        if (pending.length - skip < maxPending) return '';
        cut = lastLetterCut(pending, skip);
        if (cut < 0) cut = lastUnitCut(pending, skip);
      }
      return emitUpTo(cut);
    },
    flush(): string {
      const { text, offsets } = normalizeWithOffsets(pending, options);
      const out = text.slice(firstUnitFrom(offsets, skip));
      pending = '';
      skip = 0;
      return out;
    },
  };
}
