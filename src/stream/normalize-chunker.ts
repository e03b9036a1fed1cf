import { lastNormalizationBoundary, normalize, normalizeWithOffsets } from '../chars/index.js';
import type { NormalizeOptions, ProfileName } from '../chars/index.js';
import { lastLetterCut, lastUnitCut, lastWhitespaceCut, leftContextStart, trailingBreakLength } from './boundary.js';
import type { NormalizeStreamOptions } from './types.js';

/** Default for {@link NormalizeStreamOptions.minBatchLength}. @internal */
export const DEFAULT_MIN_BATCH_LENGTH = 16_384;
/** Default for {@link NormalizeStreamOptions.maxPendingLength}. @internal */
export const DEFAULT_MAX_PENDING_LENGTH = 1_048_576;

/**
 * How many times `maxPendingLength` (but at least {@link MIN_HARD_CAP} units) a stream buffers a
 * "word" with neither whitespace nor two adjacent plain letters before it cuts it anywhere outside
 * a surrogate pair (best effort: such a cut may differ from `normalize`). @internal
 */
export const HARD_CAP_FACTOR = 4;
/** Floor of the hard cap on pending text, in code units. @internal */
export const MIN_HARD_CAP = 65_536;

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
  const hardCap = Math.max(maxPending * HARD_CAP_FACTOR, MIN_HARD_CAP);
  // `pending` holds text not yet emitted, preceded by `skip` units of already-emitted left context
  // (only after a forced cut; 0 otherwise).
  let pending = '';
  let skip = 0;

  /** The normalization of `text`, without the output of its first `skip` (left-context) units. */
  const normalizeAfterSkip = (text: string): string => {
    if (skip === 0) return normalize(text, options);
    const { text: out, offsets } = normalizeWithOffsets(text, options);
    return out.slice(firstUnitFrom(offsets, skip));
  };

  /** Emits up to a boundary where the engine guarantees that cutting changes nothing. */
  const emitAtBoundary = (boundary: number): string => {
    const out = normalizeAfterSkip(pending.slice(0, boundary));
    pending = pending.slice(boundary);
    skip = 0;
    return out;
  };

  /**
   * Emits up to a forced cut right after a whitespace unit: the output of the units before it is
   * final except for its trailing spaces and line feeds, which depend on what follows (a space
   * before a line break or at the end goes, at most one blank line). Those are held back as the
   * start of the pending text: the engine treats that short run exactly as the state it had
   * reached, so the pieces compose.
   */
  const emitAtWhitespaceCut = (cut: number): string => {
    // A letter after the cut stands for "more text follows": nothing before a whitespace unit
    // looks past it, and it keeps the state of the run (a space there is not at the end).
    const { text, offsets } = normalizeWithOffsets(`${pending.slice(0, cut)}x`, options);
    const piece = text.slice(firstUnitFrom(offsets, skip), firstUnitFrom(offsets, cut));
    const final = piece.length - trailingBreakLength(piece);
    pending = piece.slice(final) + pending.slice(cut);
    skip = 0;
    return piece.slice(0, final);
  };

  /**
   * Emits up to a forced cut inside an over-long "word": normalizes all pending text (so the cut
   * sees its right context), emits the output of the units before the cut, and keeps a short left
   * context for the next pass.
   */
  const emitAtForcedCut = (cut: number): string => {
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
      // The end of pending text is not a boundary yet: look strictly before it.
      const boundary = lastNormalizationBoundary(pending, pending.length - 1);
      if (boundary > skip) return emitAtBoundary(boundary);
      const unemitted = pending.length - skip;
      if (unemitted < maxPending) return '';
      // Forced cuts only in the later half of the unemitted text, so each one emits at least half.
      const half = skip + (unemitted >>> 1);
      const spaceCut = lastWhitespaceCut(pending, half);
      if (spaceCut > 0) return emitAtWhitespaceCut(spaceCut);
      const letterCut = lastLetterCut(pending, half);
      if (letterCut > 0) return emitAtForcedCut(letterCut);
      if (unemitted < hardCap) return '';
      return emitAtForcedCut(lastUnitCut(pending, skip));
    },
    flush(): string {
      const out = normalizeAfterSkip(pending);
      pending = '';
      skip = 0;
      return out;
    },
  };
}
