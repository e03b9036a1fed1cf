import type { Edit } from './types.js';

/**
 * Applies repair edits to the text they were computed on. Edits must be sorted by `start` and must
 * not overlap (as returned by {@link repair}); `applyEdits(input, repair(input).edits)` equals
 * `repair(input).text`.
 *
 * @param input - The text the edits refer to.
 * @param edits - Sorted, non-overlapping edits with offsets into `input`.
 * @returns The edited text.
 * @throws TypeError if `input` is not a string; RangeError if the edits are unsorted, overlap or
 *   fall outside `input`.
 *
 * @example
 * ```ts
 * import { applyEdits } from 'tanqih';
 * applyEdits('في في البيت', [{ start: 2, end: 5, replacement: '', kind: 'duplicate-word' }]); // => 'في البيت'
 * ```
 */
export function applyEdits(input: string, edits: readonly Edit[]): string {
  if (typeof input !== 'string') throw new TypeError(`applyEdits: expected input to be a string, received ${typeof input}`);
  const given: unknown = edits;
  if (!Array.isArray(given)) {
    throw new TypeError(`applyEdits: expected edits to be an array, received ${given === null ? 'null' : typeof given}`);
  }
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (!(e.start >= pos && e.end >= e.start && e.end <= input.length)) {
      throw new RangeError(`applyEdits: edits must be sorted, non-overlapping and inside the input (edit at ${e.start}–${e.end})`);
    }
    out += input.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + input.slice(pos);
}

/**
 * Sorts candidate edits and drops conflicts: deletions win over insertions at the same place, an
 * edit overlapping an earlier kept one is dropped, duplicate insertions collapse.
 *
 * @internal
 */
export function resolveEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Edit[] = [];
  let end = -1;
  let lastInsert = -1;
  for (const e of edits) {
    if (e.start === e.end) {
      if (e.start < end || e.start === lastInsert) continue;
      lastInsert = e.start;
      kept.push(e);
    } else {
      if (e.start < end) continue;
      kept.push(e);
      end = e.end;
    }
  }
  return kept;
}
